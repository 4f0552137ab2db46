package dev.winnow.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What goes into a report page is escaped, and the page's policy admits only its own script. */
class HtmlTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <script>alert(1)</script>          | &lt;script&gt;alert(1)&lt;/script&gt;
            `"><img src=x onerror=alert(1)>`   | &quot;&gt;&lt;img src=x onerror=alert(1)&gt;
            </textarea><b>                     | &lt;/textarea&gt;&lt;b&gt;
            Tom & Jerry's                      | Tom &amp; Jerry&#39;s
            plain text, café                   | plain text, café
            """)
    void markupInTheInputBecomesText(String input, String escaped) {
        assertThat(Html.escape(input)).isEqualTo(escaped);
    }

    @Test
    void charactersHtmlCannotHoldAreReplaced() {
        assertThat(Html.escape("a\u0000b\u0007c\td\ne\u007F")).isEqualTo("a\uFFFDb\uFFFDc\td\ne\uFFFD");
        assertThat(Html.escape("x\uD800y\uDC00z\uD83D\uDE00")).isEqualTo("x\uFFFDy\uFFFDz\uD83D\uDE00");
    }

    @Test
    void thePolicyAllowsNoNetworkAndOnlyTheGivenScript() {
        String head = Html.head("<t>", "p{}", "var a=1;");
        assertThat(head).contains("default-src 'none'", "script-src '" + Html.hash("var a=1;") + "'", "<title>&lt;t&gt;</title>");
        assertThat(Html.head("t", "", null)).doesNotContain("script-src");
        // the digest of the empty script, as browsers compute it
        assertThat(Html.hash("")).isEqualTo("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }

    @Test
    void truthFilesAreFoundByTheDocumentsName() {
        Truth truth = new Truth(java.nio.file.Path.of("labels"));
        assertThat(truth.candidates("golden/cases/seed-1/input.txt")).extracting(Object::toString)
                .containsExactly("labels/input.labels.tsv", "labels/seed-1/input.labels.tsv", "labels/seed-1/truth.labels.tsv");
        assertThat(Truth.stem("page.html.gz")).isEqualTo("page");
        assertThat(Truth.stem(".hidden")).isEqualTo(".hidden");
    }
}
