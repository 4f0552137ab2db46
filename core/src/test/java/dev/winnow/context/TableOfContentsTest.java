package dev.winnow.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import dev.winnow.Winnow;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A table of contents (its heading, and the entries under it that come back later as the article's
 * headings) is navigation; the headings it points to stay body, and a list under such a heading whose
 * lines do not come back is not taken for entries.
 */
class TableOfContentsTest {
    private static final String[] PARAGRAPHS = {
        "Good coffee starts with fresh beans, roasted no more than a few weeks before you brew them, and kept in a jar away from light and heat.",
        "Grind the beans just before brewing: ground coffee loses its aroma within minutes, and the size of the grind decides how fast the water pulls the flavour out.",
        "Pour water just off the boil over the grounds, wait half a minute for them to bloom, then pour the rest slowly in circles until the cup is full.",
    };

    /** A dump: menu, headline, {@code heading} with {@code entries} under it, then the article's sections. */
    private static String page(String heading, List<String> entries, List<String> sections) {
        StringBuilder out = new StringBuilder("Home\nRecipes\nAbout\n\nHow to brew a better cup of coffee at home\n\n");
        out.append(heading).append('\n');
        entries.forEach(e -> out.append(e).append('\n'));
        out.append('\n');
        for (int k = 0; k < sections.size(); k++) {
            out.append(sections.get(k)).append("\n\n").append(PARAGRAPHS[k]).append("\n\n");
        }
        return out.append("Privacy policy\nContact us\n").toString();
    }

    private static Line line(Result result, String text, int occurrence) {
        return result.lines().stream().filter(l -> l.text().equals(text)).skip(occurrence).findFirst().orElseThrow();
    }

    private static final List<String> SECTIONS = List.of("Choosing the beans", "Grinding them right", "Brewing the cup");

    @ParameterizedTest
    @CsvSource({"Table of Contents", "CONTENTS", "In this article:", "Jump to"})
    void theHeadingAndTheEntriesThatComeBackAreNavigationTheirSectionsStayBody(String heading) {
        Result result = Winnow.clean(page(heading, SECTIONS, SECTIONS));
        assertThat(line(result, heading, 0).label()).isEqualTo(Label.NAVIGATION);
        assertThat(line(result, heading, 0).rule()).isEqualTo("navigation.contents");
        for (String entry : SECTIONS) {
            Line first = line(result, entry, 0);
            assertThat(first.label()).as(entry).isEqualTo(Label.NAVIGATION);
            assertThat(first.rule()).as(entry).isEqualTo("navigation.contents");
            assertThat(first.reason()).as(entry).isEqualTo("an entry of a table of contents: the heading at line "
                    + line(result, entry, 1).number());
            assertThat(line(result, entry, 1).label()).as(entry).isEqualTo(Label.BODY);
        }
        assertThat(result.text()).contains(PARAGRAPHS[0]).contains(PARAGRAPHS[2]).doesNotContain(heading);
    }

    @Test
    void aListUnderTheHeadingThatDoesNotComeBackIsNotTakenForEntries() {
        List<String> list = List.of("Fresh beans", "A burr grinder", "A kettle with a thin spout");
        Result result = Winnow.clean(page("Contents", list, SECTIONS));
        assertThat(line(result, "Contents", 0).rule()).isEqualTo("navigation.contents");
        for (String item : list) {
            assertThat(line(result, item, 0).rule()).as(item).isNotEqualTo("navigation.contents");
        }
    }

    @Test
    void entriesEndWhereTheirHeadingsComeBackOutOfOrder() {
        // the third entry's heading comes before the second's: the table ends after the second entry
        List<String> entries = List.of("Choosing the beans", "Brewing the cup", "Grinding them right");
        Result result = Winnow.clean(page("Table of contents", entries, SECTIONS));
        assertThat(line(result, "Choosing the beans", 0).rule()).isEqualTo("navigation.contents");
        assertThat(line(result, "Brewing the cup", 0).rule()).isEqualTo("navigation.contents");
        assertThat(line(result, "Grinding them right", 0).rule()).isNotEqualTo("navigation.contents");
    }

    @Test
    void aHeadingInsideASentenceIsNoTableOfContents() {
        String sentence = "The contents of the jar matter more than the price of the machine you pour them into.";
        Result result = Winnow.clean(page(sentence, SECTIONS, SECTIONS));
        assertThat(line(result, sentence, 0).rule()).isNotEqualTo("navigation.contents");
    }

    @Test
    void theHeadingIsReadInThePagesLanguage() {
        String page = """
                Accueil
                Cuisine

                Comment préparer un meilleur café à la maison

                Sommaire
                Choisir les grains
                Bien les moudre

                Choisir les grains

                Un bon café commence par des grains frais, torréfiés il y a moins de quelques semaines, et gardés dans un bocal à l'abri de la lumière.

                Bien les moudre

                Il faut moudre les grains juste avant de préparer le café, car le café moulu perd son arôme en quelques minutes et la mouture décide de tout.

                Mentions légales
                """;
        Result result = Winnow.clean(page);
        assertThat(line(result, "Sommaire", 0).rule()).isEqualTo("navigation.contents");
        assertThat(line(result, "Choisir les grains", 0).rule()).isEqualTo("navigation.contents");
        assertThat(line(result, "Bien les moudre", 0).rule()).isEqualTo("navigation.contents");
        assertThat(line(result, "Bien les moudre", 1).label()).isEqualTo(Label.BODY);
    }
}
