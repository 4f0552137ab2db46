package dev.winnow.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import dev.winnow.Winnow;
import org.junit.jupiter.api.Test;

class HeadlineTest {
    /** A story whose headline stands two lines above its first paragraph, a short app link between. */
    private static final String STORY = """
            Skip to content
            Home
            News
            Council approves new riverside park after long debate

            Listen to this story

            The city council voted on Tuesday to approve the new riverside park, ending a debate that has \
            divided the town for more than two years and filled every public meeting since the spring.

            Supporters of the park said the riverside land had been empty for too long, and that the council \
            should have acted years ago to give families a place to walk along the water.

            Opponents had argued that the debate was never about the park itself but about its cost, which \
            the council now puts at four million, paid over ten years from the town's budget.

            Now that the council approves the park after this long debate, work on it is expected to begin \
            next spring, and the council said the first paths along the river should open to walkers before \
            the end of the following year.

            Privacy Policy
            """;

    @Test
    void theHeadlineIsTheLineWhoseWordsTheArticleRepeatsNotTheNearest() {
        Result result = Winnow.clean(STORY);
        assertThat(result.title()).contains("Council approves new riverside park after long debate");
        Line headline = result.lines().get(3);
        assertThat(headline.label()).isEqualTo(Label.BODY);
        assertThat(result.text()).contains("The city council voted").doesNotContain("Council approves new riverside park");
    }

    @Test
    void aLineADataListDecidedIsNeverTheHeadline() {
        Result result = Winnow.clean(STORY.replace("Council approves new riverside park after long debate", "Menu"));
        assertThat(result.title()).isNotEqualTo(java.util.Optional.of("Skip to content"));
        assertThat(result.lines().get(0).label()).isEqualTo(Label.NAVIGATION);
    }
}
