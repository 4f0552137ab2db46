package dev.winnow.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import dev.winnow.Winnow;
import org.junit.jupiter.api.Test;

/**
 * Once the author is known (here from the byline), a line that opens with the author's name, or first
 * name, and a bio opener is the author's bio: a credit, however long; a line that names someone else, or
 * that only opens with the first name and a comma, is not.
 */
class AuthorBiosTest {
    private static final String PROSE = "The council voted on Tuesday to keep the old bridge open for another year, "
            + "while engineers finish a survey of its foundations and the city looks for the money to repair it.";
    private static final String LONG_BIO = "Jane Roe is a staff writer who has covered the city council, its budget "
            + "and its bridges since 2015, and before that the courts of three counties for a regional paper. "
            + "She studied history and journalism, lives by the river with two cats, and answers every letter "
            + "readers send her about the town's roads, parks and public works, however long it takes her to do so. "
            + "Before joining the paper she spent five years as a producer for the regional radio station.";
    private static final String FIRST_NAME_BIO = "Jane has covered local government for a decade and edits the weekly newsletter.";
    private static final String OTHER = "John Doe is a civil engineer who has inspected the bridge every spring since 2010.";
    private static final String COMMA = "Jane, like most people in town, crosses the bridge twice a day on her way to work.";

    private static Line line(Result result, String text) {
        return result.lines().stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theAuthorsBioIsACreditAndOtherLinesKeepTheirLabels() {
        String dump = String.join("\n", "Home", "News", "", "Bridge stays open for another year", "", "By Jane Roe",
                "", PROSE, "", OTHER, "", COMMA, "", PROSE.replace("Tuesday", "Monday"), "", LONG_BIO, "",
                FIRST_NAME_BIO, "", "Privacy policy", "");
        Result result = Winnow.clean(dump);
        assertThat(result.metadata().author()).contains("Jane Roe");
        assertThat(LONG_BIO.length()).isGreaterThan(400);
        for (String bio : new String[] {LONG_BIO, FIRST_NAME_BIO}) {
            assertThat(line(result, bio).label()).as(bio).isEqualTo(Label.CREDIT);
            assertThat(line(result, bio).rule()).as(bio).isEqualTo(AuthorBios.RULE);
        }
        assertThat(line(result, OTHER).rule()).isNotEqualTo(AuthorBios.RULE);
        assertThat(line(result, COMMA).rule()).isNotEqualTo(AuthorBios.RULE);
        assertThat(result.text()).doesNotContain("staff writer").contains("John Doe");
    }

    @Test
    void withoutAnAuthorNothingChanges() {
        String dump = String.join("\n", "Bridge stays open for another year", "", PROSE, "", LONG_BIO, "");
        Result result = Winnow.clean(dump);
        assertThat(result.metadata().author()).isEmpty();
        assertThat(line(result, LONG_BIO).rule()).isNotEqualTo(AuthorBios.RULE);
    }
}
