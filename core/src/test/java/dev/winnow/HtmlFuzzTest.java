package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the HTML path, {@link Cleaner#clean(byte[], String)}: whatever the bytes, no exception, every
 * line and its label present, and the article text is exactly the body lines joined as paragraphs. In
 * the normal build this replays the saved inputs under
 * {@code src/test/resources/dev/winnow/HtmlFuzzTestInputs/cleanHtml/}; with {@code JAZZER_FUZZ=1} it
 * fuzzes (see README, "Robustness").
 */
class HtmlFuzzTest {
    /** The headline stays in the text, so that the text is every body line. */
    private static final Cleaner CLEANER = new Cleaner(Config.builder().titleInText(true).build());

    @FuzzTest(maxDuration = "30m")
    void cleanHtml(byte[] data) {
        Result result = CLEANER.clean(data, "");
        assertThat(result.lines()).isNotNull().doesNotContainNull();
        StringBuilder body = new StringBuilder();
        for (Line line : result.lines()) {
            assertThat(line.text()).isNotNull();
            assertThat(line.label()).isNotNull();
            if (line.label() == Label.BODY) {
                if (body.length() > 0) {
                    body.append("\n\n");
                }
                body.append(line.text().strip());
            }
        }
        assertThat(result.text()).isEqualTo(body.toString());
    }
}
