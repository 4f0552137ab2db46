package dev.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Label;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Carrying a dump's truth labels over to the lines of the same page's HTML, by their text. */
class LineAlignmentTest {
    private static final List<String> DUMP = List.of("Home", "News", "Bridge stays open", "By Ann Lee",
            "The council voted on Tuesday to keep the old bridge open for another year.", "Share", "Related",
            "Share");
    private static final List<Label> TRUTH = List.of(Label.NAVIGATION, Label.NAVIGATION, Label.BODY, Label.CREDIT,
            Label.BODY, Label.NAVIGATION, Label.NAVIGATION, Label.NAVIGATION);

    @Test
    void equalLinesMatchInOrderAndWhiteSpaceDoesNotCount() {
        LineAlignment a = new LineAlignment(DUMP, TRUTH);
        assertThat(a.match(" Home ")).isEqualTo(Label.NAVIGATION);
        assertThat(a.match("Bridge  stays\u00A0open")).isEqualTo(Label.BODY);
        assertThat(a.match("By Ann Lee")).isEqualTo(Label.CREDIT);
    }

    @Test
    void aLineThatJoinsDumpLinesOfOneLabelTakesIt_ofDifferentLabelsNone() {
        assertThat(new LineAlignment(DUMP, TRUTH).match("Home News")).isEqualTo(Label.NAVIGATION);
        assertThat(new LineAlignment(DUMP, TRUTH).match("Bridge stays open By Ann Lee")).isNull();
    }

    @Test
    void aLongPartOfADumpLineMatchesIt_aShortOneOnlyAWholeLine() {
        LineAlignment a = new LineAlignment(DUMP, TRUTH);
        assertThat(a.match("The council voted on Tuesday")).isEqualTo(Label.BODY);
        assertThat(new LineAlignment(DUMP, TRUTH).match("council")).isNull();
        assertThat(new LineAlignment(DUMP, TRUTH).match("Nowhere on the page")).isNull();
    }

    @Test
    void aRepeatedLineMatchesTheNextOccurrenceAfterThePreviousMatch() {
        LineAlignment a = new LineAlignment(DUMP, TRUTH);
        assertThat(a.match("Related")).isEqualTo(Label.NAVIGATION);
        assertThat(a.match("Share")).isEqualTo(Label.NAVIGATION);
        assertThat(a.match("Home")).as("found again from the start").isEqualTo(Label.NAVIGATION);
    }
}
