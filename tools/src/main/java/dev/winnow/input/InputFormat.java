package dev.winnow.input;

import java.util.Locale;

/** How {@code winnow clean} reads a document ({@code --input-format}). */
public enum InputFormat {
    /**
     * Decide per document: by file name ({@code .html}, {@code .htm}, {@code .xhtml}: HTML;
     * {@code .txt}, {@code .dump}, {@code .text}: text), else by content (Apache Tika's detector).
     */
    AUTO,
    /** A plain-text dump, strict UTF-8: {@link dev.winnow.Cleaner#clean(String)}. */
    TEXT,
    /** An HTML page: {@link dev.winnow.Cleaner#clean(byte[], String)}, charset from BOM or meta, else UTF-8. */
    HTML,
    /** Any format Apache Tika parses (PDF, DOCX, ODT, EPUB, RTF, ...): its text, one line per paragraph. */
    TIKA,
    /** A WARC file: each 2xx response or resource record with an HTML payload is a page. */
    WARC,
    /** A WET file: each conversion record is a text dump. */
    WET,
    /** JSON Lines: each line an object whose field ({@code --jsonl-field}) holds a document. */
    JSONL;

    /** Whether this format holds many documents per file. */
    public boolean crawl() {
        return this == WARC || this == WET || this == JSONL;
    }

    /** The lowercase name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException if the name is not one of auto, text, html, tika, warc, wet, jsonl */
    public static InputFormat parse(String id) {
        for (InputFormat format : values()) {
            if (format.id().equalsIgnoreCase(id.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + id + "' (expected auto, text, html, tika, warc, wet or jsonl)");
    }
}
