package dev.winnow.spark;

import dev.winnow.crawl.CrawlFormat;
import dev.winnow.crawl.CrawlRecord;
import dev.winnow.crawl.JsonlRecords;
import dev.winnow.crawl.WarcRecords;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens a crawl file in a task, as {@code winnow clean} does: WARC and WET record by record, JSONL line by
 * line. A path of this machine is read in place; a URI ({@code hdfs:}, {@code s3a:} when its connector is on
 * the class path, {@code file:}) is opened through Hadoop's file systems and copied to a temporary file of
 * the task first.
 */
final class CrawlFiles {
    /**
     * How crawl files are read.
     *
     * @param format     warc, wet, jsonl, or auto (by name, then WARC and WET by their first bytes)
     * @param jsonlField the JSONL field that holds the document
     * @param jsonlHtml  whether it holds HTML
     * @param maxBytes   the most bytes of one document
     */
    record Settings(String format, String jsonlField, boolean jsonlHtml, int maxBytes) implements Serializable {
    }

    /** An open crawl file's records. */
    interface Records extends Iterator<CrawlRecord>, Closeable {
    }

    private CrawlFiles() {
    }

    /** The records of a crawl file, or one failed record when it cannot be opened. */
    static Records open(String file, Settings settings) {
        Path local;
        Path temporary = null;
        try {
            if (remote(file)) {
                org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
                temporary = Files.createTempFile("winnow-", "-" + path.getName());
                try (InputStream in = path.getFileSystem(new org.apache.hadoop.conf.Configuration()).open(path)) {
                    Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                }
                local = temporary;
            } else {
                local = Path.of(file);
            }
            Optional<CrawlFormat> format = switch (settings.format().toLowerCase(Locale.ROOT)) {
                case "warc" -> Optional.of(CrawlFormat.WARC);
                case "wet" -> Optional.of(CrawlFormat.WET);
                case "jsonl" -> Optional.of(CrawlFormat.JSONL);
                default -> {
                    Optional<CrawlFormat> byName = CrawlFormat.byName(local.getFileName().toString());
                    yield byName.isPresent() ? byName : CrawlFormat.byContent(local);
                }
            };
            if (format.isEmpty()) {
                return failed(file, "not a WARC, WET or JSONL file (by its name or its first bytes)");
            }
            Iterator<CrawlRecord> records = switch (format.get()) {
                case WARC -> new WarcRecords(local, file, false, settings.maxBytes());
                case WET -> new WarcRecords(local, file, true, settings.maxBytes());
                case JSONL -> new JsonlRecords(local, file, settings.jsonlField(), settings.jsonlHtml(), settings.maxBytes());
            };
            Path cleanup = temporary;
            return new Records() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public CrawlRecord next() {
                    return records.next();
                }

                @Override
                public void close() throws IOException {
                    ((Closeable) records).close();
                    if (cleanup != null) {
                        Files.deleteIfExists(cleanup);
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the task's temporary folder goes with it
                }
            }
            return failed(file, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * Whether a file is named by a URI ({@code hdfs://...}, {@code s3a://...}, {@code file:///...}), read
     * through Hadoop's file systems, rather than by a path of this machine.
     */
    static boolean remote(String file) {
        return file.matches("(?s)[A-Za-z][A-Za-z0-9+.-]+:/.*");
    }

    private static Records failed(String file, String problem) {
        Iterator<CrawlRecord> one = java.util.List.of(new CrawlRecord(file, "cannot open", null, null, null, null,
                java.util.Map.of(), null, problem)).iterator();
        return new Records() {
            @Override
            public boolean hasNext() {
                return one.hasNext();
            }

            @Override
            public CrawlRecord next() {
                return one.next();
            }

            @Override
            public void close() {
            }
        };
    }
}
