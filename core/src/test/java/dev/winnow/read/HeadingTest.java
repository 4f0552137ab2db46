package dev.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Metadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The headline of an HTML page: its one visible {@code <h1>} when it shares a word with the declared title
 * (or the page declares none), else the declared title ({@link MetadataReader#withHeading}).
 */
class HeadingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", value = {
        // the visible heading over a title rewritten for search engines
        "<title>Top Trends For 2026 | Site</title> ~ <h1>Top 10 Trends to Watch</h1><p>Text.</p> ~ Top 10 Trends to Watch",
        // a heading that names the site or a section, with no word of the declared title
        "<title>Progress Report #39</title> ~ <h1>Our Blog</h1><p>Text.</p> ~ Progress Report #39",
        // no declared title: the heading
        "<meta charset=utf-8> ~ <h1>Only A Heading</h1><p>Text.</p> ~ Only A Heading",
        // two headings: neither is the headline
        "<title>Declared Words</title> ~ <h1>Declared One</h1><p>x</p><h1>Declared Two</h1> ~ Declared Words",
        // a hidden heading is not seen
        "<title>Declared Words</title> ~ <h1 hidden>Declared Hidden</h1><p>x</p> ~ Declared Words",
        // a heading cut in lines by <br> is one heading
        "<title>A Long Headline</title> ~ <h1>A Long<br>Headline Here</h1><p>x</p> ~ A Long Headline Here",
    })
    void theHeadlineIsTheOneVisibleHeadingThatSharesAWordWithTheDeclaredTitle(String head, String body, String expected) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        Metadata metadata = HtmlSegmenter.segment(Jsoup.parse(html)).metadata();
        assertThat(metadata.headline()).contains(expected);
    }
}
