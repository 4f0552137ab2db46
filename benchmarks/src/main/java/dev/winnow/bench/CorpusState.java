package dev.winnow.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The corpus a benchmark runs over, chosen with {@code -p set=all|seeds|wcxb} (default: all). */
@State(Scope.Benchmark)
public class CorpusState {
    /** Which documents: {@code all} (seeds and WCXB sample), {@code seeds} or {@code wcxb}. */
    @Param({Corpus.ALL})
    public String set;

    /** The documents, loaded once. */
    public String[] documents;
    /** Lines of the whole set, as the cleaner splits them. */
    public long lines;
    /** UTF-8 bytes of the whole set. */
    public long bytes;

    @Setup
    public void load() {
        Corpus corpus = Corpus.get(set);
        documents = corpus.documents();
        lines = corpus.lines();
        bytes = corpus.bytes();
    }
}
