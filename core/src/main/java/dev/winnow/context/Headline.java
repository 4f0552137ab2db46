package dev.winnow.context;

import dev.winnow.Label;
import dev.winnow.classify.Assessment;
import dev.winnow.classify.Assessment.Quality;
import dev.winnow.context.ContextPass.Decision;
import dev.winnow.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headline of a text dump, chosen once every line is decided. The context pass takes the nearest
 * title-like line above the article (it must choose before the labels are known); in a dump, a byline, a
 * button or a subtitle often stands between the headline and the first paragraph. A headline says what
 * the article is about, so its words come back in the article: of the title-like lines labelled body or
 * navigation from the first body line up to {@value #LOOKBACK} visible lines above it (a navigation line
 * only where it stands made it one; not one a data list decided, such as {@code Skip to content}, nor one
 * that opens with a byline word or holds a date),
 * the headline is the one with the highest score: the share of its words (stopwords aside) that the body
 * lines hold, plus
 * {@value #LENGTH_WEIGHT} for a line of {@value #LENGTH_FULL} words or more (less for a shorter one), less
 * {@value #DISTANCE_COST} per visible line above the first body line; of equal scores the nearest.
 * Measured on the 793 WCXB dev article dumps: the headline right on 0.590 of them, against 0.530 with the
 * nearest line alone (the headline is a line of the dump on 0.905).
 */
public final class Headline {
    /** Visible lines above the first body line that may hold the headline. */
    static final int LOOKBACK = 30;
    /** What a long line adds to its score. */
    static final double LENGTH_WEIGHT = 0.3;
    /** A line of this many words gets all of {@link #LENGTH_WEIGHT}. */
    static final int LENGTH_FULL = 12;
    /** What each visible line between a candidate and the first body line takes from its score. */
    static final double DISTANCE_COST = 0.01;
    /** The rule of a line made body as the headline. */
    public static final String RULE = "body.headline";

    private Headline() {
    }

    /** The headline line and how many of its words the body holds. */
    public record Choice(int line, int recurring, int words) {
        public String reason() {
            return "the headline: " + recurring + " of its " + words + " words recur in the article";
        }
    }

    /** The decisions with the headline made body, and the headline's line (or -1). */
    public record Revised(List<Decision> decisions, int title) {
    }

    /**
     * The decisions and title line with the headline {@link #choose chosen} again: a headline the context
     * pass did not choose becomes the title, and body by {@value #RULE} if it was navigation. The same
     * decisions and title when there is no other choice.
     */
    public static Revised revise(List<String> texts, List<Assessment> lines, List<Decision> decisions, int title,
                                 Lexicon.Language language) {
        Choice headline = choose(texts, lines, decisions, title, language);
        if (headline == null || headline.line() == title) {
            return new Revised(decisions, title);
        }
        List<Decision> out = new ArrayList<>(decisions);
        if (decisions.get(headline.line()).label() != Label.BODY) {
            out.set(headline.line(), new Decision(Label.BODY, 1.0, RULE, headline.reason()));
        }
        return new Revised(out, headline.line());
    }

    /**
     * The headline among the decided lines, or null when no body line or no title-like line is there. The
     * first body line is one only when it is the {@code title} already or heads prose
     * ({@link ContextPass#headsProse}): otherwise it is the article's first block, and stays in its text.
     * The words of the article are those of every body line.
     *
     * @param language the document's language: its stopwords, byline words and dates
     */
    public static Choice choose(List<String> texts, List<Assessment> lines, List<Decision> decisions, int title,
                                Lexicon.Language language) {
        int first = -1;
        for (int i = 0; i < decisions.size() && first < 0; i++) {
            if (decisions.get(i).label() == Label.BODY && lines.get(i).quality() != Quality.BLANK) {
                first = i;
            }
        }
        if (first < 0) {
            return null;
        }
        // the candidates first, nearest first; then the body is read only for their words
        List<Candidate> candidates = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        int rank = 0;
        for (int i = first; i >= 0 && rank < LOOKBACK; i--) {
            Assessment a = lines.get(i);
            if (a.quality() == Quality.BLANK) {
                continue;
            }
            Label label = decisions.get(i).label();
            // the first body line is in the text: it is taken out as the headline only over prose
            boolean open = i < first || i == title || ContextPass.headsProse(lines, i);
            if (open && (label == Label.BODY || label == Label.NAVIGATION && byRegion(decisions.get(i).rule()))
                    && a.quality() != Quality.RULE
                    && ContextPass.titleLike(a.features()) && !bylineOrDate(texts.get(i), a, language)) {
                Set<String> own = words(texts.get(i), language.stopwords(), new HashSet<>());
                if (!own.isEmpty()) {
                    candidates.add(new Candidate(i, rank, own, a.features().words()));
                    wanted.addAll(own);
                }
            }
            rank++;
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Set<String> article = found(texts, lines, decisions, first, wanted);
        Choice best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            int recurring = 0;
            for (String w : c.words()) {
                recurring += article.contains(w) ? 1 : 0;
            }
            double score = (double) recurring / c.words().size()
                    + LENGTH_WEIGHT * Math.min(c.count(), LENGTH_FULL) / LENGTH_FULL - DISTANCE_COST * c.rank();
            if (score > bestScore) {
                bestScore = score;
                best = new Choice(c.line(), recurring, c.words().size());
            }
        }
        return best;
    }

    /** A title-like line: its index, its visible rank above the first body line, its words and their count. */
    private record Candidate(int line, int rank, Set<String> words, int count) {
    }

    /**
     * Which of the {@code wanted} words the body lines (from {@code first}) hold as whole words: each body
     * line lowercased once, each word not yet found searched in it ({@link String#indexOf}), the search
     * ending once all are found.
     */
    private static Set<String> found(List<String> texts, List<Assessment> lines, List<Decision> decisions, int first,
                                     Set<String> wanted) {
        List<String> left = new ArrayList<>(wanted);
        Set<String> found = new HashSet<>();
        for (int i = first; i < decisions.size() && !left.isEmpty(); i++) {
            if (decisions.get(i).label() != Label.BODY || lines.get(i).quality() == Quality.BLANK) {
                continue;
            }
            String text = texts.get(i).toLowerCase(Locale.ROOT);
            for (int k = left.size() - 1; k >= 0; k--) {
                if (holdsWord(text, left.get(k))) {
                    found.add(left.remove(k));
                }
            }
        }
        return found;
    }

    /** Whether {@code word} stands in {@code text} with no letter or digit right before or after it. */
    private static boolean holdsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a navigation line was decided only by where it stands (outside the article region, or by the
     * line model): not by evidence that it is chrome (repeated on the site's pages, a teaser, a duplicate,
     * a comment, a legal line). The line model's rules are {@code <label>.model} ({@code LineModel}, a later
     * step, which this one may not depend on).
     */
    private static boolean byRegion(String rule) {
        return rule.equals(ContextPass.OUTSIDE_RULE) || rule.equals("navigation.model");
    }

    private static boolean bylineOrDate(String text, Assessment a, Lexicon.Language language) {
        String t = text.strip();
        return language.byline().opens(t) || a.features().digits() > 0 && language.dates().has(t);
    }

    /** Adds the words of a text (runs of letters and digits, lowercase) that are not stopwords to {@code out}. */
    private static Set<String> words(String text, Set<String> stopwords, Set<String> out) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (!stopwords.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
