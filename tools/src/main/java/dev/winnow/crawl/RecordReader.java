package dev.winnow.crawl;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of one crawl file, read one ahead: {@link #hasNext} calls {@link #advance} until it offers a
 * record or finishes, so a subclass only says, record by record, what it read.
 */
public abstract class RecordReader implements Iterator<CrawlRecord>, Closeable {
    private CrawlRecord next;
    private boolean done;

    /**
     * Reads on: {@link #offer}s the next record, or {@link #finish}es at the end of the file (or after a
     * record that ends the reading), or does neither for something skipped.
     */
    protected abstract void advance();

    /** The record {@link #next} returns. */
    protected final void offer(CrawlRecord record) {
        next = record;
    }

    /** No record after the one offered, if any. */
    protected final void finish() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            advance();
        }
        return next != null;
    }

    @Override
    public final CrawlRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CrawlRecord r = next;
        next = null;
        return r;
    }
}
