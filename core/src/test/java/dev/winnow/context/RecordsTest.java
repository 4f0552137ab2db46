package dev.winnow.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import dev.winnow.Winnow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list of records, delimited by a repeated line, is the page's content only when its lines say something. */
class RecordsTest {
    private static final List<String> PLACES = List.of("Bammental", "Dossenheim", "Eppelheim", "Gaiberg",
            "Leimen", "Lobbach", "Mauer", "Meckesheim", "Nussloch", "Sandhausen", "Schönau", "Spechbach");

    private static final String ARTICLE = """
            Writer wins the national book prize for a novel about the old republic

            Frankfurt (dpa) - The writer received the national book prize on Monday evening for his long novel \
            about a teenager growing up in the provinces of the old republic in the nineteen seventies.

            The jury praised the book as a bold and playful work that mixes memory, pop music and politics, \
            and said it gives a whole generation a voice that had long been missing from the literature.
            """;

    /** A regional news site's menu: a section label repeated before each group of place names, then the story. */
    private static String menuThenStory() {
        StringBuilder page = new StringBuilder();
        for (int group = 0; group < 8; group++) {
            page.append("Region\n");
            for (int k = 0; k < 10; k++) {
                page.append(PLACES.get((group + k) % PLACES.size())).append(' ').append(group + 1).append('\n');
            }
        }
        return page.append('\n').append(ARTICLE).toString();
    }

    @Test
    void aMenuOfNamesBetweenRepeatedLabelsIsNotTheContent() {
        Result result = Winnow.clean(menuThenStory());
        List<Line> places = result.lines().stream()
                .filter(l -> PLACES.stream().anyMatch(p -> l.text().startsWith(p + " ")))
                .toList();
        assertThat(places).hasSize(80).allSatisfy(l -> assertThat(l.label()).isEqualTo(Label.NAVIGATION));
        assertThat(result.text()).contains("The jury praised the book").doesNotContain("Bammental");
    }

    @Test
    void aListOfPostsWhoseRecordsHoldSentencesStaysTheContent() {
        StringBuilder page = new StringBuilder("Home\nBlog\n\n");
        for (int post = 1; post <= 8; post++) {
            page.append("Read more\n")
                    .append("How we rebuilt the old garden shed in weekend number ").append(post).append('\n')
                    .append("We took the roof off, replaced two of the walls and painted everything in a warm green, ")
                    .append("which took longer than we had planned but was worth every hour of it.\n");
        }
        page.append("Read more\n\nAbout us\n");
        Result result = Winnow.clean(page.toString());
        assertThat(result.lines()).filteredOn(l -> l.text().startsWith("How we rebuilt"))
                .hasSize(8).allSatisfy(l -> assertThat(l.label()).isEqualTo(Label.BODY));
    }

    @Test
    void aPageTooShortForEveryAttemptIsNotCalledAListOfRecords() {
        Result result = Winnow.clean("Home\nShop\n\n15% off everything this week\nFree shipping over 40 euros\n\nPrivacy\n");
        assertThat(result.lines()).extracting(Line::rule).noneMatch(rule -> rule.contains("records"));
        assertThat(result.lines()).filteredOn(l -> l.label() == Label.BODY).isNotEmpty()
                .allSatisfy(l -> assertThat(l.rule()).isEqualTo("body.region.relaxed"));
    }
}
