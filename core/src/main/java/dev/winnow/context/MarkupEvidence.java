package dev.winnow.context;

import dev.winnow.Label;
import dev.winnow.classify.Assessment;
import dev.winnow.classify.Assessment.Quality;
import dev.winnow.read.Structure;
import dev.winnow.read.Structure.Hint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jsoup.nodes.Element;

/**
 * What the markup of one HTML page adds to the same two passes that read a text dump. It never
 * replaces a text rule: in the first pass it decides only lines no data rule decided, and only on
 * strong evidence (a {@code <figcaption>}, a byline class); in the second it shifts a line's weight in
 * the search for the article region and names the role of boilerplate lines inside it.
 *
 * <p>Markup is weighed against the text it holds: an element named like chrome (a {@code <nav>},
 * class {@code content-nav-section}) whose lines are mostly prose, and which holds nearly all the
 * page's prose, is not taken for chrome, unless its name is a strong token (comments are prose too).
 */
public final class MarkupEvidence {
    /** A caption by markup has at most this many words. */
    static final int CAPTION_MAX_WORDS = 80;
    /** A line whose link density is at least this is all link. */
    static final double ALL_LINK = 0.9;
    /** A credit or byline by markup has at most this many words. */
    static final int CREDIT_MAX_WORDS = 25;
    /** An ad by markup has at most this many words. */
    static final int AD_MAX_WORDS = 80;
    /** A line with at least this share of its characters in links is a link, not text. */
    static final double LINK_DENSITY = 0.5;
    /** Region weight of a line in page chrome, before its own positive weight is turned against it. */
    static final double CHROME_WEIGHT = -6;
    /** Region weight of a short line that is mostly a link. */
    static final double LINK_WEIGHT = -3;
    /** Region weight at least of a short line inside {@code <article>}, {@code <main>} or an element whose class names content. */
    static final double ARTICLE_SHORT_WEIGHT = 0.5;
    /** A data-table row shorter than this is weighed as a short line, a longer one as a list. */
    static final int ROW_SHORT_CHARS = 70;
    /** Region weight of a data-table row at least: tables are often part of an article. */
    static final double ROW_WEIGHT = -0.5;
    /** A weak marker whose lines hold at least this many characters of prose ... */
    static final int PROSE_MIN_CHARS = 400;
    /** ... making up at least this share of its characters ... */
    static final double PROSE_MIN_SHARE = 0.5;
    /**
     * ... and at least this many times the prose outside every marker holds content, whatever its name:
     * the page keeps its prose there. Where an article stands outside the markers, prose in a weak
     * marker (a long comment, a related story's summary) stays chrome.
     */
    static final double PROSE_OVER_FREE = 10;

    private final List<Structure> structures;
    /** Per line: the markup places it in chrome. */
    private final boolean[] chrome;
    /** Per line: the role hint that counts, or null. */
    private final Hint[] hints;

    private MarkupEvidence(List<Structure> structures, boolean[] chrome, Hint[] hints) {
        this.structures = structures;
        this.chrome = chrome;
        this.hints = hints;
    }

    /** Weighs the markup of a page against its lines' own assessments (before markup decided any). */
    public static MarkupEvidence of(List<Assessment> lines, List<Structure> structures) {
        int markers = 0;
        for (Structure s : structures) {
            markers = Math.max(markers, s.marker() + 1);
        }
        // per marker: the characters of its lines, and those of its prose lines
        int[] chars = new int[markers];
        int[] proseChars = new int[markers];
        int free = 0; // prose outside every marker
        for (int i = 0; i < lines.size(); i++) {
            int marker = structures.get(i).marker();
            if (marker < 0) {
                Assessment a = lines.get(i);
                if (a.quality() == Quality.GOOD || (a.quality() == Quality.NEAR && a.features().terminal())) {
                    free += a.features().chars();
                }
            } else {
                Assessment a = lines.get(i);
                chars[marker] += a.features().chars();
                if (a.quality() == Quality.GOOD || (a.quality() == Quality.NEAR && a.features().terminal())) {
                    proseChars[marker] += a.features().chars();
                }
            }
        }
        int n = lines.size();
        boolean[] chrome = new boolean[n];
        Hint[] hints = new Hint[n];
        for (int i = 0; i < n; i++) {
            Structure s = structures.get(i);
            int m = s.marker();
            boolean content = m >= 0 && !s.strong() && proseChars[m] >= PROSE_MIN_CHARS
                    && proseChars[m] >= PROSE_MIN_SHARE * chars[m] && proseChars[m] >= PROSE_OVER_FREE * free;
            chrome[i] = !content && s.chrome();
            Hint hint = s.localHint();
            hints[i] = content && hint != Hint.BODY ? null : hint;
        }
        return new MarkupEvidence(structures, chrome, hints);
    }

    /** The first pass revised: a line no data rule decided may be decided by strong markup. */
    public List<Assessment> assess(List<Assessment> lines) {
        List<Assessment> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(assess(i, lines.get(i)));
        }
        return out;
    }

    private Assessment assess(int i, Assessment a) {
        Structure s = structures.get(i);
        if (s.in(Structure.IN_DATA_ROW) && a.decided() && a.section() == null) {
            Quality shape = a.features().chars() < ROW_SHORT_CHARS ? Quality.SHORT : Quality.LOW;
            return new Assessment(shape, null, null, a.features(), "table.row",
                    "a row of a data table (not " + a.rule() + ")");
        }
        if (a.quality() == Quality.BLANK || a.decided()) {
            return a;
        }
        int words = a.features().words();
        Hint hint = hints[i];
        if (hint == Hint.CREDIT && words <= CREDIT_MAX_WORDS && s.in(Structure.IN_FIGCAPTION)) {
            // a credit element inside a caption (<span class="credit">)
            return decided(a, Label.CREDIT, "credit.markup", "credit by " + s.hintReason() + " in a caption");
        }
        if (s.in(Structure.IN_FIGCAPTION) && words <= CAPTION_MAX_WORDS) {
            return decided(a, Label.CAPTION, "caption.markup", "in <figcaption>");
        }
        if (hint == Hint.CAPTION && words <= CAPTION_MAX_WORDS) {
            return decided(a, Label.CAPTION, "caption.markup", "caption by " + s.hintReason());
        }
        if (hint == Hint.CREDIT && words <= CREDIT_MAX_WORDS) {
            return decided(a, Label.CREDIT, "credit.markup", "credit by " + s.hintReason());
        }
        if (hint == Hint.AD && words <= AD_MAX_WORDS) {
            return decided(a, Label.AD, "ad.markup", "promotion by " + s.hintReason());
        }
        return a;
    }

    private static Assessment decided(Assessment a, Label label, String rule, String reason) {
        return new Assessment(Quality.RULE, label, null, a.features(), rule, reason);
    }

    /** The second pass: line {@code i}'s region weight {@code w} shifted by where the line stands. */
    double weight(int i, double w, Assessment a, boolean strict) {
        if (a.quality() == Quality.BLANK || a.quality() == Quality.RULE) {
            return w;
        }
        Structure s = structures.get(i);
        if (chrome[i]) {
            return CHROME_WEIGHT - 0.5 * Math.max(0, w);
        }
        if (s.linkDensity() >= LINK_DENSITY && (strict || !s.in(Structure.IN_LIST))) {
            return LINK_WEIGHT - 0.3 * Math.max(0, w);
        }
        if (s.in(Structure.IN_DATA_ROW)) {
            return Math.max(w, ROW_WEIGHT);
        }
        if ((s.in(Structure.IN_ARTICLE) || s.hint() == Hint.BODY) && (a.quality() == Quality.SHORT || a.quality() == Quality.LOW)) {
            return Math.max(w, ARTICLE_SHORT_WEIGHT);
        }
        return w;
    }

    /**
     * Which lines outside the article region are prose of the element that holds the region (the
     * innermost element holding its first and last line, when that is not the page's body): an
     * introduction or a closing paragraph cut off by a figure or a table of contents. Null when the
     * region has no such element.
     */
    IntPredicate proseInContainer(int[] region, List<Assessment> lines) {
        if (region[0] > region[1]) {
            return null;
        }
        Element lca = commonAncestor(structures.get(region[0]).block(), structures.get(region[1]).block());
        if (lca == null || lca.normalName().equals("body") || lca.normalName().equals("html")) {
            return null;
        }
        return i -> {
            Assessment a = lines.get(i);
            boolean prose = a.quality() == Quality.GOOD || a.quality() == Quality.NEAR;
            return prose && !chrome[i] && !linked(i) && descends(structures.get(i).block(), lca);
        };
    }

    private static Element commonAncestor(Element a, Element b) {
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = a; e != null; e = e.parent()) {
            seen.add(e);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (seen.contains(e)) {
                return e;
            }
        }
        return null;
    }

    private static boolean descends(Element e, Element ancestor) {
        for (; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** True when line {@code i} stands in a figure: only there can the page's context make a line a caption. */
    boolean figure(int i) {
        return structures.get(i).in(Structure.IN_FIGURE | Structure.IN_FIGCAPTION);
    }

    /** True when the markup places line {@code i} in page chrome (and its prose does not outweigh that). */
    public boolean chrome(int i) {
        return chrome[i];
    }

    /** True when line {@code i} is mostly the text of links. */
    boolean linked(int i) {
        return structures.get(i).linkDensity() >= LINK_DENSITY;
    }

    /** True when line {@code i} is the page's {@code <h1>}. */
    boolean h1(int i) {
        return structures.get(i).in(Structure.IN_H1);
    }

    /** The label of undecided line {@code i} inside the article region when the markup places it in chrome, or null. */
    ContextPass.Decision insideRegion(int i) {
        if (!chrome[i]) {
            return null;
        }
        Structure s = structures.get(i);
        Hint hint = hints[i];
        String why = hint != null && hint != Hint.BODY ? s.hintReason() : "<" + s.path() + ">";
        Label label = hint == Hint.AD ? Label.AD : Label.NAVIGATION;
        return new ContextPass.Decision(label, 0.6, label.id() + ".markup", "page chrome: " + why);
    }

    /** The label of undecided line {@code i} outside the article region when its markup names a role, or null. */
    ContextPass.Decision outsideRegion(int i) {
        Hint hint = hints[i];
        if (hint == Hint.AD || hint == Hint.CREDIT) {
            return new ContextPass.Decision(hint.label, 0.6, hint.label.id() + ".markup",
                    "outside the article region, " + structures.get(i).hintReason());
        }
        return null;
    }

    /**
     * The label of line {@code i}, a caption by markup outside the article region, when it is all link: the
     * picture title of a teaser (related, most read), which is navigation by LABELS.md; else null.
     */
    ContextPass.Decision teaserCaption(int i) {
        Structure s = structures.get(i);
        if (!s.in(Structure.IN_FIGCAPTION) || s.linkDensity() < ALL_LINK) {
            return null;
        }
        return new ContextPass.Decision(Label.NAVIGATION, 0.6, "navigation.teaser-caption",
                "a caption that is all link, outside the article region: a teaser's picture title");
    }
}
