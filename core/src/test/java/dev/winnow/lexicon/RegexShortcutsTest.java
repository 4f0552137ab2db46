package dev.winnow.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.EquivalenceTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regular expressions that run only where a match can start ({@link Dates}' date forms, {@link Byline},
 * the caption markers of {@link Cues}) find exactly what the plain expressions find, in every language:
 * on every line of the golden inputs and the benchmark corpus, and on generated lines full of digits,
 * month names, bars, byline words and odd characters (case folding, surrogates, 年).
 */
class RegexShortcutsTest {
    private static final List<String> LINES = new ArrayList<>();

    @BeforeAll
    static void lines() throws IOException {
        for (String document : EquivalenceTest.documents()) {
            LINES.addAll(List.of(document.split("\n")));
        }
        Random random = new Random(20);
        String[] pieces = {"By ", "BY: ", "by", "Von ", "| ", "Nov ", "NOVEMBER ", "nov.", "März ", "mars ", "de ",
            "12", "2019", "4/10/2019", "10.04.19", "2019-04-10", "年", "月", "日", "1st ", "º", ", ", " ", "-", ".",
            "Image caption ", "PHOTO: ", "Foto: ", "x", "Jane Roe ", "\uD83D\uDE00", "\uD835\uDC00", "İ", "ſ", "K",
            "12019年4月10日", "2019年4月10日", "Nov 5, 2019", "5 de março de 2020", "12/10/2019", "19. November 2019"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                line.append(random.nextInt(6) == 0 ? String.valueOf(EquivalenceTest.ODD.charAt(random.nextInt(EquivalenceTest.ODD.length())))
                        : pieces[random.nextInt(pieces.length)]);
            }
            LINES.add(line.toString());
        }
    }

    @Test
    void datesAreFoundWhereTheFullSearchFindsThem() {
        for (Lexicon.Language language : Lexicon.get().languages().values()) {
            Dates dates = language.dates();
            for (String line : LINES) {
                List<String> expected = new ArrayList<>();
                Matcher m = dates.pattern().matcher(line);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
                assertThat(dates.spans(line).stream().map(s -> s[0] + "-" + s[1]).toList())
                        .as(language.code() + ": " + line).isEqualTo(expected);
            }
        }
    }

    @Test
    void bylinesAndCaptionMarkersOpenWhereThePatternsSayTheyDo() {
        int bylines = 0;
        int markers = 0;
        for (Lexicon.Language language : Lexicon.get().languages().values()) {
            for (String line : LINES) {
                boolean byline = language.byline().matcher(line).lookingAt();
                assertThat(language.byline().opens(line)).as(language.code() + ": " + line).isEqualTo(byline);
                boolean marker = language.cues().captionMarkerPattern().matcher(line).lookingAt();
                assertThat(language.cues().captionMarker(line)).as(language.code() + ": " + line).isEqualTo(marker);
                bylines += byline ? 1 : 0;
                markers += marker ? 1 : 0;
            }
        }
        assertThat(bylines).isGreaterThan(100);
        assertThat(markers).isGreaterThan(100);
    }
}
