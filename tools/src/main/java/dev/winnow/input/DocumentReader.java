package dev.winnow.input;

import dev.winnow.Config;
import dev.winnow.format.TextFiles;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.tika.mime.MediaType;

/**
 * Reads one document's bytes as the {@link Content} the cleaner takes, in a given {@link InputFormat}.
 *
 * <ol>
 *   <li>Gzip data ({@code .gz} name, or the gzip magic bytes) is decompressed first, whatever the
 *       format; the inner name is the name without {@code .gz}.</li>
 *   <li>An empty document is empty text, whatever the format.</li>
 *   <li>{@link InputFormat#AUTO} decides by the (inner) file name: {@code .html}, {@code .htm},
 *       {@code .xhtml} are HTML; {@code .txt}, {@code .dump}, {@code .text} are text. Any other name,
 *       or none (standard input), is decided by Apache Tika's detector on the bytes: HTML or XHTML is
 *       HTML; a {@code text/*} type (plain text, Markdown, CSV) is text, and so are bytes of no known
 *       format, whose strict reading then says where they are not UTF-8 text; a type a Tika parser
 *       reads (PDF, DOCX, ODT, EPUB, RTF, XML) is {@link InputFormat#TIKA}; another kind of plain text
 *       (JSON) is text; anything else (images, archives) is an error.</li>
 *   <li>Text is strict UTF-8 ({@link TextFiles#decode}); HTML goes to the cleaner as bytes; Tika
 *       extracts the text one line per paragraph.</li>
 * </ol>
 *
 * Immutable and thread-safe.
 */
public final class DocumentReader {
    /** The most bytes gzip data may decompress to by default: {@link Config#DEFAULT_MAX_DOCUMENT_CHARS}. */
    public static final int DEFAULT_MAX_DECOMPRESSED_BYTES = Config.DEFAULT_MAX_DOCUMENT_CHARS;

    private final InputFormat format;
    private final int maxDecompressedBytes;
    private final TextCharset charset;

    /** A reader whose gzip data may decompress to at most {@link #DEFAULT_MAX_DECOMPRESSED_BYTES}. */
    public DocumentReader(InputFormat format) {
        this(format, DEFAULT_MAX_DECOMPRESSED_BYTES);
    }

    /**
     * @param maxDecompressedBytes the most bytes gzip data may decompress to; more is an error (a
     *                             decompression bomb is stopped there, not read into memory)
     */
    public DocumentReader(InputFormat format, int maxDecompressedBytes) {
        this(format, maxDecompressedBytes, TextCharset.UTF8);
    }

    /** @param charset how text dumps are decoded ({@code --charset}) */
    public DocumentReader(InputFormat format, int maxDecompressedBytes, TextCharset charset) {
        this.charset = Objects.requireNonNull(charset, "charset");
        this.format = Objects.requireNonNull(format, "format");
        if (maxDecompressedBytes <= 0) {
            throw new IllegalArgumentException("maxDecompressedBytes must be > 0");
        }
        this.maxDecompressedBytes = maxDecompressedBytes;
    }

    /** Whether the bytes or the name say gzip data: the gzip magic bytes, or a name ending in {@code .gz}. */
    public static boolean isGzip(byte[] data, String name) {
        return isGzip(data) || (name != null && name.toLowerCase(Locale.ROOT).endsWith(".gz"));
    }

    /**
     * Reads one document.
     *
     * @param bytes   the document as stored (possibly gzipped)
     * @param name    its file name, for the name rules and as a hint to detection; {@code ""} for standard input
     * @param baseUri the address relative links of an HTML page resolve against; may be empty
     * @throws dev.winnow.format.NotTextException if it is read as text and is not UTF-8 text
     * @throws DocumentException                  if its format cannot be read, its gzip data is corrupt or
     *                                            truncated, or the parser rejects it
     */
    public Content read(byte[] bytes, String name, String baseUri) throws IOException {
        String inner = name == null ? "" : name;
        byte[] data = bytes;
        if (isGzip(data) || inner.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            data = gunzip(data, maxDecompressedBytes);
            inner = inner.toLowerCase(Locale.ROOT).endsWith(".gz") ? inner.substring(0, inner.length() - 3) : inner;
        }
        if (data.length == 0) {
            return new Content.Text("");
        }
        InputFormat decided = format == InputFormat.AUTO ? decide(data, inner) : format;
        return switch (decided) {
            case TEXT -> {
                TextCharset.Decoded decoded = charset.decode(data);
                yield new Content.Text(decoded.text(), decoded.charset());
            }
            case HTML -> new Content.Html(data, baseUri);
            case TIKA, AUTO, WARC, WET, JSONL -> TikaText.extract(data, inner);
        };
    }

    /** The format of a document by its name, else by its content. */
    static InputFormat decide(byte[] data, String name) throws IOException {
        Optional<InputFormat> byName = byName(name);
        if (byName.isPresent()) {
            return byName.get();
        }
        MediaType type = TikaText.detect(data, name);
        if (TikaText.isHtml(type)) {
            return InputFormat.HTML;
        }
        if (type.getType().equals("text") || type.equals(MediaType.OCTET_STREAM)) {
            return InputFormat.TEXT;
        }
        if (TikaText.parses(type)) {
            return InputFormat.TIKA;
        }
        if (TikaText.isPlainText(type)) {
            return InputFormat.TEXT;
        }
        throw TikaText.unsupported(type);
    }

    /** HTML or text by the file name's extension, ignoring case; empty for any other name. */
    static Optional<InputFormat> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "html", "htm", "xhtml" -> Optional.of(InputFormat.HTML);
            case "txt", "dump", "text" -> Optional.of(InputFormat.TEXT);
            default -> Optional.empty();
        };
    }

    private static boolean isGzip(byte[] data) {
        return data.length >= 2 && data[0] == (byte) 0x1f && data[1] == (byte) 0x8b;
    }

    /**
     * Decompresses gzip data (all members), at most {@code maxBytes} of it.
     *
     * @throws DocumentException if it is not gzip, corrupt or truncated, or decompresses to more than
     *                           {@code maxBytes}
     */
    static byte[] gunzip(byte[] data, int maxBytes) throws DocumentException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            byte[] out = in.readNBytes(maxBytes);
            if (out.length == maxBytes && in.read() != -1) {
                throw new DocumentException("gzip data decompresses to more than the limit of " + maxBytes
                        + " bytes (a decompression bomb?): not read");
            }
            return out;
        } catch (DocumentException e) {
            throw e;
        } catch (EOFException e) {
            throw new DocumentException("truncated gzip data: the compressed stream ends too early", e);
        } catch (ZipException e) {
            throw new DocumentException("not valid gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DocumentException("cannot decompress gzip data: " + e.getMessage(), e);
        }
    }
}
