package dev.winnow;

import dev.winnow.Assessment.Quality;
import dev.winnow.Structure.Hint;

/**
 * What the markup of an HTML page adds to the same two passes that read a text dump. It never
 * replaces a text rule: in the first pass it decides only lines no data rule decided, and only on
 * strong evidence (a {@code <figcaption>}, a byline class); in the second it shifts a line's weight in
 * the search for the article region and names the role of boilerplate lines inside it.
 */
final class MarkupEvidence {
    /** A caption by markup has at most this many words. */
    static final int CAPTION_MAX_WORDS = 80;
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
    /** Region weight of a short line inside the page's {@code <article>} or {@code <main>}. */
    static final double ARTICLE_SHORT_WEIGHT = 0.5;

    private MarkupEvidence() {
    }

    /** The first pass: a line no data rule decided may be decided by strong markup. */
    static Assessment assess(Assessment a, Structure s) {
        if (s == null || a.quality() == Quality.BLANK || a.decided()) {
            return a;
        }
        int words = a.features().words();
        if (s.in(Structure.IN_FIGCAPTION) && words <= CAPTION_MAX_WORDS) {
            return decided(a, Label.CAPTION, "caption.markup", "in <figcaption>");
        }
        Hint hint = s.localHint();
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

    /** The second pass: a line's region weight {@code w} shifted by where the line stands. */
    static double weight(double w, Assessment a, Structure s) {
        if (s == null || a.quality() == Quality.BLANK || a.quality() == Quality.RULE) {
            return w;
        }
        if (s.chrome()) {
            return CHROME_WEIGHT - 0.5 * Math.max(0, w);
        }
        if (s.linkDensity() >= LINK_DENSITY) {
            return LINK_WEIGHT - 0.3 * Math.max(0, w);
        }
        if (s.in(Structure.IN_ARTICLE) && (a.quality() == Quality.SHORT || a.quality() == Quality.LOW)) {
            return Math.max(w, ARTICLE_SHORT_WEIGHT);
        }
        return w;
    }

    /** The label of an undecided line inside the article region that the markup places in chrome, or null. */
    static ContextPass.Decision insideRegion(Structure s) {
        if (s == null) {
            return null;
        }
        if (s.chrome()) {
            Hint hint = s.localHint();
            String why = hint != null && hint != Hint.BODY ? s.hintReason() : "<" + s.path() + ">";
            Label label = hint == Hint.AD ? Label.AD : Label.NAVIGATION;
            return new ContextPass.Decision(label, 0.6, label.id() + ".markup", "page chrome: " + why);
        }
        return null;
    }

    /** The label of an undecided line outside the article region when its markup names a role, or null. */
    static ContextPass.Decision outsideRegion(Structure s) {
        if (s == null) {
            return null;
        }
        Hint hint = s.localHint();
        if (hint == Hint.AD || hint == Hint.CREDIT) {
            return new ContextPass.Decision(hint.label, 0.6, hint.label.id() + ".markup",
                    "outside the article region, " + s.hintReason());
        }
        return null;
    }
}
