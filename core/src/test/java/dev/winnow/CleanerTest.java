package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CleanerTest {
    private static final String ARTICLE = String.join("\n",
            "Home", "News", "Sport", "Weather", "",
            "Council approves new riverside park after long debate",
            "By Jane Smith", "March 3, 2024", "",
            "The city council voted on Tuesday to approve a new park along the river, ending a debate that has"
                    + " lasted for more than three years and divided the residents of the eastern districts.",
            "",
            "Supporters of the plan said that the park would give families a place to walk and play, while the"
                    + " critics argued that the money should have been spent on the roads and on the schools instead.",
            "",
            "Work on the site is expected to begin in the spring, and the first paths could open to the public"
                    + " by the end of next year if the weather allows it and the contractors keep to their schedule.",
            "",
            "Advertisement",
            "Related articles",
            "Ten things to do this weekend in the city",
            "Privacy Policy",
            "");

    private final Cleaner cleaner = new Cleaner();

    @Test
    void everyLineIsKeptInOrderWithALabelAndAReason() {
        Result result = cleaner.clean(ARTICLE);
        List<String> input = List.of(ARTICLE.split("\n", -1)).subList(0, ARTICLE.split("\n", -1).length - 1);
        assertThat(result.lines()).extracting(Line::text).containsExactlyElementsOf(input);
        assertThat(result.lines()).extracting(Line::number).startsWith(1, 2, 3);
        assertThat(result.lines()).allSatisfy(line -> {
            assertThat(line.rule()).isNotBlank();
            assertThat(line.reason()).isNotBlank();
            assertThat(line.confidence()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void aHeadlineMayAsk() {
        Result result = cleaner.clean(ARTICLE.replace("Council approves new riverside park after long debate",
                "Will the council approve the new riverside park?"));
        assertThat(result.title()).contains("Will the council approve the new riverside park?");
        assertThat(result.metadata().headline()).contains("Will the council approve the new riverside park?");
    }

    @Test
    void separatesTheStoryFromItsChrome() {
        Result result = cleaner.clean(ARTICLE);
        assertThat(result.title()).contains("Council approves new riverside park after long debate");
        assertThat(result.text()).startsWith("The city council voted").contains("Work on the site")
                .doesNotContain("Advertisement", "Privacy Policy", "Home", "Ten things");
        assertThat(label(result, "Advertisement")).isEqualTo(Label.AD);
        assertThat(label(result, "By Jane Smith")).isEqualTo(Label.CREDIT);
        assertThat(label(result, "March 3, 2024")).isEqualTo(Label.CREDIT);
        assertThat(label(result, "Ten things to do this weekend in the city")).isEqualTo(Label.NAVIGATION);
        assertThat(label(result, "Council approves new riverside park after long debate")).isEqualTo(Label.BODY);
    }

    @Test
    void aSecondCopyOfTheArticleIsNavigationAndNamesTheLineItRepeats() {
        String body = ARTICLE.substring(ARTICLE.indexOf("The city council"), ARTICLE.indexOf("Advertisement"));
        Result result = cleaner.clean(ARTICLE.replace("Advertisement", body + "Advertisement"));
        assertThat(result.text()).isEqualTo(cleaner.clean(ARTICLE).text());
        List<Line> copies = result.lines().stream().filter(l -> l.rule().equals("navigation.duplicate")).toList();
        assertThat(copies).hasSize(3).allSatisfy(l -> assertThat(l.label()).isEqualTo(Label.NAVIGATION));
        Line first = result.lines().stream().filter(l -> l.text().startsWith("The city council")).findFirst().orElseThrow();
        assertThat(copies.get(0).reason()).contains("repeats line " + first.number());
    }

    @Test
    void shortLinesMayRepeatInTheArticle() {
        String chorus = "We shall overcome, we shall overcome some day.";
        String song = ARTICLE.replace("Advertisement", chorus + "\n\n" + chorus + "\n\nAdvertisement");
        assertThat(cleaner.clean(song).lines()).noneMatch(l -> l.rule().equals("navigation.duplicate"));
    }

    @Test
    void aPageOfShortBlocksKeepsThemWhenItsOnlyProseIsASmallPartOfIt() {
        List<String> page = new ArrayList<>(List.of("Home", "Pricing", "Sign in", ""));
        for (int i = 1; i <= 12; i++) {
            page.add("Feature " + i + ": automate the reports your team builds by hand every week");
            page.add("");
            page.add("Connect " + (i * 10) + " of the apps you already use to the dashboards of your business");
            page.add("");
        }
        page.add("\u201cWe moved our whole finance team to the new dashboards within a month, and the weekly reports that"
                + " used to take two days of copying numbers between spreadsheets now build themselves overnight,"
                + " which freed our analysts to work on the questions that matter. It was the easiest change we made"
                + " all year, and nobody on the team wants to go back to the old way of working.\u201d");
        page.add("");
        page.add("Privacy Policy");
        Result result = cleaner.clean(String.join("\n", page));
        assertThat(result.text()).contains("Feature 1: automate", "Connect 120 of the apps", "We moved our whole");
        assertThat(label(result, "Privacy Policy")).isEqualTo(Label.NAVIGATION);
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLine() {
        Result result = cleaner.clean(ARTICLE);
        assertThat(result.text().split("\n\n")).hasSize(3);
    }

    @Test
    void titleCanBeIncludedInTheText() {
        Result result = new Cleaner(Config.builder().titleInText(true).build()).clean(ARTICLE);
        assertThat(result.text()).startsWith("Council approves new riverside park after long debate\n\n");
    }

    @Test
    void labelsTsvIsLossless() {
        String input = "First line\r\nSecond line\rThird line\n\n  \nlast";
        Result result = cleaner.clean(input);
        StringBuilder back = new StringBuilder();
        for (String row : result.toLabelsTsv().split("\n", -1)) {
            if (!row.isEmpty()) {
                back.append(row.substring(row.indexOf('\t') + 1)).append('\n');
            }
        }
        assertThat(back.toString()).isEqualTo("First line\nSecond line\nThird line\n\n  \nlast\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "   ", "\u00A0\u200B", "\n\n\n"})
    void emptyAndInvisibleInputGivesBlankLinesAndNoText(String input) {
        Result result = cleaner.clean(input);
        assertThat(result.text()).isEmpty();
        assertThat(result.title()).isEmpty();
        assertThat(result.lines()).allSatisfy(l -> assertThat(l.label()).isEqualTo(Label.BLANK));
    }

    @Test
    void nullInputIsRejected() {
        assertThatThrownBy(() -> cleaner.clean((String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void invalidConfigurationIsRejectedWithAReason() {
        assertThatThrownBy(() -> Config.builder().stopwordsLow(0.5).stopwordsHigh(0.2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stopwordsLow");
        assertThat(Config.defaults().toBuilder().build()).isEqualTo(Config.defaults());
    }

    @Test
    void oneCleanerSharedByManyThreadsGivesTheSequentialResults() throws Exception {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(ARTICLE.replace("Tuesday", "day " + i) + (i % 2 == 0 ? "\nComments\nNice one." : ""));
        }
        List<Result> sequential = docs.stream().map(cleaner::clean).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (String doc : docs) {
                futures.add(pool.submit(() -> cleaner.clean(doc)));
            }
            for (int i = 0; i < docs.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Label label(Result result, String text) {
        return result.lines().stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow().label();
    }
}
