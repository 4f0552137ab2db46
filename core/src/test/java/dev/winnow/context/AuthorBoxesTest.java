package dev.winnow.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.Result;
import org.junit.jupiter.api.Test;

/** A name alone followed by its bio is an author box; a name heading a biography's prose is not. */
class AuthorBoxesTest {
    private static final String PROSE = "The council voted on Tuesday to keep the old bridge open for another year, while"
            + " engineers finish a survey of its foundations and the city looks for the money to repair it.";
    private static final String ARTICLE = "Bridge stays open for another year\n\n" + PROSE + "\n\n" + PROSE.replace("a", "a ")
            + "\n\n" + PROSE.replace("e", "e ") + "\n\n";

    private static Result clean(String dump) {
        return new Cleaner(Config.builder().lineModel(false).build()).clean(dump);
    }

    private static Label label(Result r, String text) {
        return r.lines().stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow().label();
    }

    @Test
    void aNameItsTitleAndItsBioAfterTheArticleAreCredits() {
        Result r = clean(ARTICLE + "Jane Roe\nCity Hall Reporter\nJane has covered the city's bridges, roads and budgets"
                + " for the Daily Times since 2015 and lives by the river.\n\nMore stories\nFerry line opens\n");
        assertThat(label(r, "Jane Roe")).isEqualTo(Label.CREDIT);
        assertThat(label(r, "City Hall Reporter")).isEqualTo(Label.CREDIT);
        assertThat(label(r, "Jane has covered the city's bridges, roads and budgets for the Daily Times since 2015 and"
                + " lives by the river.")).isEqualTo(Label.CREDIT);
        assertThat(r.lines().stream().filter(l -> l.label() == Label.CREDIT))
                .allSatisfy(l -> assertThat(l.rule()).isEqualTo("credit.author-box"));
    }

    @Test
    void aNameThatHeadsTheStoryOfThatPersonStaysBody() {
        String bio = "Jane Roe was a bridge engineer who built the town's first iron bridge in 1890 and kept it open"
                + " through two floods, three fires and a war, while the council argued about the money.";
        String more = "When the river rose again in 1911 she walked the deck at night with a lamp, and the town still"
                + " keeps that lamp in the hall of the library where children come to see it every spring.";
        Result r = clean("Builders of the town\n\n" + PROSE + "\n\nJane Roe\n\n" + bio + "\n\n" + more + "\n\n"
                + PROSE.replace("Tuesday", "Friday") + "\n");
        assertThat(label(r, bio)).isEqualTo(Label.BODY);
    }
}
