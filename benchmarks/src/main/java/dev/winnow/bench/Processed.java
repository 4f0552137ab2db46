package dev.winnow.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a benchmark got through, as JMH secondary results: with {@code Type.OPERATIONS} and the
 * benchmarks' throughput mode in seconds, JMH prints these as {@code lines/s} ("lines" ops/s) and
 * {@code bytes/s} ("bytes" ops/s, UTF-8 input bytes) next to the corpus passes per second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Processed {
    /** Input lines processed in this iteration. */
    public long lines;
    /** Input bytes (UTF-8) processed in this iteration. */
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
        lines = 0;
        bytes = 0;
    }

    /** Counts one pass over the corpus. */
    void add(CorpusState corpus) {
        lines += corpus.lines;
        bytes += corpus.bytes;
    }
}
