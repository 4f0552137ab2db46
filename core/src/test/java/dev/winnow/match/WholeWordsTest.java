package dev.winnow.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.EquivalenceTest;
import dev.winnow.data.DataFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link WholeWords} answers as its regular expression does, on every line of the golden inputs and odd ones. */
class WholeWordsTest {
    private static final WholeWords AGENCIES = new WholeWords(DataFiles.BUILT_IN.list("common/agencies.txt"), false);
    private static final WholeWords CUES = new WholeWords(List.of("photo", "courtesy of", "©", "credit", "bild", "foto"), true);
    private static final WholeWords ODD_PHRASES = new WholeWords(List.of("straße", "ſtraw"), true);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Photo: AFP                       | true  | true
            Photo: AFPX                      | false | true
            PhotoAFP                         | false | false
            afp photo                        | false | true
            AFP/Getty Images                 | true  | false
            (Reuters)                        | true  | false
            3AFP                             | false | false
            Credit2 AFP_                     | true  | false
            Courtesy  of the museum          | false | false
            COURTESY OF the museum           | false | true
            Fotografía de prensa             | false | false
            İstanbul FOTO                    | false | true
            Bild: DPA                        | true  | true
            Bild: dpa                        | false | true
            """)
    void findsWholeWordsLikeTheExpression(String line, boolean agency, boolean cue) {
        assertThat(AGENCIES.in(line)).isEqualTo(agency).isEqualTo(AGENCIES.pattern().matcher(line).find());
        assertThat(CUES.in(line)).isEqualTo(cue).isEqualTo(CUES.pattern().matcher(line).find());
    }

    @Test
    void everyLineOfTheGoldenInputsAndOddCharactersGivesTheExpressionsAnswer() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String document : EquivalenceTest.documents()) {
            lines.addAll(document.lines().toList());
        }
        int n = lines.size();
        for (int i = 0; i < n; i += 3) {
            String line = lines.get(i);
            char odd = EquivalenceTest.ODD.charAt(i % EquivalenceTest.ODD.length());
            lines.add(odd + line);
            lines.add(line.replace(' ', odd));
        }
        lines.addAll(List.of("STRASSE", "Straße", "ſtraw", "STRAW", "ſTRAW x", "x straße"));
        int found = 0;
        for (String line : lines) {
            for (WholeWords words : List.of(AGENCIES, CUES, ODD_PHRASES)) {
                boolean expected = words.pattern().matcher(line).find();
                assertThat(words.in(line)).as(line).isEqualTo(expected);
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(100);
    }
}
