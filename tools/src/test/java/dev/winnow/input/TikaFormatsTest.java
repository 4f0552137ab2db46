package dev.winnow.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.Cleaner;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real Tika parsers on real documents: every paragraph comes back as exactly one line, in order,
 * nothing lost, whether the format is known from the name or detected from the bytes alone; then the
 * text goes through {@link Cleaner#clean(String)}.
 */
class TikaFormatsTest {
    private static final Cleaner CLEANER = new Cleaner();

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("report.pdf", "application/pdf", (Supplier<byte[]>) Fixtures::pdf),
                Arguments.of("letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        (Supplier<byte[]>) Fixtures::docx),
                Arguments.of("letter.odt", "application/vnd.oasis.opendocument.text", (Supplier<byte[]>) Fixtures::odt),
                Arguments.of("book.epub", "application/epub+zip", (Supplier<byte[]>) Fixtures::epub),
                Arguments.of("memo.rtf", "application/rtf", (Supplier<byte[]>) Fixtures::rtf));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyParagraphIsOneLineInOrder(String name, String type, Supplier<byte[]> document) throws IOException {
        byte[] bytes = document.get();
        for (String given : List.of(name, "")) {
            Content content = new DocumentReader(InputFormat.AUTO).read(bytes, given, "");
            assertThat(content).as(given).isInstanceOf(Content.Extracted.class);
            Content.Extracted extracted = (Content.Extracted) content;
            assertThat(extracted.mediaType()).isEqualTo(type);
            assertThat(extracted.text().lines()).as(given).containsExactlyElementsOf(Fixtures.lines());
            assertThat(extracted.text()).endsWith("\n");
            assertThat(new DocumentReader(InputFormat.TIKA).read(bytes, given, "")).isEqualTo(content);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theTextIsCleanedAsADump(String name, String type, Supplier<byte[]> document) throws IOException {
        Content content = new DocumentReader(InputFormat.AUTO).read(document.get(), name, "");
        Result result = content.clean(CLEANER);
        assertThat(result).isEqualTo(CLEANER.clean(((Content.Extracted) content).text()));
        assertThat(result.lines()).extracting(Line::text).containsExactlyElementsOf(Fixtures.lines());
        assertThat(result.lines()).filteredOn(l -> l.label() == Label.BODY).extracting(Line::text)
                .containsAll(Fixtures.PARAGRAPHS);
        assertThat(content.kind()).isEqualTo("tika " + type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void gzippedDocumentsAreReadTheSame(String name, String type, Supplier<byte[]> document) throws IOException {
        byte[] bytes = document.get();
        DocumentReader reader = new DocumentReader(InputFormat.AUTO);
        Content plain = reader.read(bytes, name, "");
        assertThat(reader.read(Fixtures.gzip(bytes), name + ".gz", "")).isEqualTo(plain);
        assertThat(reader.read(Fixtures.gzip(bytes), "", "")).isEqualTo(plain);
    }

    @Test
    void encryptedAndCorruptDocumentsAreClearErrors() {
        DocumentReader reader = new DocumentReader(InputFormat.AUTO);
        assertThatThrownBy(() -> reader.read(Fixtures.encryptedPdf(), "secret.pdf", ""))
                .isInstanceOf(DocumentException.class)
                .hasMessage("encrypted document (application/pdf): cannot read it without its password");
        byte[] pdf = Fixtures.pdf();
        byte[] cut = Arrays.copyOf(pdf, 40);
        assertThatThrownBy(() -> reader.read(cut, "cut.pdf", "")).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("cannot extract the text (application/pdf): ");
        byte[] docx = Fixtures.docx();
        byte[] cutDocx = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> reader.read(cutDocx, "cut.docx", "")).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("cannot extract the text (");
    }
}
