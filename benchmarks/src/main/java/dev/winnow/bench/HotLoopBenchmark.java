package dev.winnow.bench;

import dev.winnow.Config;
import dev.winnow.internal.HotLoop;
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
 * The hot loop alone: one operation runs the features, the data rules and the context pass over every
 * document of the corpus, split into lines and with its language detected beforehand (in the setup).
 * No line splitting, no language detection, no {@code Result}: see {@link CleanBenchmark} for the whole
 * clean, text in and result out. Same settings and secondary results as {@link CleanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class HotLoopBenchmark {
    private HotLoop loop;

    /** Splits the corpus and checks that the loop sees exactly the corpus's lines. */
    @Setup
    public void setUp(CorpusState corpus) {
        loop = new HotLoop(corpus.documents, Config.defaults());
        if (loop.lines() != corpus.lines) {
            throw new IllegalStateException("hot loop has " + loop.lines() + " lines, corpus has " + corpus.lines);
        }
    }

    @Benchmark
    public void hotLoop(CorpusState corpus, Processed processed, Blackhole bh) {
        HotLoop l = loop;
        for (int i = 0, n = l.size(); i < n; i++) {
            bh.consume(l.run(i));
        }
        processed.add(corpus);
    }
}
