package dev.winnow.crawl;

import dev.winnow.format.NotTextException;
import dev.winnow.format.TextFiles;
import dev.winnow.input.Content;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The documents of a WARC or WET file, read record by record (jwarc), so that memory does not grow with
 * the file. In a WARC, each {@code response} record with a 2xx status and each {@code resource} record
 * whose payload is HTML (by its Content-Type, else by its first bytes) is a page: its payload decoded
 * (chunked transfer encoding; gzip, deflate, br Content-Encoding), its charset from the HTTP header, its
 * target URI its address. In a WET, each {@code conversion} record is a text dump. Other records are
 * skipped and counted ({@link #skipped()}).
 *
 * <p>A record that cannot be read (a malformed HTTP header, a block cut short, a corrupt gzip member)
 * is an error record naming its offset; reading goes on at the next record that can be found (the next
 * gzip member of a compressed file, the next {@code WARC/1.} line of a plain one); when none can, the
 * rest of the file is one error. Not thread-safe.
 */
public final class WarcRecords extends RecordReader {
    /** How many bytes the search for the next record reads at a time. */
    private static final int SCAN_CHUNK = 1 << 16;
    /** How many bytes of a payload without a media type are looked at to tell HTML. */
    private static final int SNIFF_BYTES = 1024;

    private final String file;
    private final boolean wet;
    private final int maxBytes;
    private final FileChannel channel;
    private final WarcReader reader;
    private final boolean gzipped;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private int number;
    /** Where the last record read started, or -1 before the first. */
    private long last = -1;

    /**
     * Opens a crawl file.
     *
     * @param file     its name in messages
     * @param wet      whether to read WET conversions (text) instead of WARC responses (HTML)
     * @param maxBytes the most bytes of one payload read; a longer one is cut, with a warning
     */
    public WarcRecords(Path path, String file, boolean wet, int maxBytes) throws IOException {
        this.file = file;
        this.wet = wet;
        this.maxBytes = maxBytes;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        ByteBuffer magic = ByteBuffer.allocate(2);
        channel.read(magic, 0);
        this.gzipped = magic.position() == 2 && magic.get(0) == (byte) 0x1f && magic.get(1) == (byte) 0x8b;
        try {
            this.reader = new WarcReader(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw new IOException("not a WARC file: " + message(e), e);
        }
    }

    /** The records skipped so far, by kind ({@code request}, {@code non-HTML}, {@code status 404}, ...). */
    public Map<String, Integer> skipped() {
        return skipped;
    }

    @Override
    protected void advance() {
        WarcRecord record;
        try {
            var read = reader.next();
            if (read.isEmpty()) {
                finish();
                return;
            }
            record = read.get();
        } catch (IOException | RuntimeException e) {
            // the record that failed starts at the first record boundary after the last one read
            long at = last < 0 ? 0 : recordStartAfter(last);
            fail(at < 0 ? Math.max(last, 0) : at, "cannot read the record: " + message(e));
            return;
        }
        last = record.position();
        number++;
        String where = "record " + number + " at offset " + record.position();
        try {
            offer(wet ? conversion(record, where) : page(record, where));
        } catch (IOException | RuntimeException e) {
            offer(CrawlRecord.failed(file, where + " (" + record.id() + ")", "cannot read the record: " + message(e)));
        }
    }

    /** Reports an error at {@code at} and goes on at the next record that can be found, or ends. */
    private void fail(long at, String problem) {
        long resume = recordStartAfter(at);
        if (resume < 0) {
            offer(CrawlRecord.failed(file, "offset " + at, problem + "; the rest of the file cannot be read"));
            finish();
            return;
        }
        offer(CrawlRecord.failed(file, "offset " + at, problem + "; reading goes on at offset " + resume));
        try {
            reader.position(resume);
            last = resume;
        } catch (IOException | RuntimeException e) {
            finish();
        }
    }

    /**
     * The offset after {@code at} where a record may start: the next gzip member of a compressed file,
     * the next {@code WARC/1.} after a line end of a plain one; -1 when there is none.
     */
    private long recordStartAfter(long at) {
        byte[] target = gzipped ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
        try {
            long size = channel.size();
            ByteBuffer buffer = ByteBuffer.allocate(SCAN_CHUNK);
            for (long from = at + 1; from < size; from += SCAN_CHUNK - target.length) {
                buffer.clear();
                int n = channel.read(buffer, from);
                if (n <= 0) {
                    return -1;
                }
                byte[] bytes = buffer.array();
                for (int i = 0; i + target.length <= n; i++) {
                    boolean match = true;
                    for (int k = 0; k < target.length && match; k++) {
                        match = bytes[i + k] == target[k];
                    }
                    if (match) {
                        return from + i + (gzipped ? 0 : 1);
                    }
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private void skip(String kind) {
        skipped.merge(kind, 1, Integer::sum);
    }

    /** A WET conversion as a text dump; null (counted as skipped) for another record. */
    private CrawlRecord conversion(WarcRecord record, String where) throws IOException {
        if (!record.type().equals("conversion")) {
            skip(record.type());
            return null;
        }
        Payload payload = read(record.body().stream());
        String text;
        try {
            text = TextFiles.decode(payload.bytes());
        } catch (NotTextException e) {
            return failed(record, where, e.getMessage());
        }
        return found(record, where, new Content.Text(text), payload.cut() ? cutWarning() : null);
    }

    /** A WARC response or resource with an HTML payload as a page; null (counted as skipped) for another. */
    private CrawlRecord page(WarcRecord record, String where) throws IOException {
        MediaType type;
        MessageBody body;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
                skip("non-HTTP response");
                return null;
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | RuntimeException e) {
                return failed(record, where, "malformed HTTP header: " + message(e));
            }
            if (http.status() < 200 || http.status() > 299) {
                skip("status " + http.status());
                return null;
            }
            type = http.contentType();
            try {
                body = http.bodyDecoded();
            } catch (IOException | RuntimeException e) {
                return failed(record, where, "cannot decode the payload: " + message(e));
            }
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            if (type.base().toString().equals("text/dns")) {
                skip("dns");
                return null;
            }
            body = resource.body();
        } else {
            skip(record.type());
            return null;
        }
        // a payload whose type says it is not HTML is skipped unread, so that a large image costs nothing
        if (!maybeHtml(type)) {
            skip("non-HTML");
            return null;
        }
        Payload payload = read(body.stream());
        if (!isHtml(type, payload.bytes())) {
            skip("non-HTML");
            return null;
        }
        String charset = type == null ? null : type.parameters().get("charset");
        String warning = payload.cut() ? cutWarning() : null;
        if (charset != null && !Content.Html.supported(charset)) {
            warning = (warning == null ? "" : warning + "; ") + "the HTTP header names a charset Java does not know ("
                    + charset + "): read by the page's byte order mark or <meta>, else as UTF-8";
            charset = null;
        }
        String url = record instanceof WarcTargetRecord target ? target.target() : "";
        return found(record, where, new Content.Html(payload.bytes(), url, charset), warning);
    }

    /** Whether a payload of this type may be HTML: an HTML type, or none that says otherwise. */
    private static boolean maybeHtml(MediaType type) {
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        return base.isEmpty() || base.equals("text/html") || base.equals("application/xhtml+xml")
                || base.equals("application/octet-stream") || base.equals("text/plain");
    }

    private static boolean isHtml(MediaType type, byte[] bytes) {
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
                || head.contains("<head") || head.contains("<body");
    }

    private String cutWarning() {
        return "payload larger than the limit of " + maxBytes + " bytes (--max-document-chars): only its first "
                + maxBytes + " bytes are cleaned";
    }

    private CrawlRecord found(WarcRecord record, String where, Content content, String warning) {
        String url = record instanceof WarcTargetRecord target ? target.target() : null;
        String date = record.date() == null ? null : record.date().toString();
        return new CrawlRecord(file, where, content, url, record.id().toString(), date, Map.of(), warning, null);
    }

    private CrawlRecord failed(WarcRecord record, String where, String problem) {
        return CrawlRecord.failed(file, where + " (" + record.id() + ")", problem);
    }

    /** A payload's bytes, at most {@link #maxBytes}, and whether there were more. */
    private record Payload(byte[] bytes, boolean cut) {
    }

    private Payload read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes);
        boolean cut = bytes.length == maxBytes && in.read() != -1;
        return new Payload(bytes, cut);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            channel.close();
        }
    }
}
