package dev.winnow.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.format.NotTextException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** How a document's bytes and name decide how it is read, and the clear errors for what cannot be read. */
class DocumentReaderTest {
    private static final DocumentReader AUTO = new DocumentReader(InputFormat.AUTO);
    private static final byte[] HTML = Fixtures.html().getBytes(StandardCharsets.UTF_8);
    private static final String DUMP = "Home\n\n" + Fixtures.HEADLINE + "\n\n" + String.join("\n\n", Fixtures.PARAGRAPHS)
            + "\n";

    @ParameterizedTest
    @CsvSource({"page.html,HTML", "PAGE.HTM,HTML", "a.b.xhtml,HTML", "dump.txt,TEXT", "x.dump,TEXT", "y.TEXT,TEXT"})
    void namesDecideHtmlAndText(String name, InputFormat format) {
        assertThat(DocumentReader.byName(name)).contains(format);
    }

    @Test
    void otherNamesDecideNothing() {
        for (String name : new String[] {"", "report.pdf", "notes.md", "html", "page.html.bak"}) {
            assertThat(DocumentReader.byName(name)).as(name).isEqualTo(Optional.empty());
        }
    }

    @Test
    void theNameWinsOverTheContent() throws IOException {
        assertThat(AUTO.read(HTML, "page.txt", "")).isEqualTo(new Content.Text(Fixtures.html()));
        Content html = AUTO.read(DUMP.getBytes(StandardCharsets.UTF_8), "dump.html", "file:/tmp/dump.html");
        assertThat(html).isInstanceOf(Content.Html.class);
        assertThat(((Content.Html) html).baseUri()).isEqualTo("file:/tmp/dump.html");
    }

    @Test
    void withoutATellingNameTheContentDecides() throws IOException {
        assertThat(AUTO.read(HTML, "", "")).isInstanceOf(Content.Html.class);
        assertThat(AUTO.read(HTML, "page.bin", "")).isInstanceOf(Content.Html.class);
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>t</title></head><body><p>x</p></body></html>";
        assertThat(AUTO.read(xhtml.getBytes(StandardCharsets.UTF_8), "", "")).isInstanceOf(Content.Html.class);
        assertThat(AUTO.read(DUMP.getBytes(StandardCharsets.UTF_8), "", "")).isEqualTo(new Content.Text(DUMP));
        for (String name : new String[] {"notes.md", "table.csv", "data.json", "README"}) {
            assertThat(AUTO.read(DUMP.getBytes(StandardCharsets.UTF_8), name, "")).as(name)
                    .isEqualTo(new Content.Text(DUMP));
        }
    }

    @Test
    void textThatIsNotUtf8IsReportedAsBefore() {
        byte[] latin1 = "Café au lait\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> AUTO.read(latin1, "", "")).isInstanceOf(NotTextException.class)
                .hasMessage("not valid UTF-8 text (byte offset 3)");
        assertThatThrownBy(() -> AUTO.read(new byte[] {'G', 'I', 'F', 0, 1}, "x.txt", ""))
                .isInstanceOf(NotTextException.class).hasMessage("binary file, not text: NUL byte (byte offset 3)");
    }

    @Test
    void imagesArchivesAndUnknownBinaryDataAreClearErrors() {
        assertThatThrownBy(() -> AUTO.read(new byte[] {(byte) 0xFF}, "", "")).isInstanceOf(NotTextException.class)
                .hasMessage("not valid UTF-8 text (byte offset 0)");
        assertThatThrownBy(() -> AUTO.read(Fixtures.jpeg(), "photo.jpg", "")).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("not a document winnow can read (image/jpeg)");
        assertThatThrownBy(() -> AUTO.read(Fixtures.jpeg(), "", "")).hasMessageContaining("(image/jpeg)");
        byte[] images = Fixtures.zipBytes(Map.of("a.jpg", Fixtures.jpeg(), "b.jpg", Fixtures.jpeg()));
        assertThatThrownBy(() -> AUTO.read(images, "photos.zip", "")).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("not a document winnow can read (application/zip)");
        assertThatThrownBy(() -> new DocumentReader(InputFormat.TIKA).read(Fixtures.jpeg(), "", ""))
                .hasMessageContaining("(image/jpeg)");
        byte[] binary = {1, 2, 3, 0, (byte) 0xFE, 0x7F, 0, 0, 9};
        assertThatThrownBy(() -> AUTO.read(binary, "", "")).isInstanceOf(NotTextException.class)
                .hasMessage("binary file, not text: NUL byte (byte offset 3)");
    }

    @Test
    void gzipIsDecompressedWhateverTheFormat() throws IOException {
        byte[] gz = Fixtures.gzip(HTML);
        assertThat(AUTO.read(gz, "page.html.gz", "")).isEqualTo(AUTO.read(HTML, "page.html", ""));
        assertThat(AUTO.read(gz, "", "")).isEqualTo(AUTO.read(HTML, "", ""));
        assertThat(new DocumentReader(InputFormat.TEXT).read(gz, "x", ""))
                .isEqualTo(new Content.Text(Fixtures.html()));
        byte[] dump = Fixtures.gzip(DUMP.getBytes(StandardCharsets.UTF_8));
        assertThat(AUTO.read(dump, "dump.txt.gz", "")).isEqualTo(new Content.Text(DUMP));
        assertThat(AUTO.read(Fixtures.gzip(new byte[0]), "empty.html.gz", "")).isEqualTo(new Content.Text(""));
    }

    @Test
    void truncatedOrFalseGzipIsAClearError() {
        byte[] gz = Fixtures.gzip(HTML);
        byte[] truncated = Arrays.copyOf(gz, gz.length / 2);
        assertThatThrownBy(() -> AUTO.read(truncated, "page.html.gz", "")).isInstanceOf(DocumentException.class)
                .hasMessage("truncated gzip data: the compressed stream ends too early");
        assertThatThrownBy(() -> AUTO.read(HTML, "page.html.gz", "")).isInstanceOf(DocumentException.class)
                .hasMessage("not valid gzip data: Not in GZIP format");
        assertThatThrownBy(() -> AUTO.read(new byte[0], "page.html.gz", "")).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("truncated gzip data");
    }

    @Test
    void gzipDataIsDecompressedUpToTheLimitOnly() throws IOException {
        byte[] page = new byte[1000];
        Arrays.fill(page, (byte) 'a');
        byte[] gz = Fixtures.gzip(page);
        assertThat(new DocumentReader(InputFormat.TEXT, 1000).read(gz, "a.txt.gz", ""))
                .isEqualTo(new Content.Text("a".repeat(1000)));
        assertThatThrownBy(() -> new DocumentReader(InputFormat.TEXT, 999).read(gz, "a.txt.gz", ""))
                .isInstanceOf(DocumentException.class)
                .hasMessage("gzip data decompresses to more than the limit of 999 bytes (a decompression bomb?): not read");
        assertThatThrownBy(() -> new DocumentReader(InputFormat.TEXT, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCutDocumentEndsAtALineEndOrAWholeCharacter() throws IOException {
        byte[] text = "one\ntwo\r\nthree".getBytes(StandardCharsets.UTF_8);
        BoundedRead read = BoundedRead.of(new java.io.ByteArrayInputStream(text), 10);
        assertThat(read.cut()).isTrue();
        assertThat(new String(read.cutAtLineEnd(), StandardCharsets.UTF_8)).isEqualTo("one\ntwo\r\n");
        BoundedRead whole = BoundedRead.of(new java.io.ByteArrayInputStream(text), text.length);
        assertThat(whole.cut()).isFalse();
        assertThat(whole.bytes()).isEqualTo(text);
        byte[] emoji = "ab😀".getBytes(StandardCharsets.UTF_8);
        assertThat(new BoundedRead(Arrays.copyOf(emoji, 4), true).cutAtLineEnd()).isEqualTo("ab".getBytes(StandardCharsets.UTF_8));
        assertThat(new BoundedRead("abc".getBytes(StandardCharsets.UTF_8), true).cutAtLineEnd())
                .isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void anEmptyDocumentIsEmptyTextInEveryFormat(InputFormat format) throws IOException {
        assertThat(new DocumentReader(format).read(new byte[0], "report.pdf", "")).isEqualTo(new Content.Text(""));
    }

    @Test
    void explicitFormatsOverrideNameAndContent() throws IOException {
        assertThat(new DocumentReader(InputFormat.TEXT).read(HTML, "page.html", ""))
                .isEqualTo(new Content.Text(Fixtures.html()));
        assertThat(new DocumentReader(InputFormat.HTML).read(DUMP.getBytes(StandardCharsets.UTF_8), "d.txt", ""))
                .isInstanceOf(Content.Html.class);
        Content tika = new DocumentReader(InputFormat.TIKA).read(HTML, "page.html", "");
        assertThat(tika).isInstanceOf(Content.Extracted.class);
        assertThat(((Content.Extracted) tika).text()).contains(Fixtures.PARAGRAPHS.get(0) + "\n");
        byte[] latin1 = "Café au lait, a drink of coffee with hot milk.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(((Content.Extracted) new DocumentReader(InputFormat.TIKA).read(latin1, "", "")).text())
                .isEqualTo("Café au lait, a drink of coffee with hot milk.\n");
    }

    @Test
    void formatNamesAreParsedInAnyCase() {
        assertThat(InputFormat.parse(" Tika ")).isEqualTo(InputFormat.TIKA);
        assertThatThrownBy(() -> InputFormat.parse("pdf")).hasMessage(
                "unknown input format 'pdf' (expected auto, text, html, tika, warc, wet or jsonl)");
    }
}
