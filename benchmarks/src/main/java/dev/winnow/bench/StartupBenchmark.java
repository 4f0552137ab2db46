package dev.winnow.bench;

import dev.winnow.Result;
import dev.winnow.Winnow;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up: the first {@link Winnow#clean(String)} in a fresh JVM, of the first seed dump. It pays for
 * what every command-line run and every library user's first call pays once: the character tables,
 * reading the data files (stoplists, lists, patterns), compiling the rules (the dictionaries, the
 * phrase automaton, the pattern filters), loading the classes, and cleaning one document in code that
 * is mostly not compiled yet. Single-shot time, one operation per fork, 20 forks: the score is the mean
 * of 20 cold starts (JMH's own start and the reading of the document come before, and are not counted).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 20, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Threads(1)
@State(Scope.Benchmark)
public class StartupBenchmark {
    private String document;

    /** Reads the document without touching any class of the cleaner. */
    @Setup(Level.Trial)
    public void read() {
        document = Corpus.get(Corpus.SEEDS).document(0);
    }

    @Benchmark
    public Result firstClean() {
        return Winnow.clean(document);
    }
}
