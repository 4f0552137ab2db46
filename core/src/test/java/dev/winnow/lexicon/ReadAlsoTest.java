package dev.winnow.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import dev.winnow.Winnow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A related-article teaser inside the article ("Also read: ...", LABELS.md) is navigation, in each language
 * whose {@code patterns.tsv} has the {@code read-also} pattern; the same words opening a sentence are not.
 */
class ReadAlsoTest {
    private static String article(String first, String teaser, String second) {
        return "Home\nNews\n\n" + first + "\n\n" + teaser + "\n\n" + second + "\n\nPrivacy policy\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The council voted on Tuesday to approve the new park by the river, ending a debate that had divided the town for two years and filled every meeting. | Also read: How the town paid for its last park | Supporters said the land had been empty for too long and that the council should have acted years ago to give families a place to walk.
            Le conseil municipal a voté mardi la création du nouveau parc au bord de la rivière, mettant fin à un débat qui divisait la ville depuis deux ans. | Lire aussi : Comment la ville a payé son dernier parc | Les partisans du projet ont rappelé que le terrain était vide depuis trop longtemps et que la ville aurait dû agir plus tôt.
            Der Gemeinderat hat am Dienstag den neuen Park am Fluss beschlossen und damit einen Streit beendet, der die Stadt seit zwei Jahren gespalten hat. | Lesen Sie auch: Wie die Stadt ihren letzten Park bezahlt hat | Die Befürworter sagten, das Gelände sei schon viel zu lange leer gewesen und die Stadt hätte viel früher handeln müssen.
            El ayuntamiento aprobó el martes el nuevo parque junto al río, poniendo fin a un debate que había dividido a la ciudad durante dos años y llenado cada reunión. | Lea también: Cómo pagó la ciudad su último parque | Los partidarios dijeron que el terreno llevaba demasiado tiempo vacío y que el ayuntamiento debió actuar hace años.
            """)
    void aTeaserAfterAReadAlsoLabelIsNavigation(String first, String teaser, String second) {
        Result result = Winnow.clean(article(first, teaser, second));
        Line line = result.lines().stream().filter(l -> l.text().equals(teaser)).findFirst().orElseThrow();
        assertThat(line.label()).isEqualTo(Label.NAVIGATION);
        assertThat(line.rule()).isEqualTo("navigation.read-also");
        assertThat(result.text()).contains(first).contains(second).doesNotContain(teaser);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Related to the vote, the council also agreed to plant two hundred trees along the river before the spring.
            See also how the river changes in winter, when the water rises and the paths along it are closed for weeks.
            """)
    void theSameWordsOpeningASentenceAreBody(String sentence) {
        Result result = Winnow.clean(article("The council voted on Tuesday to approve the new park by the river, ending a debate that"
                + " had divided the town for two years.", sentence, "Supporters said the land had been empty for too long"
                + " and that the council should have acted years ago."));
        Line line = result.lines().stream().filter(l -> l.text().equals(sentence)).findFirst().orElseThrow();
        assertThat(line.label()).isEqualTo(Label.BODY);
    }

    @org.junit.jupiter.api.Test
    void aHeadlineOpeningWithRecommendedIsStillTheHeadline() {
        String headline = "Recommended: Ten walks along the river this winter";
        Result result = Winnow.clean("Home\nSubscribe\n\n" + headline + "\n\nThese ten walks along the river take you"
                + " from the old harbour to the hills, and each of them can be done in an afternoon this winter.\n\n"
                + "The first walk starts at the harbour and follows the river for six miles, past the mills and the"
                + " bridges that the town built in the last century.\n\nThe second walk climbs from the river to the"
                + " hills above the town, where on a clear winter day you can see the sea, and comes back down through"
                + " the woods along the old railway line.\n\nThe third walk is the shortest of the ten, a loop of three"
                + " miles around the lakes that the river fills every winter, with a cafe at the end of it.\n\n"
                + "Privacy policy\n");
        assertThat(result.title()).contains(headline);
    }
}
