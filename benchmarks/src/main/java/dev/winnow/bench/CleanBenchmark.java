package dev.winnow.bench;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Result;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot loop end to end: one operation cleans every document of the corpus with one shared
 * {@link Cleaner} (line split, language detection, features and data rules, the context pass,
 * assembly of the text). The score is corpus passes per second; the secondary results {@code lines}
 * and {@code bytes} are input lines and UTF-8 bytes per second. Compare with {@link FloorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class CleanBenchmark {
    private Cleaner cleaner;

    /** Builds the cleaner and checks once that it returns one line per input line of the corpus. */
    @Setup
    public void setUp(CorpusState corpus) {
        cleaner = new Cleaner(Config.defaults());
        long lines = 0;
        for (String document : corpus.documents) {
            lines += cleaner.clean(document).lines().size();
        }
        if (lines != corpus.lines) {
            throw new IllegalStateException("cleaner returned " + lines + " lines, corpus has " + corpus.lines);
        }
    }

    @Benchmark
    public void clean(CorpusState corpus, Processed processed, Blackhole bh) {
        Cleaner c = cleaner;
        for (String document : corpus.documents) {
            Result result = c.clean(document);
            bh.consume(result);
        }
        processed.add(corpus);
    }
}
