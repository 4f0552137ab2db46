/**
 * Records of crawl files: each HTML response of a WARC, each conversion of a WET file, each object of a
 * JSONL shard, read one at a time with the place of a bad record reported and reading resumed after it
 * (jwarc, Jackson). Uses {@code input} for the documents they hold.
 */
package dev.winnow.crawl;
