package dev.winnow.cli;

import dev.winnow.crawl.CrawlFormat;
import dev.winnow.crawl.CrawlRecord;
import dev.winnow.crawl.JsonlRecords;
import dev.winnow.crawl.WarcRecords;
import dev.winnow.input.InputFormat;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The documents of the inputs, in order, one crawl record after another: an input that is a crawl file
 * (by {@code --input-format}, or with {@code auto} by its name, then by its content) is opened when it is
 * reached and read record by record; any other input is one document. A crawl file that cannot be opened
 * is one failed record. When a WARC or WET file ends, its skipped records are reported in one line.
 * Not thread-safe: the command's thread iterates.
 */
final class Works implements Iterator<Work>, Closeable {
    /** How a crawl file is read. */
    record Settings(InputFormat format, String jsonlField, boolean jsonlHtml, int maxBytes) {
    }

    private final Iterator<Input> inputs;
    private final Settings settings;
    private final Consumer<String> report;
    private Input current;
    private Iterator<CrawlRecord> records;
    private Work next;

    /** @param report takes the one-line summary of each WARC or WET file's skipped records */
    Works(List<Input> inputs, Settings settings, Consumer<String> report) {
        this.inputs = inputs.iterator();
        this.settings = settings;
        this.report = report;
    }

    /** The crawl format an input is read in, or empty for a document of its own. */
    Optional<CrawlFormat> crawlFormat(Input input) throws IOException {
        return switch (settings.format()) {
            case WARC -> Optional.of(CrawlFormat.WARC);
            case WET -> Optional.of(CrawlFormat.WET);
            case JSONL -> Optional.of(CrawlFormat.JSONL);
            case AUTO -> {
                if (input.isStdin()) {
                    yield Optional.empty();
                }
                Optional<CrawlFormat> byName = CrawlFormat.byName(input.file().getFileName().toString());
                yield byName.isPresent() ? byName : CrawlFormat.byContent(input.file());
            }
            default -> Optional.empty();
        };
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (records != null) {
                if (records.hasNext()) {
                    next = new Work(current, records.next());
                    return true;
                }
                finish();
                continue;
            }
            if (!inputs.hasNext()) {
                return false;
            }
            current = inputs.next();
            next = open(current);
        }
        return true;
    }

    @Override
    public Work next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Work w = next;
        next = null;
        return w;
    }

    /** The input as one document, or null after opening it as a crawl file (or a failed record). */
    private Work open(Input input) {
        Optional<CrawlFormat> crawl;
        try {
            crawl = crawlFormat(input);
        } catch (IOException | UncheckedIOException e) {
            crawl = Optional.empty();
        }
        if (crawl.isEmpty()) {
            return new Work(input, null);
        }
        if (input.isStdin()) {
            return new Work(input, failed(input, "a " + crawl.get().id() + " file cannot be read from standard input: give its path"));
        }
        try {
            records = switch (crawl.get()) {
                case WARC -> new WarcRecords(input.file(), input.source(), false, settings.maxBytes());
                case WET -> new WarcRecords(input.file(), input.source(), true, settings.maxBytes());
                case JSONL -> new JsonlRecords(input.file(), input.source(), settings.jsonlField(), settings.jsonlHtml(),
                        settings.maxBytes());
            };
            return null;
        } catch (IOException | RuntimeException e) {
            return new Work(input, failed(input, e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static CrawlRecord failed(Input input, String problem) {
        return new CrawlRecord(input.source(), "cannot open", null, null, null, null, Map.of(), null, problem);
    }

    /** Closes the current crawl file and reports its skipped records. */
    private void finish() {
        if (records instanceof WarcRecords warc && !warc.skipped().isEmpty()) {
            int total = warc.skipped().values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder kinds = new StringBuilder();
            warc.skipped().forEach((kind, count) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(count).append(' ').append(kind));
            report.accept(current.source() + ": skipped " + total + " records that are not documents: " + kinds);
        }
        closeCurrent();
    }

    private void closeCurrent() {
        if (records instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // reading is over; nothing was lost
            }
        }
        records = null;
    }

    @Override
    public void close() {
        closeCurrent();
    }
}
