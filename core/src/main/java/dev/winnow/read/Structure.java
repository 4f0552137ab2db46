package dev.winnow.read;

import dev.winnow.Label;
import org.jsoup.nodes.Element;

/**
 * Where a line of an HTML page stands: the evidence the markup adds to the line's own text. Lines of
 * a text dump have no structure.
 *
 * @param block       the innermost block element that holds the line
 * @param marker      the innermost element that set a chrome flag or a role hint other than body, known by
 *                    its number among the page's markers (0, 1, ...), or -1
 * @param strong      true when the marker is a strong class token (comments, captions, bylines): not
 *                    outweighed by the prose inside it
 * @param flags       the page regions the line lies in, a set of the {@code IN_*} bits (inherited
 *                    from every ancestor)
 * @param linkDensity the share of the line's visible characters inside links
 * @param hint        the role the nearest class, id or ARIA token names, or {@code null}
 * @param hintReason  what named the hint, e.g. {@code class token 'byline'}
 * @param markerShare the share of the page's characters held by the marker; 0 when there is none. A marker that holds most
 *                    of the page (a form around everything) says nothing about the line.
 */
public record Structure(Element block, int marker, boolean strong, int flags, double linkDensity, Hint hint, String hintReason, double markerShare) {
    /** A chrome flag or role hint counts only when its element holds at most this share of the page's text. */
    static final double MARKER_MAX_SHARE = 0.5;
    /** Inside {@code <nav>} or {@code role=navigation}. */
    public static final int IN_NAV = 1;
    /** Inside {@code <aside>} or {@code role=complementary}. */
    public static final int IN_ASIDE = 1 << 1;
    /** Inside {@code <footer>} or {@code role=contentinfo}. */
    public static final int IN_FOOTER = 1 << 2;
    /** Inside {@code <header>} or {@code role=banner}. */
    public static final int IN_HEADER = 1 << 3;
    /** Inside {@code <form>}, a search box or a dialog. */
    public static final int IN_FORM = 1 << 4;
    /** Inside {@code <figure>}, {@code <picture>} or {@code <video>}. */
    public static final int IN_FIGURE = 1 << 5;
    /** Inside {@code <figcaption>} or a table {@code <caption>}. */
    public static final int IN_FIGCAPTION = 1 << 6;
    /** A heading {@code <h1>}…{@code <h6>}. */
    public static final int IN_HEADING = 1 << 7;
    /** The page's {@code <h1>}. */
    public static final int IN_H1 = 1 << 8;
    /** A list item. */
    public static final int IN_LIST = 1 << 9;
    /** A table cell. */
    public static final int IN_TABLE = 1 << 10;
    /** Preformatted text or code. */
    static final int IN_CODE = 1 << 11;
    /** Inside {@code <article>}, {@code <main>}, {@code role=main|article} or {@code itemprop=articleBody}. */
    public static final int IN_ARTICLE = 1 << 12;
    /** Inside {@code <noscript>}: shown only when scripts are off. */
    static final int IN_NOSCRIPT = 1 << 13;
    /** Inside {@code <blockquote>}. */
    public static final int IN_QUOTE = 1 << 14;
    /** Inside {@code <p>}. */
    public static final int IN_PARAGRAPH = 1 << 15;
    /** A whole row of a data table: cells that hold no block, joined by tabs. */
    public static final int IN_DATA_ROW = 1 << 16;

    /** The roles a class, id or ARIA token can name. */
    public enum Hint {
        BODY(Label.BODY), CAPTION(Label.CAPTION), CREDIT(Label.CREDIT), AD(Label.AD), NAVIGATION(Label.NAVIGATION);

        public final Label label;

        Hint(Label label) {
            this.label = label;
        }
    }

    public boolean in(int flag) {
        return (flags & flag) != 0;
    }

    /** True when the markup places the line in page chrome: navigation, sidebars, footers, forms. */
    public boolean chrome() {
        if (markerShare > MARKER_MAX_SHARE) {
            return false;
        }
        if (in(IN_NAV | IN_ASIDE | IN_FORM)) {
            return true;
        }
        if (in(IN_FOOTER | IN_HEADER) && !in(IN_ARTICLE)) {
            return true;
        }
        return hint == Hint.NAVIGATION || hint == Hint.AD;
    }

    /** The role hint when its element is local enough to count, else null. */
    public Hint localHint() {
        return hint == Hint.BODY || markerShare <= MARKER_MAX_SHARE ? hint : null;
    }

    /** The tag of the line's block and up to three ancestors, innermost last, e.g. {@code article>div>p}. */
    public String path() {
        StringBuilder out = new StringBuilder(block.tagName());
        Element e = block.parent();
        for (int i = 0; i < 3 && e != null && !e.tagName().equals("body") && !e.tagName().equals("#root"); i++) {
            out.insert(0, e.tagName() + ">");
            e = e.parent();
        }
        return out.toString();
    }
}
