package dev.winnow.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Metadata;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Metadata from the lines: headline, author and date of a dump; what an HTML page leaves out. */
class CreditReaderTest {
    private static final String PROSE = "The council voted on Tuesday to keep the old bridge open for another year, "
            + "while engineers finish a survey of its foundations and the city looks for the money to repair it.";

    private static String dump(String... top) {
        return String.join("\n", top) + "\n\n" + PROSE + "\n\n" + PROSE.replace("Tuesday", "Monday") + "\n\n"
                + PROSE.replace("Tuesday", "Friday") + "\n";
    }

    @Test
    void aDumpsMetadataComesFromItsTitleLineAndCredits() {
        Metadata m = new Cleaner().clean(dump("Menu", "", "Bridge stays open for another year", "",
                "By Jane Roe - Nov 19, 2019, 10:31 pm")).metadata();
        assertThat(m.author()).contains("Jane Roe");
        assertThat(m.published()).contains("2019-11-19");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Written By", "The Author", "By industry", "Author names"})
    void aBylinesLabelIsNotItsName(String label) {
        Metadata m = new Cleaner().clean(dump("Menu", "", "Bridge stays open for another year", "", label, "",
                "November 19, 2019")).metadata();
        assertThat(m.author()).as(label).isEmpty();
    }

    @Test
    void aHeadlineOpenedByADateIsReadWithoutIt() {
        Lexicon.Language en = Lexicon.get().language("en");
        assertThat(CreditReader.withoutLeadingDate("Dec 18 2025 Preparing a transition", en)).isEqualTo("Preparing a transition");
        assertThat(CreditReader.withoutLeadingDate("Preparing for Dec 18 2025", en)).isEqualTo("Preparing for Dec 18 2025");
        assertThat(CreditReader.withoutLeadingDate("May 3, 2025", en)).isEqualTo("May 3, 2025");
    }

    @Test
    void aHeadlineWithItsBylineUnderItIsFoundPastATableOfContents() {
        String[] top = new String[40];
        top[0] = "Menu";
        top[1] = "The council keeps the old bridge open";
        top[2] = "By Jane Roe";
        top[3] = "November 19, 2019";
        top[4] = "Table of Contents";
        for (int i = 5; i < top.length; i++) {
            top[i] = "Section number " + (char) ('A' + i % 26) + " of the report";
        }
        Metadata m = new Cleaner().clean(dump(top)).metadata();
        assertThat(m.headline()).contains("The council keeps the old bridge open");
        assertThat(m.author()).contains("Jane Roe");
        assertThat(m.published()).contains("2019-11-19");
    }

    @Test
    void oneCapitalisedCreditWordUnderTheHeadlineIsItsAuthorButNotAByWord() {
        Lexicon.Language en = Lexicon.get().language("en");
        Line title = new Line(1, "Bridge stays open for another year", Label.BODY, 0.9, "body.title", "t");
        Line prose = new Line(3, PROSE, Label.BODY, 0.9, "body.region", "t");
        for (String word : new String[] {"Newsdesk", "By", "Updated"}) {
            List<Line> lines = List.of(title, new Line(2, word, Label.CREDIT, 0.9, "credit.model", "t"), prose);
            Metadata m = CreditReader.read(lines, 0, en, Metadata.NONE);
            if (word.equals("Newsdesk")) {
                assertThat(m.author()).contains(word);
            } else {
                assertThat(m.author()).as(word).isEmpty();
            }
        }
    }

    @Test
    void aPublicationStampAnywhereDatesAPageNothingElseDates() {
        Lexicon.Language en = Lexicon.get().language("en");
        Line title = new Line(1, "Bridge stays open for another year", Label.BODY, 0.9, "body.title", "t");
        Line prose = new Line(2, PROSE, Label.BODY, 0.9, "body.region", "t");
        Line stamp = new Line(9, "Published: March 3, 2021", Label.NAVIGATION, 0.9, "navigation.outside", "t");
        Line other = new Line(9, "Offer ends March 3, 2021", Label.NAVIGATION, 0.9, "navigation.outside", "t");
        assertThat(CreditReader.read(List.of(title, prose, prose, prose, prose, stamp), 0, en, Metadata.NONE).published())
                .contains("2021-03-03");
        assertThat(CreditReader.read(List.of(title, prose, prose, prose, prose, other), 0, en, Metadata.NONE).published())
                .isEmpty();
    }

    @Test
    void aBylineAfterADateNamesTheAuthor() {
        Metadata m = new Cleaner().clean(dump("Menu", "", "Bridge stays open for another year", "",
                "May 3, 2017 By Jane Roe 4 Comments")).metadata();
        assertThat(m.author()).contains("Jane Roe");
    }

    @Test
    void aNameAloneBesideADateLineIsTheAuthor() {
        Metadata m = new Cleaner().clean(dump("Menu", "", "Bridge stays open for another year", "", "Jane Roe", "",
                "November 19, 2019")).metadata();
        assertThat(m.author()).contains("Jane Roe");
        assertThat(m.published()).contains("2019-11-19");
        // without the date line beside it, two capitalised words alone say nothing ...
        Metadata alone = new Cleaner().clean(dump("Menu", "", "Bridge stays open for another year", "", "Key Takeaways"))
                .metadata();
        assertThat(alone.author()).isEmpty();
        // ... unless the first is a common given name (common/given.names.txt) and they sit just under the headline
        Metadata named = new Cleaner().clean(dump("Menu", "", "Bridge stays open for another year", "", "Jane Roe"))
                .metadata();
        assertThat(named.author()).contains("Jane Roe");
    }

    @Test
    void aPersonalSitesOwnerNamedOverTheHeadlineIsTheAuthor() {
        Metadata m = new Cleaner().clean(dump("Jane Roe", "", "Posts", "About", "", "Bridge stays open for another year"))
                .metadata();
        assertThat(m.author()).contains("Jane Roe");
    }

    @Test
    void aDateLineNextToTheHeadlineDatesTheArticleWhateverItsLabel() {
        List<Line> lines = List.of(new Line(1, "Bridge stays open for another year", Label.BODY, 0.9, "body.title", "t"),
                new Line(2, "February 10, 2025", Label.NAVIGATION, 0.9, "navigation.model", "t"),
                new Line(3, PROSE, Label.BODY, 0.9, "body.region", "t"));
        Lexicon.Language en = Lexicon.get().language("en");
        assertThat(CreditReader.read(lines, 0, en, Metadata.NONE).published()).contains("2025-02-10");
        // further than three visible lines from the headline, it says nothing
        List<Line> far = List.of(lines.get(0), lines.get(2), lines.get(2), lines.get(2), lines.get(1));
        assertThat(CreditReader.read(far, 0, en, Metadata.NONE).published()).isEmpty();
    }

    @Test
    void aLongerDatedBylineNextToTheHeadlineComesBeforeARuledCreditFurtherDown() {
        Line title = new Line(1, "Bridge stays open for another year", Label.BODY, 0.9, "body.title", "t");
        Line byline = new Line(2, "On Behalf of Roe & Partners LLP | Apr 21, 2017 | Products Liability", Label.NAVIGATION,
                0.9, "navigation.outside", "t");
        Line prose = new Line(3, PROSE, Label.BODY, 0.9, "body.region", "t");
        Line teaser = new Line(9, "March 29, 2025", Label.NAVIGATION, 0.9, "navigation.model", "t");
        List<Line> lines = List.of(title, byline, prose, prose, prose, prose, teaser);
        boolean[] ruled = {false, false, false, false, false, false, true};
        Lexicon.Language en = Lexicon.get().language("en");
        assertThat(CreditReader.read(lines, 0, en, Metadata.NONE, ruled).published()).contains("2017-04-21");
        // a sentence with a date beside the headline is not a byline: the ruled credit dates the page
        Line sentence = new Line(2, "The bridge opened on Apr 21, 2017. It has carried cars since.", Label.BODY,
                0.9, "body.region", "t");
        List<Line> withSentence = List.of(title, sentence, prose, prose, prose, prose, teaser);
        assertThat(CreditReader.read(withSentence, 0, en, Metadata.NONE, ruled).published()).contains("2025-03-29");
    }

    @Test
    void aDateLineTheRulesMadeACreditDatesTheArticleWhenTheModelTookItForATeasers() {
        Line title = new Line(1, "Bridge stays open for another year", Label.BODY, 0.9, "body.title", "t");
        Line prose = new Line(2, PROSE, Label.BODY, 0.9, "body.region", "t");
        Line date = new Line(6, "February 10, 2025", Label.NAVIGATION, 0.9, "navigation.model", "t");
        List<Line> lines = List.of(title, prose, prose, prose, prose, date);
        Lexicon.Language en = Lexicon.get().language("en");
        boolean[] ruled = {false, false, false, false, false, true};
        assertThat(CreditReader.read(lines, 0, en, Metadata.NONE, ruled).published()).contains("2025-02-10");
        // a line the rules did not make a credit says nothing there
        assertThat(CreditReader.read(lines, 0, en, Metadata.NONE, new boolean[6]).published()).isEmpty();
    }

    @Test
    void anUpdateStampIsTheDateOnlyWhenThereIsNoOther() {
        Metadata m = new Cleaner().clean(dump("Bridge stays open for another year", "Updated Dec 1, 2020",
                "Published Nov 19, 2019")).metadata();
        assertThat(m.published()).contains("2019-11-19");
    }

    @Test
    void aNameAloneIsNotTakenForAnUpdateStamp() {
        assertThat(BylineNames.personName("Last Updated")).isTrue();
        Metadata m = new Cleaner().clean(dump("Bridge stays open for another year", "Last Updated")).metadata();
        assertThat(m.author()).isEmpty();
    }

    @Test
    void theDeclaredHeadlineLosesItsSiteNameAndYieldsToAMatchingTitleLine() {
        Metadata declared = new Metadata(Optional.of("Bridge stays open | Daily Times"), Optional.empty(), Optional.empty(),
                Optional.of("Daily Times"));
        assertThat(CreditReader.headline(null, declared)).contains("Bridge stays open");
        assertThat(CreditReader.headline("The bridge stays open", declared)).contains("The bridge stays open");
        assertThat(CreditReader.headline("Weather", declared)).contains("Bridge stays open");
    }

    @Test
    void anHtmlPagesEntitiesAreDecodedAndItsDateReadToIso() {
        String html = "<html><head><script type=\"application/ld+json\">{\"author\": {\"name\": \"Maria &amp; Katerina\"},"
                + " \"datePublished\": \"March 3, 2020\"}</script></head><body><h1>Bridge stays open</h1><p>" + PROSE
                + "</p><p>" + PROSE + " Again.</p></body></html>";
        Metadata m = new Cleaner().clean(html, "").metadata();
        assertThat(m.author()).contains("Maria & Katerina");
        assertThat(m.published()).contains("2020-03-03");
    }

    @Test
    void anHtmlPageWithoutDeclaredMetadataGetsItFromItsLines() {
        String html = "<html><body><h1>Bridge stays open for another year</h1><p class=\"byline\">By Jane Roe</p>"
                + "<time>November 19, 2019</time><p>" + PROSE + "</p><p>" + PROSE.replace("Tuesday", "Monday") + "</p></body></html>";
        Metadata m = new Cleaner().clean(html, "").metadata();
        assertThat(m.author()).contains("Jane Roe");
        assertThat(m.published()).contains("2019-11-19");
    }

    @Test
    void aBylineWordAloneNamesTheAuthorOnTheNextLine() {
        Metadata m = new Cleaner().clean(dump("Menu", "", "Bridge stays open for another year") + "\nArticle by\nJane Roe\n")
                .metadata();
        assertThat(m.author()).contains("Jane Roe");
    }

    @Test
    void aDateLineInTheTopHalfDatesAPageNothingElseDates() {
        String prose = "Menu\n\n" + PROSE + "\n\n2/24/2026\n\n" + PROSE.replace("Tuesday", "Monday") + "\n\n"
                + PROSE.replace("Tuesday", "Friday") + "\n\n" + PROSE.replace("Tuesday", "Sunday") + "\n";
        assertThat(new Cleaner().clean(prose).metadata().published()).contains("2026-02-24");
        String comment = "Menu\n\n" + PROSE + "\n\n" + PROSE.replace("Tuesday", "Monday") + "\n\n"
                + PROSE.replace("Tuesday", "Friday") + "\n\nComments\n\nJane Roe\n2/24/2026\nGreat piece!\n";
        assertThat(new Cleaner().clean(comment).metadata().published()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Roe 02 Feb 2026 Product Reviews 7 Comments", "February 2, 2026/Living Healthy/Wellness",
        "2026-02-02#review#tech#zig"})
    void aDatedBylineOfOtherItemsInTheTopPartDatesAPageNothingElseDates(String line) {
        String page = "Menu\n\n" + line + "\n\n" + PROSE + "\n\n" + PROSE.replace("Tuesday", "Monday") + "\n\n"
                + PROSE.replace("Tuesday", "Friday") + "\n\n" + PROSE.replace("Tuesday", "Sunday") + "\n";
        assertThat(new Cleaner().clean(page).metadata().published()).contains("2026-02-02");
        String sentence = "Menu\n\nThe bridge reopened on February 2, 2026 after a year of repairs.\n\n" + PROSE + "\n\n"
                + PROSE.replace("Tuesday", "Monday") + "\n\n" + PROSE.replace("Tuesday", "Friday") + "\n";
        assertThat(new Cleaner().clean(sentence).metadata().published()).as("a sentence does not date the page").isEmpty();
    }

    @Test
    void anAuthorBoxHeadingNamesTheAuthorAndAPhotosCreditDoesNot() {
        Metadata m = new Cleaner().clean(dump("Menu", "", "Bridge stays open for another year", "", "Jane Doe / AP")
                + "\nAbout Jane Roe\n").metadata();
        assertThat(m.author()).contains("Jane Roe");
    }

    @Test
    void aPersonNamedInAnItemOfTheDateLineIsTheAuthor() {
        Metadata m = new Cleaner().clean(dump("Menu", "", "Bridge stays open for another year", "",
                "December 15, 2025 · 30 min · 6279 words · Jane Roe")).metadata();
        assertThat(m.author()).contains("Jane Roe");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "© 2025 Jane Roe. All rights reserved.|Jane Roe", "Copyright Jane Roe 2012-2025. CC BY-NC 4.0.|Jane Roe",
        "Copyright © 2025 Jane Roe's Tech Blog|Jane Roe", "© 2025 Logan University|", "© 2025 Acme Media Group|",
        "© 2025 Key Takeaways|"})
    void aPersonalSitesCopyrightHolderIsTheAuthorWhenNothingElseNamesOne(String line, String author) {
        Metadata m = new Cleaner().clean(dump("Menu", "", "Bridge stays open for another year") + "\n" + line + "\n")
                .metadata();
        assertThat(m.author().orElse(null)).as(line).isEqualTo(author);
    }
}
