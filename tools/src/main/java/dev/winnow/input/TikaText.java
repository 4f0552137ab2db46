package dev.winnow.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Apache Tika behind winnow: detects a document's media type from its bytes (and name), and extracts
 * its text one line per paragraph ({@link ParagraphHandler}). The parsers are those on the class path
 * (PDF, Microsoft Office, OpenDocument, EPUB, RTF, XML, plain text), found through
 * {@code META-INF/services}. The detector is loaded on first use (a run over named text dumps never
 * loads it), the parsers on the first document that needs them.
 * Thread-safe. Embedded documents (attachments, images inside a DOCX) are skipped.
 */
final class TikaText {
    private TikaText() {
    }

    /** The detector, loaded on first use (without the parsers, which take longer to load). */
    private static final class Detection {
        static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
        static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
        static final Detector DETECTOR = new DefaultDetector(TYPES);
    }

    /** The parsers, loaded on first use. */
    private static final class Tika {
        static final AutoDetectParser PARSER = new AutoDetectParser(Detection.DETECTOR);
        static final Set<MediaType> PARSED = PARSER.getSupportedTypes(new ParseContext());
    }

    /** Skips every embedded document: the text is the container's own. */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    };

    /** The media type Tika detects from the bytes, with the file name as a hint ({@code ""}: none). */
    static MediaType detect(byte[] bytes, String name) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return Detection.DETECTOR.detect(in, metadata(name)).getBaseType();
        }
    }

    /** Whether the type is HTML or XHTML. */
    static boolean isHtml(MediaType type) {
        return type.equals(MediaType.TEXT_HTML) || type.equals(MediaType.application("xhtml+xml"))
                || Detection.REGISTRY.isInstanceOf(type, MediaType.TEXT_HTML);
    }

    /** Whether the type is plain text or a kind of it (Markdown, CSV, JSON, but also RTF and XML). */
    static boolean isPlainText(MediaType type) {
        return Detection.REGISTRY.isInstanceOf(type, MediaType.TEXT_PLAIN);
    }

    /**
     * Whether one of Tika's parsers reads this type, or a type it is a kind of short of the generic
     * ones: that a type is a kind of plain text or of raw bytes does not make it parseable.
     */
    static boolean parses(MediaType type) {
        for (MediaType t = type; t != null; t = Detection.REGISTRY.getSupertype(t)) {
            if (t != type && (t.equals(MediaType.OCTET_STREAM) || t.equals(MediaType.TEXT_PLAIN))) {
                return false;
            }
            if (Tika.PARSED.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The document's text, one line per paragraph.
     *
     * @throws DocumentException if no parser reads its type, or the parser fails (corrupt, encrypted)
     */
    static Content.Extracted extract(byte[] bytes, String name) throws IOException {
        MediaType type = detect(bytes, name);
        if (!parses(type)) {
            throw unsupported(type);
        }
        ParagraphHandler handler = new ParagraphHandler();
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        Metadata metadata = metadata(name);
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            Tika.PARSER.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new DocumentException("encrypted document (" + type + "): cannot read it without its password", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            throw new DocumentException("cannot extract the text (" + type + "): " + reason(e), e);
        }
        return new Content.Extracted(handler.text(), type.toString());
    }

    /** The error for a type that no parser reads. */
    static DocumentException unsupported(MediaType type) {
        return new DocumentException("not a document winnow can read (" + type
                + "); it reads text, HTML and what Apache Tika parses: PDF, DOCX, ODT, EPUB, RTF, ...");
    }

    private static Metadata metadata(String name) {
        Metadata metadata = new Metadata();
        if (name != null && !name.isEmpty()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        return metadata;
    }

    /** The innermost message of an exception chain, on one line. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
