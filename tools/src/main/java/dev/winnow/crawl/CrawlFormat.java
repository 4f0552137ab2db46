package dev.winnow.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** The crawl formats {@code winnow clean} reads: files that hold many documents. */
public enum CrawlFormat {
    /** WARC: each 2xx {@code response} or {@code resource} record with an HTML payload is a page. */
    WARC,
    /** WET: each {@code conversion} record is a text dump. */
    WET,
    /** JSON Lines: each line an object whose field (default {@code text}) holds the document. */
    JSONL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The crawl format a file's name says: {@code .warc}, {@code .warc.gz}; {@code .wet}, {@code .wet.gz},
     * {@code .warc.wet.gz}; {@code .jsonl}, {@code .jsonl.gz}. Empty for any other name.
     */
    public static Optional<CrawlFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".wet")) {
            return Optional.of(WET);
        }
        if (n.endsWith(".warc")) {
            return Optional.of(WARC);
        }
        if (n.endsWith(".jsonl")) {
            return Optional.of(JSONL);
        }
        return Optional.empty();
    }

    /**
     * The crawl format of a file by its content: a WARC file starts with {@code WARC/1.0} or
     * {@code WARC/1.1} (also when gzipped); a WARC whose first record is a {@code warcinfo} naming WET
     * conversions, or whose records are {@code conversion} records, is WET. Empty for any other file.
     */
    public static Optional<CrawlFormat> byContent(Path file) throws IOException {
        byte[] head;
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] magic = raw.readNBytes(2);
            InputStream in = Files.newInputStream(file);
            if (magic.length == 2 && magic[0] == (byte) 0x1f && magic[1] == (byte) 0x8b) {
                try {
                    in = new GZIPInputStream(in);
                } catch (IOException e) {
                    in.close();
                    return Optional.empty();
                }
            }
            try (InputStream stream = in) {
                head = stream.readNBytes(4096);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("WARC/1.0") && !text.startsWith("WARC/1.1")) {
            return Optional.empty();
        }
        return Optional.of(text.contains("WARC-Type: conversion") ? WET : WARC);
    }
}
