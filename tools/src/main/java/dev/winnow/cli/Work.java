package dev.winnow.cli;

import dev.winnow.crawl.CrawlRecord;

/**
 * One document for the workers: a file (or standard input) read whole, or a record of a crawl file
 * already read by {@link Works}.
 *
 * @param input  the input it comes from (where its output goes)
 * @param record the crawl record, or null for a document that is a file of its own
 */
record Work(Input input, CrawlRecord record) {
    /** Its name in messages: the path, or the crawl file and the record. */
    String source() {
        return record == null ? input.source() : record.source();
    }
}
