package dev.winnow.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Label;
import dev.winnow.Line;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A section heading with a count after it is still a heading; one glued to another heading is not read as one. */
class SectionsTest {
    private static final String PROSE = "The council voted on Tuesday to keep the old bridge open for another year, "
            + "while engineers finish a survey of its foundations and the city looks for the money to repair it.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Comments (12)|section.navigation",
        "Comments [3]|section.navigation",
        "Comments Leave a Reply|",
        "17 Comments|",
        "Comments about the bridge|",
    })
    void aHeadingWithACountAfterItIsAHeading(String heading, String rule) {
        String dump = "Bridge stays open\n\n" + PROSE + "\n\n" + PROSE.replace("Tuesday", "Monday") + "\n\n"
                + heading + "\n\nJane Roe\nGreat piece, thanks!\n";
        Line line = new Cleaner().clean(dump).lines().get(6);
        assertThat(line.text()).isEqualTo(heading);
        if (rule == null) {
            assertThat(line.rule()).as(heading).doesNotStartWith("section.");
        } else {
            assertThat(line.rule()).as(heading).isEqualTo(rule);
            assertThat(line.label()).isEqualTo(Label.NAVIGATION);
        }
    }
}
