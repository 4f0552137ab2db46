package dev.winnow.context;

import dev.winnow.classify.Assessment;
import dev.winnow.classify.Assessment.Quality;
import dev.winnow.classify.RepeatKeys;
import dev.winnow.lexicon.Features;
import java.util.Arrays;
import java.util.List;

/**
 * The first step of the context pass: the article region. Each line gets a weight (prose counts for;
 * short lines, boilerplate and section headings against); the region is the run of lines with the largest
 * sum, grown over small gaps. When it holds too little text, or too small a share of the page's text, the
 * search is tried again with more permissive weights (the retry ladder, {@link Attempt}); when a line
 * repeats at regular intervals and the records between its repeats hold more than twice the region's
 * text, the records are the content. Stateless.
 */
public final class ArticleRegion {
    private ArticleRegion() {
    }

    /** Weight of a section heading that ends an article (comments, related stories): nothing crosses it. */
    static final double BARRIER_WEIGHT = -1_000;
    /** Weight of a line a data rule marked as boilerplate. */
    static final double RULE_WEIGHT = -8;
    /** Weight of a short line without sentence punctuation (menu item, button, heading). */
    static final double SHORT_WEIGHT = -3;
    /** Weight of a short line that reads as a sentence. */
    static final double SHORT_SENTENCE_WEIGHT = 1;
    /** Weight of a short line that looks like code or a list item: neutral, it may well be content. */
    static final double SHORT_CONTENT_WEIGHT = -0.5;
    /** Weight in the relaxed attempt of a short line of more than {@link #MENU_MAX_WORDS} words (a tagline, a feature). */
    static final double RELAXED_SHORT_WEIGHT = 0.5;
    /** Weight in the relaxed attempt of a short line of at most {@link #MENU_MAX_WORDS} words: as often a menu item as content. */
    static final double RELAXED_MENU_WEIGHT = -0.5;
    /** A short line of at most this many words reads like a menu item. */
    static final int MENU_MAX_WORDS = 3;
    /** Weight of a short line whose text appears more than once in the document (menus repeat). */
    static final double REPEATED_WEIGHT = -4;
    /**
     * When the region grows over a gap, the gap's negative weights count this much: text beyond a gap
     * joins the article when it outweighs this share of the gap.
     */
    static final double GAP_DISCOUNT = 0.4;
    /**
     * The gap discount of the relaxed attempt: on a page of short blocks (a landing page, a product page)
     * the content is broken by more short lines, and the region grows over them more readily.
     */
    static final double RELAXED_GAP_DISCOUNT = 0.2;
    /**
     * The strict attempt's region must hold at least this share of the text of the page's undecided,
     * unrepeated lines (of {@link #SHARE_MIN_WORDS} words or more); otherwise the page is not an article among chrome but a page of short blocks,
     * and the relaxed attempt follows.
     */
    static final double STRICT_MIN_SHARE = 0.25;
    /** Only lines of at least this many words count toward that share: menus of a word or three do not. */
    static final int SHARE_MIN_WORDS = 5;
    /** A line repeated at least this often can delimit the records of a list (products, posts). */
    static final int RECORD_MIN_REPEATS = 4;
    /** The records' median length, in visible lines, must lie between 2 and this. */
    static final int RECORD_MAX_LINES = 15;
    /**
     * Only lines of at least this many words count toward a list's text: a menu of names (places, sections,
     * a word or two each) repeats a label as regularly as a list of products or posts, but says nothing.
     */
    static final int RECORD_MIN_WORDS = 3;
    /** On an HTML page, the text of a line that is mostly a link counts this much toward a list of records: such a list is as often a menu as content. */
    static final double RECORD_LINK_SHARE = 0.5;

    /** The attempts of the retry ladder, most demanding first. */
    enum Attempt {
        STRICT, RELAXED, KEEP_ALL,
        /** Not tried in turn: a list of records delimited by a repeated line holds more text than the region. */
        RECORDS
    }

    /** The attempts tried in turn ({@link Attempt#RECORDS} is not one). */
    private static final List<Attempt> LADDER = List.of(Attempt.STRICT, Attempt.RELAXED, Attempt.KEEP_ALL);

    /** The region found (its first and last line; {@code from > to} when there is none) and the attempt that found it. */
    record Found(int[] region, Attempt attempt) {
    }

    /**
     * The article region of the lines; {@code repeated} marks the lines whose text repeats (and that head no
     * prose), {@code markup} is the HTML page's evidence or null for a text dump.
     */
    static Found find(List<Assessment> lines, RepeatKeys keys, boolean[] repeated, MarkupEvidence markup,
                      int minArticleChars) {
        return find(lines, keys, repeated, markup, minArticleChars, null);
    }

    /**
     * {@link #find} with a comment thread ({@link CommentThreads}, or null) the region may not enter; when
     * it is announced, a list of records that overlaps it is not taken for the content either.
     */
    static Found find(List<Assessment> lines, RepeatKeys keys, boolean[] repeated, MarkupEvidence markup,
                      int minArticleChars, CommentThreads.Thread thread) {
        int n = lines.size();
        int[] region = null;
        int[] relaxed = null;
        Attempt used = null;
        boolean[] code = codeBlocks(lines);
        for (Attempt attempt : LADDER) {
            if (attempt == Attempt.KEEP_ALL) {
                region = new int[] {0, n - 1};
            } else {
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = code[i] ? Math.max(CODE_BLOCK_WEIGHT, weight(lines.get(i), attempt, false))
                            : weight(lines.get(i), attempt, repeated[i]);
                    if (markup != null) {
                        w[i] = markup.weight(i, w[i], lines.get(i), attempt == Attempt.STRICT);
                    }
                    if (thread != null && i >= thread.from() && i <= thread.to()) {
                        w[i] = BARRIER_WEIGHT;
                    }
                }
                region = region(w, attempt == Attempt.STRICT ? GAP_DISCOUNT : RELAXED_GAP_DISCOUNT);
            }
            if (attempt == Attempt.RELAXED) {
                relaxed = region;
            }
            int found = region == null ? 0 : chars(lines, region);
            if (region != null && found >= minArticleChars
                    && (attempt != Attempt.STRICT || found >= STRICT_MIN_SHARE * free(lines, repeated, markup, thread))) {
                used = attempt;
                break;
            }
        }
        if (used == null) {
            // a document too short for every attempt keeps the relaxed attempt's region, not the whole page
            region = relaxed;
            used = Attempt.RELAXED;
        }
        if (region == null) {
            region = new int[] {0, -1};
        }
        while (region[0] <= region[1] && lines.get(region[0]).quality() == Quality.BLANK) {
            region[0]++;
        }
        int[] records = records(lines, keys, region, markup);
        if (records != null && thread != null && thread.announced() && records[0] <= thread.to() && records[1] >= thread.from()) {
            records = null; // the posts of an announced comment thread are not the page's records
        }
        if (records != null) {
            region = records;
            used = Attempt.RECORDS;
        }
        return new Found(region, used);
    }

    /**
     * The characters of the undecided lines of at least {@link #SHARE_MIN_WORDS} words that do not repeat
     * (and on an HTML page, that are neither chrome nor mostly links), outside a comment thread.
     */
    private static int free(List<Assessment> lines, boolean[] repeated, MarkupEvidence markup, CommentThreads.Thread thread) {
        int chars = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (thread != null && i >= thread.from() && i <= thread.to()) {
                continue;
            }
            Assessment a = lines.get(i);
            if (!a.decided() && !repeated[i] && a.features().words() >= SHARE_MIN_WORDS
                    && (markup == null || !markup.chrome(i) && !markup.linked(i))) {
                chars += a.features().chars();
            }
        }
        return chars;
    }

    private static int chars(List<Assessment> lines, int[] region) {
        int chars = 0;
        for (int i = region[0]; i <= region[1]; i++) {
            Assessment a = lines.get(i);
            if (!a.decided()) {
                chars += a.features().chars();
            }
        }
        return chars;
    }

    /** The weight of a line in the search for the article region. */
    static double weight(Assessment a, Attempt attempt, boolean repeated) {
        Features f = a.features();
        if (repeated && a.quality() != Quality.RULE && a.quality() != Quality.GOOD) {
            return REPEATED_WEIGHT;
        }
        switch (a.quality()) {
            case BLANK:
                return 0;
            case RULE:
                return a.section() != null && a.section().barrier() ? BARRIER_WEIGHT : RULE_WEIGHT;
            case GOOD:
                return f.chars() / 10.0;
            case NEAR:
                return f.chars() / 15.0;
            case LOW:
                return attempt == Attempt.STRICT ? -2 : f.chars() / 30.0;
            case SHORT:
            default:
                if (f.terminal() && f.stopwords() > 0) {
                    return SHORT_SENTENCE_WEIGHT;
                }
                if (attempt != Attempt.STRICT) {
                    return f.words() <= MENU_MAX_WORDS ? RELAXED_MENU_WEIGHT : RELAXED_SHORT_WEIGHT;
                }
                return f.codeLike() || f.bullet() || listItem(f) ? SHORT_CONTENT_WEIGHT : SHORT_WEIGHT;
        }
    }

    /** Weight of a line of a code block: neutral, a block of code in an article is the article's. */
    static final double CODE_BLOCK_WEIGHT = 0;
    /** A run of short lines is a block of program code when it has at least this many lines... */
    static final int CODE_BLOCK_MIN_LINES = 4;
    /** ...and at least this share of them look like code. */
    static final double CODE_BLOCK_MIN_SHARE = 0.4;

    /**
     * The lines of code blocks: runs of at least {@value #CODE_BLOCK_MIN_LINES} visible short lines no
     * rule decided (or without letters), of which at least {@value #CODE_BLOCK_MIN_SHARE} look like code. They weigh
     * nothing ({@link #CODE_BLOCK_WEIGHT}), neither for nor against the region: most lines of a block do
     * not look like code on their own ({@code firstName: "Laura",}), and a long block of them weighed
     * like menu items cut the article in two. A word with a number in parentheses ({@code Politics (34)}) does
     * not count as code.
     */
    static boolean[] codeBlocks(List<Assessment> lines) {
        int n = lines.size();
        boolean[] code = new boolean[n];
        int start = -1, visible = 0, codeLike = 0;
        for (int i = 0; i <= n; i++) {
            Assessment a = i < n ? lines.get(i) : null;
            if (a != null && a.quality() == Quality.BLANK) {
                continue;
            }
            // a line without letters (`// ------`, `};`) stays in the block whatever rule decided it
            boolean member = a != null && (a.features().letters() == 0
                    || !a.decided() && (a.quality() == Quality.SHORT || a.quality() == Quality.LOW));
            if (member) {
                if (start < 0) {
                    start = i;
                    visible = 0;
                    codeLike = 0;
                }
                visible++;
                Features f = a.features();
                codeLike += f.codeLike() && !(f.code() == 2 && f.digits() > 0 && f.words() >= 2) ? 1 : 0;
            } else {
                if (start >= 0 && visible >= CODE_BLOCK_MIN_LINES && codeLike >= CODE_BLOCK_MIN_SHARE * visible) {
                    for (int k = start; k < i; k++) {
                        code[k] = lines.get(k).quality() != Quality.BLANK;
                    }
                }
                start = -1;
            }
        }
        return code;
    }

    private static boolean listItem(Features f) {
        return f.words() > 0 && f.chars() > 0 && (f.digits() > 0 && f.digits() <= 3) && f.letters() > f.digits();
    }

    /**
     * A list of records: the span from the first to the last occurrence of the most repeated line, when
     * it repeats regularly and the span's other, undecided lines of {@link #RECORD_MIN_WORDS} words or more
     * (not in page chrome; link text counting {@link #RECORD_LINK_SHARE}) hold more than twice the text of
     * the region. Null when there is no such list.
     */
    private static int[] records(List<Assessment> lines, RepeatKeys keys, int[] region, MarkupEvidence markup) {
        int anchor = keys.mostRepeated(RECORD_MIN_REPEATS - 1);
        if (anchor == RepeatKeys.NONE) {
            return null;
        }
        int[] at = new int[keys.lines()];
        int repeats = 0;
        for (int i = 0; i < keys.lines(); i++) {
            if (keys.id(i) == anchor) {
                at[repeats++] = i;
            }
        }
        int[] gaps = new int[repeats - 1];
        for (int k = 1; k < repeats; k++) {
            int visible = 0;
            for (int i = at[k - 1] + 1; i < at[k]; i++) {
                visible += lines.get(i).quality() == Quality.BLANK ? 0 : 1;
            }
            gaps[k - 1] = visible;
        }
        Arrays.sort(gaps);
        int median = gaps[gaps.length / 2];
        if (median < 2 || median > RECORD_MAX_LINES) {
            return null;
        }
        int from = at[0], to = at[repeats - 1];
        int recordChars = 0, regionChars = 0;
        for (int i = from; i <= to; i++) {
            Assessment a = lines.get(i);
            if (!a.decided() && keys.count(i) == 1 && (markup == null || !markup.chrome(i))
                    && a.features().words() >= RECORD_MIN_WORDS) {
                int chars = a.features().chars();
                recordChars += markup != null && markup.linked(i) ? (int) (chars * RECORD_LINK_SHARE) : chars;
            }
        }
        for (int i = region[0]; i <= region[1]; i++) {
            if (!lines.get(i).decided()) {
                regionChars += lines.get(i).features().chars();
            }
        }
        return recordChars > 2 * regionChars ? new int[] {from, to} : null;
    }

    /** The maximum-sum run of lines (Kadane), grown over gaps; null when no line weighs positive. */
    private static int[] region(double[] w, double discount) {
        double best = 0, sum = 0;
        int bestFrom = -1, bestTo = -1, from = 0;
        for (int i = 0; i < w.length; i++) {
            if (sum <= 0) {
                sum = 0;
                from = i;
            }
            sum += w[i];
            if (sum > best) {
                best = sum;
                bestFrom = from;
                bestTo = i;
            }
        }
        if (bestFrom < 0) {
            return null;
        }
        return new int[] {grow(w, bestFrom, -1, discount), grow(w, bestTo, +1, discount)};
    }

    /**
     * Grows a region edge over gaps: the new edge is where the running sum beyond the old edge, with
     * negative weights discounted by {@code discount}, peaks above zero. Barriers stop it.
     */
    private static int grow(double[] w, int edge, int step, double discount) {
        double sum = 0, best = 0;
        int bestEdge = edge;
        for (int i = edge + step; i >= 0 && i < w.length; i += step) {
            if (w[i] <= BARRIER_WEIGHT) {
                break;
            }
            sum += w[i] < 0 ? w[i] * discount : w[i];
            if (sum > best) {
                best = sum;
                bestEdge = i;
            }
        }
        return bestEdge;
    }
}
