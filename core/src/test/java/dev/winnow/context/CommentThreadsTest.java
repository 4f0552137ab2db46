package dev.winnow.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A comment thread under an article, found by its date-and-time stamps, is not the article; announced by a
 * comments heading, it is navigation; answers on a Q&A page are content.
 */
class CommentThreadsTest {
    private static final String PROSE = "The council voted on Tuesday to keep the old bridge open for another year, while"
            + " engineers finish a survey of its foundations and the city looks for the money to repair it.";
    private static final String ARTICLE = "Bridge stays open for another year\n\n" + PROSE + "\n\n" + PROSE.replace("a", "a ")
            + "\n\n" + PROSE.replace("e", "e ") + "\n\n" + PROSE.replace("o", "o ") + "\n\n";
    /** A reader's comment: long enough to be prose, and with the others more text than the article. */
    private static final String COMMENT = "I have crossed that bridge every morning for twenty years and I think the council"
            + " is right to wait for the survey, even if the traffic on the ring road will be a pain for a while longer.";

    private static Result clean(String dump, boolean model) {
        return new Cleaner(Config.builder().lineModel(model).build()).clean(dump);
    }

    private static String thread(String stampFormat) {
        StringBuilder out = new StringBuilder("12 Comments\n\n");
        for (int c = 0; c < 5; c++) {
            out.append("Reader ").append((char) ('A' + c)).append('\n')
                    .append(String.format(stampFormat, 10 + c)).append("\n\n")
                    .append(COMMENT.replace("bridge", "bridge " + c)).append("\n\n")
                    .append(COMMENT.replace("survey", "survey " + c)).append("\n\n");
        }
        return out.toString();
    }

    private static List<Line> commentLines(Result r) {
        return r.lines().stream().filter(l -> l.text().startsWith("I have crossed") || l.text().startsWith("Reader ")).toList();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void commentsUnderAnArticleAreNavigationEvenWhenTheyHoldMoreText(boolean model) {
        Result r = clean(ARTICLE + thread("March %d, 2019 at 4:15 pm"), model);
        assertThat(commentLines(r)).hasSize(15).allSatisfy(l -> assertThat(l.label()).as(l.text()).isEqualTo(Label.NAVIGATION));
        assertThat(r.lines().stream().filter(l -> l.text().startsWith("March ")))
                .allSatisfy(l -> assertThat(l.rule()).isEqualTo("navigation.comments"));
        assertThat(r.text()).contains(PROSE).doesNotContain("I have crossed");
    }

    @Test
    void aStampWithTheDayFirstAndAnAtSignCountsToo() {
        Result r = clean(ARTICLE + thread("(%d. April 2018 @11h13)"), false);
        assertThat(commentLines(r)).allSatisfy(l -> assertThat(l.label()).as(l.text()).isEqualTo(Label.NAVIGATION));
    }

    @Test
    void theArticlesOwnStampAboveTheCommentsHeadingStaysOutOfTheThread() {
        String thread = thread("March %d, 2019 at 4:15 pm").replace("12 Comments\n\n", "");
        Result r = clean(ARTICLE + "Posted by Jane Roe at March 9, 2019 11:15 AM\n\nComments\n\n" + thread, false);
        assertThat(r.lines().stream().filter(l -> l.text().startsWith("Posted by")).findFirst().orElseThrow().rule())
                .isNotEqualTo("navigation.comments");
        assertThat(commentLines(r)).allSatisfy(l -> assertThat(l.rule()).as(l.text()).isEqualTo("navigation.comments"));
        assertThat(r.metadata().author()).contains("Jane Roe");
    }

    @Test
    void aThreadNoHeadingAnnouncesStaysOutOfTheRegionButKeepsItsOtherLabels() {
        // stamped items without a comments heading may be comments or, say, a list of sponsored events:
        // they are not the article, and what else they are is left to the other rules and the model
        Result r = clean(ARTICLE + thread("March %d, 2019 at 4:15 pm").replace("12 Comments\n\n", ""), false);
        assertThat(commentLines(r)).allSatisfy(l -> assertThat(l.label()).as(l.text()).isNotEqualTo(Label.BODY));
        assertThat(r.lines().stream().filter(l -> l.rule().equals("navigation.comments"))).isEmpty();
        assertThat(r.text()).contains(PROSE).doesNotContain("I have crossed");
    }

    @Test
    void answersOnAQuestionPageStayContent() {
        Result r = clean(ARTICLE + thread("answered Mar %d, 2019 at 16:15"), false);
        assertThat(r.lines().stream().filter(l -> l.rule().equals("navigation.comments"))).isEmpty();
        assertThat(r.text()).contains("I have crossed");
    }

    @Test
    void stampsWithoutAnArticleAboveThemAreNotAThread() {
        Result r = clean("Bridge forum\n\n" + thread("March %d, 2019 at 4:15 pm"), false);
        assertThat(r.lines().stream().filter(l -> l.rule().equals("navigation.comments"))).isEmpty();
    }

    @Test
    void twoStampsAreNotAThread() {
        String two = thread("March %d, 2019 at 4:15 pm");
        two = two.substring(0, two.indexOf("Reader C"));
        Result r = clean(ARTICLE + two, false);
        assertThat(r.lines().stream().filter(l -> l.rule().equals("navigation.comments"))).isEmpty();
    }
}
