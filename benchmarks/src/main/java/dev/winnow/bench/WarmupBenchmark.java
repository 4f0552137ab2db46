package dev.winnow.bench;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The warm-up a user pays: a fresh JVM cleaning a folder of text dumps once, one thread, as a batch of a
 * few thousand documents on the command line does, while the JIT compiler is still at work. The steady
 * state ({@link CleanBenchmark}) says how fast the code runs once compiled; this says how much of a real
 * batch runs before that. Single shot, one operation per fork (the whole folder), 5 forks, the JVM's
 * default options (no pre-touched heap: a fresh process does not have one). The files are read in the
 * setup, which is not counted.
 *
 * <p>{@code dumps}: the folder, by default the 1,497 WCXB dev dumps of the workplace
 * ({@code ../shared/dev/wcxb-dumps}, from the repository's root); {@code -p dumps=DIR} for another.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Threads(1)
@State(Scope.Benchmark)
public class WarmupBenchmark {
    @Param("../shared/dev/wcxb-dumps")
    public String dumps;

    private String[] documents;

    /** Reads every {@code .txt} file of the folder, in name order, before any class of the cleaner is used. */
    @Setup(Level.Trial)
    public void read() {
        try (Stream<Path> files = Files.list(Path.of(dumps))) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            if (texts.isEmpty()) {
                throw new IllegalStateException("no .txt files in " + Path.of(dumps).toAbsolutePath() + " (-p dumps=DIR)");
            }
            documents = new String[texts.size()];
            for (int i = 0; i < documents.length; i++) {
                documents[i] = Files.readString(texts.get(i), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dumps, e);
        }
    }

    /** A cleaner made, then every document cleaned once: the first pass of a fresh JVM. */
    @Benchmark
    public void firstPass(Blackhole bh) {
        Cleaner cleaner = new Cleaner(Config.defaults());
        for (String document : documents) {
            bh.consume(cleaner.clean(document));
        }
    }
}
