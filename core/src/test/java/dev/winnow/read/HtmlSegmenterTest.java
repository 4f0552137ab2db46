package dev.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Metadata;
import dev.winnow.match.AsciiTable;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The in-place lookups of class and id values ({@link AsciiTable}) against the string paths they
 * replace: the same role token and the same hidden verdict for any value, ASCII or not.
 */
class HtmlSegmenterTest {
    private static final List<String> PIECES = List.of("nav", "Nav", "NAV", "menu", "related", "Posts", "caption",
            "wp", "byline", "sr-only", "SR-ONLY", "hidden", "d-none", "visually-hidden", "a11y-hidden", "ad", "ads",
            "article", "Body", "content", "x", "é", "İ", "\u212A", "ß", "ﬁ", "-", "_", "1", " ", "\t", "\n", "\u000B",
            "\u001F", "\u00A0", "\u2003", ":", "comment", "Comments", "relatedPosts", "storyContent", "hide");

    @Test
    void roleTokensAndHiddenClassesAsTheStringPathsFindThem() {
        Random random = new Random(20261122);
        AttributeReader.Attrs attrs = new AttributeReader.Attrs();
        for (int n = 0; n < 200_000; n++) {
            StringBuilder value = new StringBuilder();
            int parts = random.nextInt(6);
            for (int i = 0; i < parts; i++) {
                value.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String v = value.toString();
            assertThat(AttributeReader.bestToken(v, null)).as("tokens of '%s'", v)
                    .isEqualTo(AttributeReader.bestTokenOfStrings(v, null));
            assertThat(AttributeReader.hiddenClass(v)).as("hidden class in '%s'", v)
                    .isEqualTo(AttributeReader.hiddenClassOfStrings(v));
            attrs.scanClass(v);
            assertThat(attrs.hiddenByClass()).as("one scan: hidden class in '%s'", v)
                    .isEqualTo(AttributeReader.hiddenClassOfStrings(v));
            assertThat(attrs.scannedToken()).as("one scan: tokens of '%s'", v)
                    .isEqualTo(AttributeReader.bestTokenOfStrings(v, null));
        }
    }

    @Test
    void asciiTableFindsExactlyItsKeysIgnoringAsciiCase() {
        AsciiTable table = new AsciiTable(List.of("nav", "sr-only", "a11y-hidden"));
        assertThat(table.indexOf("x NAV y", 2, 5)).isEqualTo(0);
        assertThat(table.indexOf("Sr-Only", 0, 7)).isEqualTo(1);
        assertThat(table.indexOf("a11y-hidden", 0, 11)).isEqualTo(2);
        assertThat(table.indexOf("navs", 0, 4)).isEqualTo(-1);
        assertThat(table.indexOf("na", 0, 2)).isEqualTo(-1);
        assertThat(table.indexOf("", 0, 0)).isEqualTo(-1);
    }

    @Test
    void jsonLdScriptsAreReadInDocumentOrderWhereverTheWalkSkipsThem() {
        String html = "<html><head><title>T</title><script type=\"application/ld+json\">{\"author\": \"Head\"}</script>"
                + "</head><body><p>text</p><div hidden><script type=\"application/ld+json\">{\"headline\": \"One\"}</script></div>"
                + "<script type=\"APPLICATION/LD+JSON \">{\"headline\": \"Two\", \"author\": \"Bob\"}</script>"
                + "<svg><script type=\"application/ld+json\">{\"datePublished\": \"2020\"}</script></svg>"
                + "<br><template><script type=\"application/ld+json\">{\"publisher\": {\"name\": \"Site\"}}</script></template>"
                + "</body></html>";
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        Metadata whole = MetadataReader.read(doc);
        assertThat(whole.headline()).contains("One");
        assertThat(whole.author()).contains("Head");
        assertThat(whole.published()).contains("2020");
        assertThat(whole.siteName()).contains("Site");
        assertThat(HtmlSegmenter.segment(doc, false).metadata()).isEqualTo(whole);
        assertThat(HtmlSegmenter.segment(doc, true).metadata()).isEqualTo(whole);
    }

    @Test
    void attributeNamesCompareAsEqualsIgnoreCase() {
        for (String name : List.of("id", "type", "role", "class", "style", "hidden", "itemprop")) {
            for (String key : List.of(name, name.toUpperCase(java.util.Locale.ROOT), "Xx", "@d", "i\u0130", "\u0130d",
                    "\u0131d", "\u017Ftyle", "ſTYLE", "cla\u017F\u017F", "clasS", "hidde\u212A", "itemPROP", "i{", "I[",
                    "ROLE", "rol\u00C9", "typ`", "\u212Aid")) {
                if (key.length() == name.length()) {
                    assertThat(AttributeReader.Attrs.named(key, name)).as("%s ~ %s", key, name)
                            .isEqualTo(key.equalsIgnoreCase(name));
                }
            }
        }
    }
}
