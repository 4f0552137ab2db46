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
 * navigation from the first body line up to {@value #LOOKBACK} visible lines above it (not one a data
 * list decided, such as {@code Skip to content}, nor one that opens with a byline word or holds a date),
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
        Set<String> stopwords = language.stopwords();
        int first = -1;
        Set<String> article = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).label() == Label.BODY && lines.get(i).quality() != Quality.BLANK) {
                first = first < 0 ? i : first;
                words(texts.get(i), stopwords, article);
            }
        }
        if (first < 0) {
            return null;
        }
        Choice best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int rank = 0;
        for (int i = first; i >= 0 && rank < LOOKBACK; i--) {
            Assessment a = lines.get(i);
            if (a.quality() == Quality.BLANK) {
                continue;
            }
            Label label = decisions.get(i).label();
            // the first body line is in the text: it is taken out as the headline only over prose
            boolean open = i < first || i == title || ContextPass.headsProse(lines, i);
            if (open && (label == Label.BODY || label == Label.NAVIGATION) && a.quality() != Quality.RULE
                    && ContextPass.titleLike(a.features()) && !bylineOrDate(texts.get(i), a, language)) {
                Set<String> own = words(texts.get(i), stopwords, new HashSet<>());
                if (!own.isEmpty()) {
                    int recurring = 0;
                    for (String w : own) {
                        recurring += article.contains(w) ? 1 : 0;
                    }
                    int count = a.features().words();
                    double score = (double) recurring / own.size()
                            + LENGTH_WEIGHT * Math.min(count, LENGTH_FULL) / LENGTH_FULL - DISTANCE_COST * rank;
                    if (score > bestScore) {
                        bestScore = score;
                        best = new Choice(i, recurring, own.size());
                    }
                }
            }
            rank++;
        }
        return best;
    }

    private static boolean bylineOrDate(String text, Assessment a, Lexicon.Language language) {
        String t = text.strip();
        return language.byline().opens(t) || a.features().digits() > 0 && language.dates().has(t);
    }

    /** Adds the words of a text (runs of letters and digits, lowercase) that are not stopwords to {@code out}. */
    static Set<String> words(String text, Set<String> stopwords, Set<String> out) {
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
