package dev.winnow.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Small documents made in memory by the libraries Tika itself uses (PDFBox, POI) or by hand (ODT,
 * EPUB: zip files of XML; RTF: text): a headline and paragraphs of article prose, so that the tests
 * know exactly which lines the extraction must give back.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** The headline of every fixture. */
    public static final String HEADLINE = "Council approves the new harbour plan";

    /** Three paragraphs of article prose, each long enough to wrap over several printed lines. */
    public static final List<String> PARAGRAPHS = List.of(
            "The city council voted on Tuesday to approve the new harbour plan, which had been debated for more"
                    + " than a year by residents, business owners and the members of the council.",
            "Supporters said that the plan would make the city a better place to live and that it was the result"
                    + " of a long and open consultation with the people who live near the water.",
            "Critics, however, argued that the costs of the plan had not been explained and that the council"
                    + " should have waited for the report of the independent auditor before it voted.");

    /** The lines a reader of any fixture must give: the headline, then each paragraph on one line. */
    public static List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADLINE);
        lines.addAll(PARAGRAPHS);
        return lines;
    }

    /** A one-page PDF: the headline in 18 pt, the paragraphs in 11 pt wrapped at about 80 characters. */
    public static byte[] pdf() {
        return pdf(false);
    }

    /** The same PDF, encrypted (AES-128) with a user password that nobody passes on. */
    public static byte[] encryptedPdf() {
        return pdf(true);
    }

    private static byte[] pdf(boolean encrypted) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.newLineAtOffset(72, 720);
                content.setFont(bold, 18);
                content.showText(HEADLINE);
                content.setFont(regular, 11);
                content.newLineAtOffset(0, -36);
                for (String paragraph : PARAGRAPHS) {
                    for (String printed : wrap(paragraph, 80)) {
                        content.showText(printed);
                        content.newLineAtOffset(0, -14);
                    }
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Printed lines of at most {@code width} characters, broken at spaces. */
    static List<String> wrap(String paragraph, int width) {
        List<String> printed = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                printed.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        printed.add(line.toString());
        return printed;
    }

    /** A Word document: the headline and each paragraph a paragraph of its own. */
    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(HEADLINE);
            for (String paragraph : PARAGRAPHS) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text: a level-1 heading and the paragraphs, in a minimal package. */
    public static byte[] odt() {
        StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">" + HEADLINE + "</text:h>");
        PARAGRAPHS.forEach(p -> body.append("<text:p>").append(p).append("</text:p>"));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>");
        entries.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
        return zip(entries);
    }

    /** An EPUB 2 book with one chapter: the heading and the paragraphs. */
    public static byte[] epub() {
        StringBuilder body = new StringBuilder("<h1>" + HEADLINE + "</h1>");
        PARAGRAPHS.forEach(p -> body.append("<p>").append(p).append("</p>"));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/epub+zip");
        entries.put("META-INF/container.xml", "<?xml version=\"1.0\"?>"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
                + "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
                + "</rootfiles></container>");
        entries.put("OEBPS/content.opf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\" unique-identifier=\"id\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>The harbour</dc:title>"
                + "<dc:identifier id=\"id\">urn:winnow:test</dc:identifier><dc:language>en</dc:language></metadata>"
                + "<manifest><item id=\"c1\" href=\"chapter1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"c1\"/></spine></package>");
        entries.put("OEBPS/chapter1.xhtml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>The harbour</title></head><body>"
                + body + "</body></html>");
        return zip(entries);
    }

    /** An RTF document: the headline in bold, each paragraph ended by {@code \par}. */
    public static byte[] rtf() {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 ");
        rtf.append("{\\b ").append(HEADLINE).append("}\\par\n");
        PARAGRAPHS.forEach(p -> rtf.append(p).append("\\par\n"));
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** An HTML page with a navigation bar, the article and a footer, and metadata in its head. */
    public static String html() {
        StringBuilder body = new StringBuilder("<h1>" + HEADLINE + "</h1>");
        PARAGRAPHS.forEach(p -> body.append("<p>").append(p).append("</p>"));
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + HEADLINE + " | The Daily Example</title>"
                + "<meta property=\"og:site_name\" content=\"The Daily Example\">"
                + "<meta name=\"author\" content=\"Jane Doe\"></head><body>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
                + "<article>" + body + "</article><footer><p>© 2026 The Daily Example. All rights reserved.</p>"
                + "</footer></body></html>";
    }

    /** A zip file with the given text entries in order; {@code mimetype} is stored uncompressed, as ODF and EPUB require. */
    public static byte[] zip(Map<String, String> entries) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        entries.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(bytes);
    }

    /** A zip file of the given entries. */
    public static byte[] zipBytes(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The bytes gzipped. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first bytes of a JPEG (a JFIF header): an image, which winnow cannot read. */
    public static byte[] jpeg() {
        byte[] header = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
            0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
        return header;
    }
}
