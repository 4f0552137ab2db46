package dev.winnow.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.Result;
import org.junit.jupiter.api.Test;

/** A block of program code inside an article neither ends the article nor joins a menu. */
class CodeBlocksTest {
    private static final String PROSE = "The helper below formats a postal address from its parts, and it leaves out"
            + " every part that is empty, so that the caller does not need a chain of conditions of its own.";

    private static Result clean(String dump) {
        return new Cleaner(Config.builder().lineModel(false).build()).clean(dump);
    }

    /** A block of code whose lines mostly do not look like code one by one ({@code city: "Metropolis",}). */
    private static String code(int records) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < records; r++) {
            out.append("address").append(r).append(" = {\n")
                    .append("prefix: \"Mrs.\",\n")
                    .append("firstName: \"Laura\",\n")
                    .append("city: formatCity( \"Metropolis\" ),\n")
                    .append("state: \"Evergreen State\"\n")
                    .append("};\n");
        }
        return out.toString();
    }

    @Test
    void proseAfterALongCodeBlockStaysInTheArticle() {
        String after = PROSE.replace("helper below", "second helper");
        Result r = clean("Formatting addresses\n\n" + PROSE + "\n\n" + PROSE.replace("e", "e ") + "\n\n" + code(12)
                + "\n" + after + "\n\nHome\nAbout\nContact\n");
        assertThat(r.lines().stream().filter(l -> l.text().equals(after)).findFirst().orElseThrow().label())
                .isEqualTo(Label.BODY);
        assertThat(r.text()).contains("firstName: \"Laura\",").contains(after);
    }

    private static boolean[] codeBlocks(String dump) {
        java.util.List<String> texts = dev.winnow.read.DumpLines.split(dump);
        return ArticleRegion.codeBlocks(dev.winnow.classify.LinePass.assessDocument(Config.defaults(),
                dev.winnow.lexicon.Lexicon.get(), texts, dev.winnow.pipeline.Pipeline.LANGUAGE_SAMPLE_WORDS).assessments());
    }

    @Test
    void aBlockIsFoundByItsShareOfCodeLikeLinesNotByCountsInParentheses() {
        assertThat(codeBlocks(code(2))).containsOnly(true);
        // "Politics (34)" has two code characters; a menu of such lines is not a block of code
        assertThat(codeBlocks("Politics (34)\nSports (12)\nCulture (8)\nScience (5)\nTravel (21)\n")).containsOnly(false);
        // three lines are too few
        assertThat(codeBlocks("x = {\ny: 1\n};\n")).containsOnly(false);
    }
}
