package dev.winnow.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.Line;
import dev.winnow.Winnow;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFilesTest {
    @Test
    void validUtf8IsDecodedUnchanged() throws Exception {
        String text = "\uFEFFBOM kept, ünïcödé, 😀, CR\r\nLF\n";
        assertThat(TextFiles.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(TextFiles.decode(new byte[0])).isEmpty();
    }

    @Test
    void utf16WithAByteOrderMarkIsDecodedWithoutTheMark() throws Exception {
        String text = "ünïcödé 😀\r\nline two\n";
        assertThat(TextFiles.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
        assertThat(TextFiles.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE))).isEqualTo(text);
        assertThat(TextFiles.decode(new byte[] {(byte) 0xFF, (byte) 0xFE})).isEmpty();
        assertThatThrownBy(() -> TextFiles.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'}))
                .isInstanceOf(NotTextException.class).hasMessage("not valid UTF-16 text (byte offset 4)");
        assertThatThrownBy(() -> TextFiles.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0, 0}))
                .isInstanceOf(NotTextException.class).hasMessage("binary file, not text: NUL character (byte offset 4)");
        assertThatThrownBy(() -> TextFiles.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xDC, 0}))
                .as("a lone low surrogate").isInstanceOf(NotTextException.class);
    }

    @Test
    void latin1AndWindows1252AreNotGuessed() {
        assertThatThrownBy(() -> TextFiles.decode("Café “quoted”".getBytes(java.nio.charset.Charset.forName("windows-1252"))))
                .isInstanceOf(NotTextException.class).hasMessage("not valid UTF-8 text (byte offset 3)");
    }

    @Test
    void malformedUtf8IsReportedWithItsOffset() {
        assertThatThrownBy(() -> TextFiles.decode(new byte[] {'a', 'b', (byte) 0xC3, 'c'}))
                .isInstanceOf(NotTextException.class).hasMessage("not valid UTF-8 text (byte offset 2)");
        assertThatThrownBy(() -> TextFiles.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x82}))
                .hasMessage("not valid UTF-8 text (byte offset 1)");
        assertThatThrownBy(() -> TextFiles.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .as("an encoded surrogate").isInstanceOf(NotTextException.class);
    }

    @Test
    void aNulByteMeansBinary() {
        assertThatThrownBy(() -> TextFiles.decode(new byte[] {'P', 'K', 3, 4, 0}))
                .isInstanceOf(NotTextException.class)
                .hasMessage("binary file, not text: NUL byte (byte offset 4)")
                .extracting(e -> ((NotTextException) e).offset()).isEqualTo(4L);
    }

    @Test
    void stringLinesSplitsLikeTheCleaner() {
        for (String text : new String[] {"a\r\nb\rc\n\nd", "a\n", "", "\n", "\r\n\r\n", "x\n\n\ny\r"}) {
            assertThat(Winnow.clean(text).lines().stream().map(Line::text).toList()).as(text)
                    .isEqualTo(text.lines().toList());
        }
    }

    @Test
    void longLinesAreTruncatedByCodePoints() {
        assertThat(Lines.truncate("a\tb", 10)).isEqualTo("a b");
        assertThat(Lines.truncate("😀😀😀😀", 3)).isEqualTo("😀😀…");
    }

    @Test
    void labelsTsvIsParsedStrictly() {
        assertThat(LabelsTsv.parse("body\tHello\tworld\nblank\t\n")).containsExactly(
                new LabelsTsv.Row(dev.winnow.Label.BODY, "Hello\tworld"), new LabelsTsv.Row(dev.winnow.Label.BLANK, ""));
        assertThatThrownBy(() -> LabelsTsv.parse("body\tok\nBody\tno\n")).hasMessageContaining("row 2")
                .hasMessageContaining("unknown label 'Body'");
        assertThatThrownBy(() -> LabelsTsv.parse("body\tok\nno tab\n")).hasMessage("row 2 has no tab after its label");
    }
}
