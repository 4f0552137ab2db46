package dev.winnow.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The floor: one pass over the same characters as {@link CleanBenchmark}, through the same
 * {@code String.charAt} the cleaner reads with, computing a trivial checksum (the sum of the chars)
 * per document. No work on lines, words or labels: what any cleaner must at least spend to look at
 * its input once. Same settings and secondary results as {@link CleanBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class FloorBenchmark {

    @Benchmark
    public void floor(CorpusState corpus, Processed processed, Blackhole bh) {
        for (String document : corpus.documents) {
            int sum = 0;
            for (int i = 0, n = document.length(); i < n; i++) {
                sum += document.charAt(i);
            }
            bh.consume(sum);
        }
        processed.add(corpus);
    }
}
