package dev.winnow.eval;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * A peer: Readability4J 1.0.8, a JVM port of Firefox's reader view (Readability.js), on the page's HTML
 * decoded as winnow decodes it ({@link BoilerpipeEngine#decode}), with the page's URL; the text of the
 * article it finds ({@code textContent}), empty when it finds none.
 */
public final class ReadabilityEngine implements Engine {
    @Override
    public String name() {
        return "readability";
    }

    @Override
    public String extract(Wcxb.Page page) {
        Article article = new Readability4J(page.url(), BoilerpipeEngine.decode(page.htmlBytes(), page.url())).parse();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}
