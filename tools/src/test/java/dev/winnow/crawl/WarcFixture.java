package dev.winnow.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Writes WARC records byte by byte for tests, so that broken ones can be written too: a record is its
 * header block, its content block and two line ends; a gzipped WARC is each record gzipped on its own.
 */
public final class WarcFixture {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean gzip;
    private int count;

    public WarcFixture(boolean gzip) {
        this.gzip = gzip;
    }

    /** A paragraph of prose about {@code topic}, different for each topic. */
    public static String prose(String topic) {
        return "The city council voted on Tuesday to approve the new " + topic + " plan, which had been debated for"
                + " more than a year by residents, business owners and the members of the council themselves.";
    }

    /** A small article page about {@code topic}. */
    public static String page(String topic) {
        return "<html><head><title>" + topic + "</title></head><body><nav><a href=/>Home</a></nav><article><h1>Council"
                + " approves the " + topic + " plan</h1><p>" + prose(topic) + "</p><p>Supporters said the " + topic
                + " plan would make the city a better place to live and that it came of a long consultation.</p>"
                + "</article></body></html>";
    }

    /** An HTTP response with the given status line, headers (each ending in CRLF) and body. */
    public static byte[] http(String status, String headers, byte[] body) {
        return concat(("HTTP/1.1 " + status + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
    }

    /** A 200 response holding an HTML page. */
    public static byte[] html(String page) {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        return http("200 OK", "Content-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n", body);
    }

    /** Adds a record of a type with a target URI and a block; its Content-Length is the block's. */
    public WarcFixture record(String type, String uri, String contentType, byte[] block) {
        return record(type, uri, contentType, block, block.length);
    }

    /** Adds a record whose Content-Length header says {@code length}, whatever the block holds. */
    public WarcFixture record(String type, String uri, String contentType, byte[] block, long length) {
        count++;
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
                + String.format("%012d", count) + ">\r\nWARC-Date: 2026-01-02T03:04:05Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n") + "Content-Type: " + contentType
                + "\r\nContent-Length: " + length + "\r\n\r\n";
        return raw(concat(header.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** A response record with an HTTP response. */
    public WarcFixture response(String uri, byte[] http) {
        return record("response", uri, "application/http; msgtype=response", http);
    }

    /** A WET conversion record with a text dump. */
    public WarcFixture conversion(String uri, String text) {
        return record("conversion", uri, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds bytes as they are (gzipped as one member when the file is gzipped). */
    public WarcFixture raw(byte[] bytes) {
        try {
            if (gzip) {
                ByteArrayOutputStream member = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(member)) {
                    z.write(bytes);
                }
                out.write(member.toByteArray());
            } else {
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds bytes that are not even gzip data, between the members. */
    public WarcFixture garbage(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.writeBytes(p);
        }
        return all.toByteArray();
    }
}
