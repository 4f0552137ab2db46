package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTML path: segmentation into reader lines, markup evidence, metadata, charset detection. */
class HtmlCleanerTest {
    private final Cleaner cleaner = new Cleaner();

    private static final String PROSE = "The council voted on Tuesday to keep the old bridge open for another year, "
            + "while engineers finish a survey of its foundations and the city looks for the money to repair it. ";

    /** Three paragraphs of prose, each different (a copy of a long line is not more text). */
    private static final String THREE_PARAGRAPHS = "<p>" + PROSE + "</p><p>" + PROSE.replace("Tuesday", "Monday")
            + "</p><p>" + PROSE.replace("Tuesday", "Friday") + "</p>";
    /** A short article: a headline and {@link #THREE_PARAGRAPHS}. */
    private static final String ARTICLE = "<article><h1>Bridge stays open</h1>" + THREE_PARAGRAPHS + "</article>";

    private static String page(String body) {
        return "<!doctype html><html><head><title>T</title></head><body>" + body + "</body></html>";
    }

    private static List<String> texts(Result result) {
        return result.lines().stream().map(Line::text).toList();
    }

    @Test
    void blocksBreaksListItemsAndLayoutCellsEachStartALine() {
        Result r = cleaner.clean(page("<div>one <b>two</b></div><p>three<br>four</p><ul><li>five</li><li>six</li></ul>"
                + "<table><tr><td><p>seven</p></td><td><div>eight</div></td></tr></table>"), "");
        assertThat(texts(r)).containsExactly("one two", "three", "four", "five", "six", "seven", "eight");
    }

    @Test
    void aRowOfADataTableIsOneLineWithItsCellsSeparatedByTabs() {
        Result r = cleaner.clean(page("<table><tr><th>Date</th><th>Change</th></tr>"
                + "<tr><td> 1/1/2013 </td><td><b>+13.1%</b></td></tr><tr><td>alone</td></tr></table>"), "");
        assertThat(texts(r)).containsExactly("Date\tChange", "1/1/2013\t+13.1%", "alone");
        assertThat(r.lines().get(1).rule()).isNotEqualTo("navigation.number-only");
    }

    @Test
    void scriptsStylesTemplatesCommentsAndHiddenElementsNeverBecomeLines() {
        Result r = cleaner.clean(page("<script>var x = 1;</script><style>p { color: red }</style>"
                + "<template><p>template</p></template><!-- a comment --><p hidden>hidden</p>"
                + "<p style=\"display: none\">none</p><p class=\"sr-only\">screen reader</p><p>seen</p>"), "");
        assertThat(texts(r)).containsExactly("seen");
    }

    @Test
    void noscriptTextIsKeptAsABrowserWithoutScriptsShowsIt() {
        Result r = cleaner.clean(page("<noscript>Please turn on JavaScript.</noscript><p>seen</p>"), "");
        assertThat(texts(r)).containsExactly("Please turn on JavaScript.", "seen");
    }

    @Test
    void whiteSpaceFoldsExceptInPre() {
        Result r = cleaner.clean(page("<p>  a \n\t b  </p><pre>x = 1\n  y = 2</pre>"), "");
        assertThat(texts(r)).containsExactly("a b", "x = 1", "y = 2");
    }

    @Test
    void theArticleIsFoundAndNavigationFigureCaptionsAndBylinesGetTheirRoles() {
        String html = page("<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>"
                + "<article><h1>Bridge stays open</h1><p class=byline>By Ann Lee</p>"
                + "<p>" + PROSE + "</p><figure><img src=a.jpg><figcaption>The old bridge at dawn.</figcaption></figure>"
                + "<p>" + PROSE + PROSE + "</p></article>"
                + "<footer><p>Copyright 2026 The Town Paper. All rights reserved.</p></footer>");
        Result r = cleaner.clean(html, "https://example.org/bridge");
        assertThat(r.title()).contains("Bridge stays open");
        assertThat(label(r, "Home")).isEqualTo(Label.NAVIGATION);
        assertThat(label(r, "By Ann Lee")).isEqualTo(Label.CREDIT);
        assertThat(label(r, "The old bridge at dawn.")).isEqualTo(Label.CAPTION);
        assertThat(label(r, "Copyright 2026 The Town Paper. All rights reserved.")).isEqualTo(Label.NAVIGATION);
        assertThat(r.text()).isEqualTo(PROSE.strip() + "\n\n" + (PROSE + PROSE).strip());
        assertThat(r.lines()).allSatisfy(line -> assertThat(line.rule()).isNotBlank());
    }

    @Test
    void aCreditElementInsideACaptionIsACredit() {
        String html = page("<article><h1>Bridge stays open</h1><p>" + PROSE + "</p><figure><img src=a.jpg><figcaption>"
                + "<div class=caption-text>The old bridge at dawn.</div><div class=caption-credit>Serious Eats</div>"
                + "</figcaption></figure><figure><img src=b.jpg><figcaption><p>The new bridge at dusk.</p>"
                + "<p class=credit>Town Archive</p></figcaption></figure><p>" + PROSE + PROSE + "</p></article>");
        Result r = cleaner.clean(html, "https://example.org/bridge");
        assertThat(label(r, "The old bridge at dawn.")).isEqualTo(Label.CAPTION);
        // class tokens 'caption' and 'credit': the credit, the narrower role, wins (html/tokens.tsv)
        assertThat(label(r, "Serious Eats")).isEqualTo(Label.CREDIT);
        assertThat(label(r, "The new bridge at dusk.")).isEqualTo(Label.CAPTION);
        assertThat(label(r, "Town Archive")).isEqualTo(Label.CREDIT);
    }

    @ParameterizedTest
    @CsvSource({"figure-article-caption-owner", "image-attribution", "attribution"})
    void theOwnerOrAttributionOfAPictureInItsCaptionIsACredit(String cls) {
        String html = page("<article><h1>Bridge stays open</h1><p>" + PROSE + "</p><figure><img src=a.jpg><figcaption>"
                + "<span class=figure-article-caption-text>The old bridge at dawn.</span> <span class=" + cls
                + "><p>Town Archive</p></span></figcaption></figure><p>" + PROSE + PROSE + "</p></article>");
        Result r = cleaner.clean(html, "https://example.org/bridge");
        assertThat(label(r, "The old bridge at dawn.")).isEqualTo(Label.CAPTION);
        assertThat(label(r, "Town Archive")).isEqualTo(Label.CREDIT);
    }

    @Test
    void aWeakClassTokenOnAWrapperOfProseDoesNotHideTheArticle() {
        String html = page("<div class=\"content-nav-section\"><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE
                + "</p></div>");
        assertThat(cleaner.clean(html, "").text()).contains("The council voted");
    }

    @Test
    void longCommentsAfterAnArticleStayOutButAThreadOfCommentsIsTheContent() {
        String reply = "I read the survey last spring and the foundations were in far worse shape than the council "
                + "admits, so another year of traffic seems a gamble to me and to most of my neighbours. ";
        String comments = "<div id=comments><div class=comment><p>" + reply + reply + reply + "</p></div>"
                + "<div class=comment><p>" + reply + reply + "</p></div></div>";
        Result article = cleaner.clean(page("<article><h1>Bridge stays open</h1><p>" + PROSE + "</p><p>" + PROSE
                + PROSE + "</p></article>" + comments), "");
        assertThat(article.text()).contains("The council voted").doesNotContain("I read the survey");
        assertThat(label(article, (reply + reply + reply).strip())).isEqualTo(Label.NAVIGATION);

        Result thread = cleaner.clean(page("<h1>Is the old bridge safe?</h1>" + comments), "");
        assertThat(thread.text()).contains("I read the survey");
    }

    @Test
    void commentsWithARepeatedReplyLinkAreNotTakenForAListOfRecords() {
        StringBuilder comments = new StringBuilder("<div id=comments>");
        for (int i = 0; i < 12; i++) {
            comments.append("<div class=comment><p>Reader ").append(i).append(" says</p><p>")
                    .append("I crossed that bridge every morning for ").append(20 + i).append(" years and never once felt it move, ")
                    .append("but I still think the survey should be published before the vote.</p>")
                    .append("<p><a href=#reply>Reply</a></p></div>");
        }
        Result r = cleaner.clean(page("<article><h1>Bridge stays open</h1><p>" + PROSE + "</p><p>" + PROSE
                + "</p><p>" + PROSE + "</p></article>" + comments + "</div>"), "");
        assertThat(r.text()).contains("The council voted").doesNotContain("I crossed that bridge");
    }

    @Test
    void linkedTitlesCountHalfTowardAListOfRecords() {
        StringBuilder shop = new StringBuilder("<section>");
        for (int i = 1; i <= 30; i++) {
            shop.append("<div><a href=/p").append(i).append(">Survey kit for bridge inspectors, model ").append(i)
                    .append("</a></div><div>Price: ").append(i + 10).append(".99</div><div>Add to basket</div>");
        }
        Result r = cleaner.clean(page(ARTICLE + shop + "</section>"), "");
        assertThat(r.text()).contains("The council voted on Friday").doesNotContain("Survey kit");
    }

    @Test
    void aLongArchiveOfLinkedTitlesDoesNotOutweighAShortArticle() {
        StringBuilder archive = new StringBuilder("<ul>");
        for (int i = 1; i <= 50; i++) {
            archive.append("<li><a href=/p").append(i).append(">What the council decided about bridge number ")
                    .append(i).append(" this year</a></li>");
        }
        Result r = cleaner.clean(page(ARTICLE + archive + "</ul>"), "");
        assertThat(r.text()).contains("The council voted on Friday").doesNotContain("bridge number");
    }

    @Test
    void aPageThatScriptsRevealIsReadWithItsHiddenElements() {
        String html = page("<div class=\"root hide\">" + THREE_PARAGRAPHS + "</div>");
        assertThat(cleaner.clean(html, "").text()).contains("The council voted");
    }

    @Test
    void metadataComesFromJsonLdThenOpenGraphThenMetaTags() {
        String html = "<html><head><title>Site title</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge \\\"stays\\\" open\","
                + "\"datePublished\":\"2026-01-02\",\"author\":{\"@type\":\"Person\",\"name\":\"Ann Lee\"}}</script>"
                + "<meta property=\"og:site_name\" content=\"The Town Paper\"></head><body><p>x</p></body></html>";
        Metadata m = cleaner.clean(html, "").metadata();
        assertThat(m.headline()).contains("Bridge \"stays\" open");
        assertThat(m.published()).contains("2026-01-02");
        assertThat(m.author()).contains("Ann Lee");
        assertThat(m.siteName()).contains("The Town Paper");
        assertThat(cleaner.clean("just text").metadata()).isEqualTo(Metadata.NONE);
    }

    @Test
    void bytesAreDecodedByTheirMetaCharset() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>café – naïve</p></body></html>";
        Result r = cleaner.clean(html.getBytes(Charset.forName("windows-1252")), "");
        assertThat(texts(r)).containsExactly("café – naïve");
        Result utf8 = cleaner.clean("<p>café</p>".getBytes(StandardCharsets.UTF_8), "");
        assertThat(texts(utf8)).containsExactly("café");
    }

    @Test
    void malformedAndEmptyPagesGiveAResult() {
        assertThat(cleaner.clean("", "").lines()).isEmpty();
        assertThat(texts(cleaner.clean("<p>open <b>bold <i>both</p><div>after", ""))).containsExactly(
                "open bold both", "after");
    }

    @Test
    void theParsedDocumentIsNotChanged() {
        Document doc = Jsoup.parse(page("<p>" + PROSE + "</p><script>x()</script>"));
        String before = doc.outerHtml();
        cleaner.clean(doc);
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    private static Label label(Result r, String text) {
        return r.lines().stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow().label();
    }

    @Test
    void aCaptionThatIsAllLinkOutsideTheArticleIsATeaserNotACaption() {
        String html = page(ARTICLE.replace("</p></article>", "</p><figure><img src=a.jpg><figcaption>The old bridge at dawn."
                + "</figcaption></figure></article>")
                + "<section><h2>More news</h2><figure><img src=b.jpg><figcaption><a href=/ferry>A new ferry line opens on"
                + " the river next spring</a></figcaption></figure></section>");
        Result r = cleaner.clean(html, "https://example.org/bridge");
        assertThat(label(r, "The old bridge at dawn.")).isEqualTo(Label.CAPTION);
        assertThat(label(r, "A new ferry line opens on the river next spring")).isEqualTo(Label.NAVIGATION);
    }

    @ParameterizedTest
    @CsvSource({"cta-box", "wp-block-cta", "hs-cta-wrapper"})
    void aCallToActionBoxIsAnAd(String cls) {
        Result r = cleaner.clean(page(ARTICLE.replace("</p></article>", "</p><div class=" + cls
                + "><p>Monitor your brand with our tool</p><p>Start your trial today</p></div></article>")), "");
        assertThat(label(r, "Monitor your brand with our tool")).isEqualTo(Label.AD);
        assertThat(label(r, "Start your trial today")).isEqualTo(Label.AD);
    }

    @Test
    void creditAndAdMarkupNameTheRoleOfTheirLines() {
        // the credits stand under the headline, where a page puts its byline (a lone date after an article is as
        // often a teaser's, which is navigation by LABELS.md)
        Result r = cleaner.clean(page(ARTICLE.replace("</h1>", "</h1><p><span itemprop=\"author\">Jane Roe</span></p>"
                + "<p><a rel=\"author\" href=\"/jr\">J. Roe</a></p><p><time datetime=\"2019-11-19\">Nov 19, 2019</time></p>"
                + "<address>Jane Roe, Daily Times</address>")
                + "<div data-ad-slot=\"12\">Great deals on cars near you</div><div aria-label=\"Advertisement\">Buy one get one free</div>"), "");
        assertThat(r.lines()).filteredOn(l -> l.text().equals("Jane Roe")).singleElement().extracting(Line::reason).asString()
                .contains("itemprop=author");
        assertThat(r.lines()).filteredOn(l -> l.text().equals("J. Roe")).singleElement().extracting(Line::reason).asString()
                .contains("rel=author");
        assertThat(r.lines()).filteredOn(l -> l.text().equals("Nov 19, 2019")).singleElement().extracting(Line::label)
                .isEqualTo(Label.CREDIT);
        assertThat(r.lines()).filteredOn(l -> l.text().startsWith("Jane Roe, Daily")).singleElement().extracting(Line::label)
                .isEqualTo(Label.CREDIT);
        assertThat(r.lines()).filteredOn(l -> l.text().startsWith("Great deals")).singleElement().extracting(Line::label)
                .isEqualTo(Label.AD);
        assertThat(r.lines()).filteredOn(l -> l.text().startsWith("Buy one")).singleElement().extracting(Line::label)
                .isEqualTo(Label.AD);
    }
}
