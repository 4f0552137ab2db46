package dev.winnow.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.data.DataFiles;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date lines and bylines the lists and patterns do not catch, in the document's language. */
class CreditShapesTest {
    private static Label label(String dump, int line) {
        return new Cleaner(Config.builder().lineModel(false).build()).clean(dump).lines().get(line).label();
    }

    private static final String ENGLISH = "The council voted on Tuesday to keep the old bridge open for another year, while"
            + " engineers finish a survey of its foundations and the city looks for the money to repair it.";
    private static final String SPANISH = "El consejo de la ciudad votó el martes para mantener abierto el viejo puente durante"
            + " otro año, mientras los ingenieros terminan un estudio de sus cimientos y la ciudad busca el dinero para repararlo.";
    private static final String FRENCH = "Le conseil de la ville a voté mardi pour garder le vieux pont ouvert pendant une"
            + " année de plus, pendant que les ingénieurs terminent une étude de ses fondations et que la ville cherche l'argent.";

    /** A short article with the line under its headline, in the language of the line. */
    private static String article(String credit) {
        String prose = credit.startsWith("Por") || credit.contains(" de ") ? SPANISH : credit.startsWith("par") ? FRENCH : ENGLISH;
        return "Bridge stays open for another year\n" + credit + "\n" + prose + "\n" + prose.replace("a", "a ")
                + "\n" + prose.replace("e", "e ") + "\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By JANE ROE - 2019-04-10",
        "Jane Roe - Nov 19, 2019, 10:31 pm CST",
        "November 12, 2018 | BY: Site Team",
        "Published on Monday, Nov 24, 2025 at 10:31 am",
        "24 de agosto, 2026 - 23h23",
        "Por Juan Gaona",
        "par Didier Roy, 21 juin 2018",
        "By Meaghan Weeden ● December 23, 2025 ● 6 min read",
    })
    void aBylineOrDateLineIsACredit(String line) {
        assertThat(label(article(line), 1)).as(line).isEqualTo(Label.CREDIT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On March 3, 2020, the court ruled that the old law had been void for years and must be rewritten.",
        "By the end of the year the city plans to open two more bridges over the river and a new ferry line.",
    })
    void proseWithADateOrAByIsNot(String line) {
        assertThat(label(article(line), 1)).as(line).isNotEqualTo(Label.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Image copyright AFP", "Courtesy of the museum", "OsakaWayne Studios//Getty Images",
        "AFP/GETTY", "Jane Roe/Daily Times/Getty Images"})
    void photoCreditsOnTheirOwnLineAreCredits(String line) {
        assertThat(label(article(line), 1)).as(line).isEqualTo(Label.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Image caption The minister arrives in Paris", "Rescue teams search the riverbankCredit: Reuters",
        "Volunteers clear the flooded square on Monday.Jane Roe / Getty Images",
        "Commuters wait for the last train home. John Doe/Moment via Getty Images",
        "A harbour at dawn, 1932. Gelatin silver print. Courtesy the Acme Gallery.",
        "The new panels can replace windows in offices Photo Credit: Acme Energy",
        "The minister arrives in Kyiv on Monday. (AP Photo/Jane Roe)",
        "Guests pick their pastries from the glass cabinets. | Photo by Jane Roe",
        "Bildunterschrift: Der Minister kommt in Berlin an"})
    void captionMarkersAndGluedCreditsMakeCaptions(String line) {
        assertThat(label(article(line), 1)).as(line).isEqualTo(Label.CAPTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "pt", "it", "nl", "id", "cs", "pl", "ru", "ar", "tr", "sv", "da", "no",
        "fi", "ro", "hu", "el", "bg", "fa", "hi"})
    void everyLanguageHasMonthsBylineWordsAndDateWords(String code) {
        for (String file : List.of("months.tsv", "byline.prefixes.txt", "date.words.txt")) {
            assertThat(DataFiles.items("lang/" + code + "/" + file)).as(code + " " + file).isNotEmpty();
        }
        assertThat(DataFiles.rows("lang/" + code + "/months.tsv", 2)).hasSize(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jane Roe is a staff writer at the Daily Times who covers city hall and transport.",
        "Jane Roe covers health, science and the city's hospitals for the Daily Times.",
        "This story was written by Jane Roe and produced by the Daily Times newsroom.",
        "This article was amended on 8 December 2025 to correct the name of the bridge.",
    })
    void authorBiosAndNotesOnTheStoryAreCredits(String line) {
        String closing = "Bridge stays open for another year\n" + ENGLISH + "\n" + ENGLISH.replace("a", "a ") + "\n"
                + ENGLISH.replace("e", "e ") + "\n" + line + "\n";
        assertThat(label(closing, 4)).as(line).isEqualTo(Label.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sponsored: Ten ways to fix your roof", "[SPONSORED] Cloud storage for teams",
        "Ten ways to fix your roof (Sponsored)", "Buy on Amazon", "$25 at Target", "Advertiser Disclosure",
        "French Press Coffee Maker at Acme $37", "See it at Acme", "Support Transfer Orbit"})
    void advertisingLabelsAndShopButtonsAreAds(String line) {
        assertThat(label(article(line), 1)).as(line).isEqualTo(Label.AD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Jane Roe|true", "Dr. Jane Roe|true", "Key Takeaways|false",
        "Audrey Roe, Print Managing Editor|true", "Great Day Editorial Team|true", "The Acme Staff|true",
        "Jane Roe, a reporter who covers the city|false", "Key Takeaways, Print Edition|false", "Team Spirit Wins|false"})
    void aGivenNameAndSurnameOverADateLineIsAByline(String name, boolean byline) {
        // the name is line 1, the date line 2
        String dump = article(name + "\nNovember 19, 2019");
        dev.winnow.Line line = new Cleaner(Config.builder().lineModel(false).build()).clean(dump).lines().get(1);
        assertThat(line.rule().equals("credit.byline")).as(name).isEqualTo(byline);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Support Center", "Support Services", "Support Portal", "Support Staff Jobs"})
    void helpLinksNamedSupportAreNotDonationButtons(String line) {
        assertThat(label(article(line), 1)).as(line).isNotEqualTo(Label.AD);
    }
}
