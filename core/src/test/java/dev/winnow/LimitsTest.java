package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Config#maxDocumentChars()}, pathological lines and pathological markup. */
class LimitsTest {
    private static final String PROSE = "The council voted on Tuesday to approve a new park along the river,"
            + " ending a debate that has lasted for more than three years.";

    @Test
    void aDumpOverTheLimitIsCutAtItsLastLineEndWithinTheLimit() {
        assertThat(Cleaner.cutDump("abc\ndef\nghi", 100)).isEqualTo("abc\ndef\nghi");
        assertThat(Cleaner.cutDump("abc\ndef\nghi", 10)).isEqualTo("abc\ndef\n");
        assertThat(Cleaner.cutDump("abc\r\ndef", 5)).isEqualTo("abc\r\n");
        assertThat(Cleaner.cutDump("abc\r\ndef", 4)).isEqualTo("abc\r");
        assertThat(Cleaner.cutDump("abcdefgh", 3)).isEqualTo("abc");
        assertThat(Cleaner.cutDump("ab\uD83D\uDE00cd", 3)).isEqualTo("ab");

        Cleaner small = new Cleaner(Config.builder().maxDocumentChars(20).build());
        Result result = small.clean("first line\nsecond line\nthird line\n");
        assertThat(result.lines()).extracting(Line::text).containsExactly("first line");
    }

    @Test
    void htmlOverTheLimitIsCutAndRepaired() {
        String page = "<html><body><p>" + PROSE + "</p><p>" + PROSE.replace("council", "mayor") + "</p></body></html>";
        Cleaner small = new Cleaner(Config.builder().maxDocumentChars(page.indexOf("mayor")).build());
        for (Result result : List.of(small.clean(page, ""), small.clean(page.getBytes(StandardCharsets.UTF_8), ""))) {
            assertThat(result.lines()).extracting(Line::text).anySatisfy(t -> assertThat(t).contains("council"));
            assertThat(result.lines()).extracting(Line::text).noneSatisfy(t -> assertThat(t).contains("mayor"));
        }
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> Config.builder().maxDocumentChars(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDocumentChars");
        assertThat(Config.defaults().maxDocumentChars()).isEqualTo(Config.DEFAULT_MAX_DOCUMENT_CHARS);
    }

    @Test
    void aDumpOfExactlyTheLimitIsNotCut() {
        String line = "x".repeat(Config.DEFAULT_MAX_DOCUMENT_CHARS);
        assertThat(Cleaner.cutDump(line, Config.DEFAULT_MAX_DOCUMENT_CHARS)).isSameAs(line);
        assertThat(Cleaner.cutDump(line + "y", Config.DEFAULT_MAX_DOCUMENT_CHARS)).isEqualTo(line);
    }

    @Test
    void aFiftyMegabyteLineWithoutALineEndIsOneLine() {
        String line = "word ".repeat(10_000_000);
        Cleaner roomy = new Cleaner(Config.builder().maxDocumentChars(60_000_000).build());
        Result result = roomy.clean(PROSE + "\n" + line);
        assertThat(result.lines()).hasSize(2);
        assertThat(result.lines().get(1).text()).hasSize(line.length());
        assertThat(result.lines().get(1).label()).isNotNull();
    }

    @Test
    void aMillionOneCharacterLinesAreEachLabelled() {
        String dump = "x\n".repeat(1_000_000);
        Result result = new Cleaner().clean(dump);
        assertThat(result.lines()).hasSize(1_000_000);
        assertThat(result.lines()).allSatisfy(line -> {
            assertThat(line.text()).isEqualTo("x");
            assertThat(line.label()).isNotNull();
        });
        assertThat(result.toLabelsTsv().lines().map(row -> row.substring(row.indexOf('\t') + 1)))
                .hasSize(1_000_000).allMatch("x"::equals);
    }

    @Test
    void htmlNestedOneHundredThousandLevelsDeepIsCleaned() {
        int depth = 100_000;
        String page = "<html><body>" + "<div>".repeat(depth) + "<p>" + PROSE + "</p>" + "</div>".repeat(depth)
                + "</body></html>";
        Result result = new Cleaner().clean(page, "");
        assertThat(result.lines()).extracting(Line::text).contains(PROSE);
        Result spans = new Cleaner().clean("<p>" + "<span><b><i>".repeat(depth / 3) + PROSE, "");
        assertThat(spans.lines()).extracting(Line::text).anySatisfy(t -> assertThat(t).contains("council"));
    }

    @Test
    void truncatedAndMalformedHtmlIsRepaired() {
        for (String page : List.of("<html><body><p>" + PROSE + "<div class=\"x", "<<<>>></p></div><p " + PROSE,
                "<table><tr><td>" + PROSE + "</tbody></html></html><p>x", "<!-- " + PROSE, "<script>" + PROSE)) {
            Result result = new Cleaner().clean(page, "");
            assertThat(result.lines()).doesNotContainNull();
        }
    }

    @Test
    void aDumpWithNulAndInvisibleCharactersKeepsEveryLine() {
        String dump = "a\u0000b\n\u200b\n\ufeff\n\u0085next\u2028line\n \t \n";
        Result result = new Cleaner().clean(dump);
        assertThat(result.lines()).extracting(Line::text)
                .containsExactly("a\u0000b", "\u200b", "\ufeff", "\u0085next\u2028line", " \t ");
    }
}
