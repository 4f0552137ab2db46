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
    private static final String LONG = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help Four Readers Find Solutions";

    @org.junit.jupiter.api.Test
    void aStructuredHeadlineCutAtItsLimitGivesWayToTheWholeOgTitle() {
        String cut = LONG + " (Including";
        String whole = LONG + " (Including One Trick)";
        String html = "<html><head><script type='application/ld+json'>{\"headline\":\"" + cut + "\"}</script>"
                + "<meta property='og:title' content='" + whole + "'></head><body><p>x</p></body></html>";
        assertThat(HtmlSegmenter.segment(Jsoup.parse(html)).metadata().headline()).contains(whole);
        // a short one is whole: the og:title's addition is the site's
        String shortHtml = "<html><head><script type='application/ld+json'>{\"headline\":\"Best Earbuds\"}</script>"
                + "<meta property='og:title' content='Best Earbuds (of 500 Tested)'></head><body><p>x</p></body></html>";
        assertThat(HtmlSegmenter.segment(Jsoup.parse(shortHtml)).metadata().headline()).contains("Best Earbuds");
    }

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
        // a heading that is the site's name, the declared title's last part: the title's first part
        "<title>A brief intro to git • Jane Roe</title> ~ <h1>Jane Roe</h1><p>x</p> ~ A brief intro to git",
        // ... but the headline after a shorter site's name is the heading
        "<title>Acme | State of the bridge in 2026</title> ~ <h1>State of the bridge in 2026</h1><p>x</p> ~ State of the bridge in 2026",
        // og:title only the site's name, the heading whole in <title>
        "<title>Which lawnmower suits which lawn? | Acme</title><meta property='og:title' content='Acme'> ~ <h1>Which lawnmower suits which lawn?</h1><p>x</p> ~ Which lawnmower suits which lawn?",
    })
    void theHeadlineIsTheOneVisibleHeadingThatSharesAWordWithTheDeclaredTitle(String head, String body, String expected) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        Metadata metadata = HtmlSegmenter.segment(Jsoup.parse(html)).metadata();
        assertThat(metadata.headline()).contains(expected);
    }
}
