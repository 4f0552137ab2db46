package dev.winnow.format;

import dev.winnow.Result;
import java.util.Locale;

/**
 * The output formats of {@code winnow clean}, each a complete rendering of one document that ends in
 * a line end (except an empty rendering).
 */
public enum Format {
    /** The clean article ({@link Result#text()}) and a final line end; nothing at all when it is empty. */
    TEXT("txt", true) {
        @Override
        public String render(String source, Result result) {
            return result.text().isEmpty() ? "" : result.text() + "\n";
        }
    },
    /** The lossless labelled lines ({@link Result#toLabelsTsv()}). */
    LABELS("labels.tsv", true) {
        @Override
        public String render(String source, Result result) {
            return result.toLabelsTsv();
        }
    },
    /** One line of JSON ({@link JsonDocument}). */
    JSONL("jsonl", false) {
        @Override
        public String render(String source, Result result) {
            return JsonDocument.of(source, result).toJson() + "\n";
        }
    },
    /** The human view of {@link ExplainView}: every line's label, rule and reason, then the article. */
    EXPLAIN("explain.txt", true) {
        @Override
        public String render(String source, Result result) {
            return ExplainView.render(result);
        }
    };

    private final String extension;
    private final boolean headers;

    Format(String extension, boolean headers) {
        this.extension = extension;
        this.headers = headers;
    }

    /** Renders one document; {@code source} is the name of its input (used by {@link #JSONL}). */
    public abstract String render(String source, Result result);

    /**
     * Renders one document with fields about it beyond the result (a crawl record's address and id, a JSONL
     * input's other fields): {@link #JSONL} writes them after its own, the other formats have no place for them.
     */
    public String render(String source, Result result, java.util.Map<String, ?> fields) {
        return this == JSONL && !fields.isEmpty() ? JsonDocument.of(source, result).toJson(fields) + "\n" : render(source, result);
    }

    /** The file name extension of this format's output, without the dot: {@code txt}, {@code labels.tsv}, ... */
    public String extension() {
        return extension;
    }

    /** Whether several documents written one after another need {@code ==> name <==} header lines. */
    public boolean needsHeaders() {
        return headers;
    }

    /** The lowercase name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException if the name is not one of text, labels, jsonl, explain */
    public static Format parse(String id) {
        for (Format format : values()) {
            if (format.id().equalsIgnoreCase(id.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (expected text, labels, jsonl or explain)");
    }
}
