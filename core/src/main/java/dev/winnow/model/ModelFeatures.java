package dev.winnow.model;

import dev.winnow.classify.Assessment;
import dev.winnow.classify.Assessment.Quality;
import dev.winnow.context.ContextPass.Decision;
import dev.winnow.context.MarkupEvidence;
import dev.winnow.lexicon.Cues;
import dev.winnow.lexicon.Features;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.read.Structure;
import dev.winnow.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The evidence the line model weighs for each visible line, as named features: what the two passes
 * decided and why (the rule), the line's shape (words, stopword density, sentence end, capitals), lexical
 * cues (a date, a byline word, an agency, a caption marker, a credit word), where it stands (the article
 * region, the distance to the headline, the blank lines around it, the position in the page), the same
 * for its two visible neighbours on each side, and on an HTML page the markup around it. A feature is a
 * short string such as {@code r=credit.date-line} or {@code -1:mark}; the model gives each a weight per
 * label.
 */
public final class ModelFeatures {
    /** The visible neighbours seen on each side. */
    static final int REACH = 2;
    /** Lines longer than this are not read for dates, bylines and cues. */
    static final int CUE_MAX_CHARS = 300;

    /** What the model reads of one document. */
    public record Input(List<String> texts, List<Assessment> assessments, List<Decision> decisions, int title,
                 int from, int to, boolean[] repeated, List<Structure> structures, MarkupEvidence markup,
                 Lexicon.Language language) {
    }

    private ModelFeatures() {
    }

    /** Positions of the features: the line itself, then its visible neighbours. */
    static final int OWN = 0;
    /** The prefixes of the neighbours' features, by position 1 to 4: two above, one above, one below, two below. */
    public static final String[] PREFIX = {"", "-2:", "-1:", "+1:", "+2:"};
    /** The offset of each position from the line. */
    static final int[] OFFSET = {0, -2, -1, 1, 2};

    /**
     * The features of a document's visible lines. Each line has atoms, which its neighbours see too (under
     * their position's prefix), and features of its own, each at a position (own features about a
     * neighbour, such as the pair of its rule and the neighbour's, carry that neighbour's prefix).
     *
     * @param index per visible line, its index among all lines
     * @param atoms per visible line, the features it shares with its neighbours
     * @param own   per visible line, its other features
     * @param at    per visible line, the position of each of its own features
     */
    public record Lines(int[] index, String[][] atoms, String[][] own, byte[][] at) {
        public int size() {
            return index.length;
        }

        /** Every feature of visible line {@code v} as one string, the position's prefix first. */
        public List<String> strings(int v) {
            List<String> out = new ArrayList<>(own[v].length + 5 * atoms[v].length);
            for (int k = 0; k < own[v].length; k++) {
                out.add(PREFIX[at[v][k]] + own[v][k]);
            }
            for (int p = 0; p < PREFIX.length; p++) {
                int u = v + OFFSET[p];
                if (u >= 0 && u < index.length) {
                    for (String a : atoms[u]) {
                        out.add(PREFIX[p] + a);
                    }
                }
            }
            return out;
        }
    }

    /** The features of every visible line of a document. */
    public static Lines of(Input in) {
        int n = in.texts().size();
        int[] visible = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (in.assessments().get(i).quality() != Quality.BLANK) {
                visible[count++] = i;
            }
        }
        visible = java.util.Arrays.copyOf(visible, count);
        String[][] atoms = atoms(in, visible, count);
        OwnFeatures features = new OwnFeatures(in, visible, atoms);
        String[][] own = new String[count][];
        byte[][] at = new byte[count][];
        for (int v = 0; v < count; v++) {
            features.of(v);
            own[v] = features.names.toArray(new String[0]);
            at[v] = java.util.Arrays.copyOf(features.positions, features.names.size());
        }
        return new Lines(visible, atoms, own, at);
    }

    /**
     * The own features of one visible line at a time, with what every line's needs made once per document.
     * Each line is its own call, so that the compiler compiles the work of a line as one method (not a loop
     * over a document's lines that it compiles again, larger, each time a document breaks its profile).
     */
    private static final class OwnFeatures {
        private final Input in;
        private final int[] visible;
        private final String[][] atoms;
        private final int[] runs;
        private final int titleRank;
        private final int from;
        private final int to;
        /** The features of the line last made, and the position of each. */
        final List<String> names = new ArrayList<>(48);
        byte[] positions = new byte[48];
        private final List<String> more = new ArrayList<>();

        OwnFeatures(Input in, int[] visible, String[][] atoms) {
            this.in = in;
            this.visible = visible;
            this.atoms = atoms;
            int count = visible.length;
            this.runs = shortRuns(in, visible, count);
            int title = -1;
            for (int v = 0; v < count; v++) {
                if (visible[v] == in.title()) {
                    title = v;
                }
            }
            this.titleRank = title;
            this.from = in.from() <= in.to() ? rank(visible, count, in.from()) : -1;
            this.to = in.from() <= in.to() ? rank(visible, count, in.to()) : -1;
        }

        /** Makes the own features of visible line {@code v} into {@link #names} and {@link #positions}. */
        void of(int v) {
            names.clear();
            int count = visible.length;
            int i = visible[v];
            Assessment a = in.assessments().get(i);
            int words = wordBin(a.features().words());
            int region = regionIndex(in, i);
            add(OWN, "bias");
            add(OWN, FeatureNames.wordsQuality(words, a.quality()));
            add(OWN, FeatureNames.wordsRegion(words, region));
            add(OWN, FeatureNames.ruleRegion(atoms[v][0], region));
            add(OWN, FeatureNames.titleDistance(titleRank, v));
            add(OWN, FeatureNames.POSITION[count <= 1 ? 0 : (10 * v) / count]);
            add(OWN, FeatureNames.BLANKS_BEFORE[Math.min(3, blanks(in, i, -1))]);
            add(OWN, FeatureNames.BLANKS_AFTER[Math.min(3, blanks(in, i, +1))]);
            add(OWN, FeatureNames.RUNS[runBin(runs[v])]);
            if (from >= 0) {
                add(OWN, FeatureNames.REGION_START[FeatureNames.edgeBin(from - v)]);
                add(OWN, FeatureNames.REGION_END[FeatureNames.edgeBin(v - to)]);
            }
            more.clear();
            words(more, in.texts().get(i), WORDS_NEIGHBOUR, WORDS_OWN);
            for (String m : more) {
                if (!m.startsWith("t=") || !contains(atoms[v], m)) {
                    add(OWN, m);
                }
            }
            for (int pos = 1; pos < PREFIX.length; pos++) {
                int u = v + OFFSET[pos];
                if (u < 0 || u >= count) {
                    add(pos, "none");
                } else if (Math.abs(OFFSET[pos]) == 1) {
                    add(pos, FeatureNames.rulePair(atoms[u][0], atoms[v][0]));
                }
            }
        }

        private void add(int position, String feature) {
            int k = names.size();
            if (k == positions.length) {
                positions = java.util.Arrays.copyOf(positions, 2 * k);
            }
            positions[k] = (byte) position;
            names.add(feature);
        }

        private static boolean contains(String[] atoms, String feature) {
            for (String a : atoms) {
                if (a.equals(feature)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Visible lines on each side whose first-stage labels the second stage counts. */
    static final int WINDOW = 4;
    /** The first-stage label of a missing neighbour, after the five labels. */
    private static final int NONE = 5;
    private static final String[] LABEL_IDS = {"body", "caption", "credit", "ad", "navigation", "none"};
    private static final String[] SURE = {"lo", "mid", "hi"};
    /** {@code s1=<label>}, per label and none. */
    private static final String[] S1 = new String[LABEL_IDS.length];
    /** {@code s1p=<label>|<lo|mid|hi>}. */
    private static final String[][] S1P = new String[5][SURE.length];
    /** {@code s1ctx=<above>|<label>|<below>}. */
    private static final String[][][] S1CTX = new String[LABEL_IDS.length][5][LABEL_IDS.length];
    /** {@code win:<label>=<0..4>}. */
    private static final String[][] WIN = new String[5][5];

    static {
        for (int a = 0; a < LABEL_IDS.length; a++) {
            S1[a] = "s1=" + LABEL_IDS[a];
            for (int l = 0; l < 5; l++) {
                for (int c = 0; c < LABEL_IDS.length; c++) {
                    S1CTX[a][l][c] = "s1ctx=" + LABEL_IDS[a] + "|" + LABEL_IDS[l] + "|" + LABEL_IDS[c];
                }
            }
        }
        for (int l = 0; l < 5; l++) {
            for (int b = 0; b < SURE.length; b++) {
                S1P[l][b] = "s1p=" + LABEL_IDS[l] + "|" + SURE[b];
            }
            for (int c = 0; c < 5; c++) {
                WIN[l][c] = "win:" + LABEL_IDS[l] + "=" + c;
            }
        }
    }

    /**
     * The second stage's features of visible line {@code v} beyond the first stage's, each at a position
     * ({@code at}): the label the first stage gave it (with how sure it was), the labels it gave its
     * neighbours, and how many of the {@value #WINDOW} visible lines on each side it gave each label.
     * {@code labels} and {@code sure} are per visible line, in order.
     */
    public static int context(int[] labels, double[] sure, int v, String[] out, byte[] at) {
        int n = labels.length;
        int k = 0;
        int self = labels[v];
        out[k] = S1[self];
        at[k++] = OWN;
        out[k] = S1P[self][sure[v] < 0.5 ? 0 : sure[v] < 0.8 ? 1 : 2];
        at[k++] = OWN;
        for (int pos = 1; pos < PREFIX.length; pos++) {
            int u = v + OFFSET[pos];
            out[k] = S1[u < 0 || u >= n ? NONE : labels[u]];
            at[k++] = (byte) pos;
        }
        int above = v > 0 ? labels[v - 1] : NONE;
        int below = v + 1 < n ? labels[v + 1] : NONE;
        out[k] = S1CTX[above][self][below];
        at[k++] = OWN;
        int[] counts = new int[5];
        for (int u = Math.max(0, v - WINDOW); u <= Math.min(n - 1, v + WINDOW); u++) {
            if (u != v) {
                counts[labels[u]]++;
            }
        }
        for (int l = 0; l < counts.length; l++) {
            out[k] = WIN[l][Math.min(counts[l], 4)];
            at[k++] = OWN;
        }
        return k;
    }

    /** The most features {@link #context} gives a line. */
    public static final int CONTEXT_FEATURES = 2 + 4 + 1 + 5;

    /** Per visible line: its own atoms; the first three are always the rule, the quality and the words. */
    private static String[][] atoms(Input in, int[] visible, int count) {
        Cues cues = Cues.of(in.language());
        String[][] atoms = new String[count][];
        List<String> out = new ArrayList<>(24);
        for (int v = 0; v < count; v++) {
            out.clear();
            atoms(in, cues, visible[v], out);
            atoms[v] = out.toArray(new String[0]);
        }
        return atoms;
    }

    /** The atoms of line {@code i}, into {@code out}: a call per line, for the same reason as {@link OwnFeatures}. */
    private static void atoms(Input in, Cues cues, int i, List<String> out) {
        Assessment a = in.assessments().get(i);
        Features f = a.features();
        Decision d = in.decisions().get(i);
        out.add(FeatureNames.rule(d.rule()));
        out.add(FeatureNames.QUALITY[a.quality().ordinal()]);
        out.add(FeatureNames.WORDS[wordBin(f.words())]);
        if (f.words() >= 3) {
            out.add(FeatureNames.DENSITY[Math.min(6, (int) (f.stopwordDensity() * 10))]);
        }
        out.add(FeatureNames.REGION[regionIndex(in, i)]);
        if (i == in.title()) {
            out.add("ttl");
        }
        flag(out, f.terminal(), "term");
        flag(out, f.ellipsis(), "ell");
        flag(out, f.url(), "url");
        flag(out, f.bullet(), "bul");
        flag(out, f.codeLike(), "code");
        flag(out, f.separators() > 0, "sep");
        flag(out, f.digits() > 0 && f.digits() >= f.letters(), "digs");
        flag(out, f.words() >= 2 && f.capitalized() == f.words(), "caps");
        flag(out, f.letters() >= 3 && f.upper() == f.letters(), "upper");
        flag(out, in.repeated()[i], "rep");
        String text = in.texts().get(i).strip();
        if (text.length() <= CUE_MAX_CHARS && f.words() <= CUE_MAX_WORDS) {
            // each cue only where it can be: a date has digits, an agency's name capitals
            flag(out, !text.isEmpty() && Character.isLowerCase(text.codePointAt(0)), "lower");
            flag(out, f.digits() > 0 && in.language().dates().has(text), "date");
            // the byline pattern matches at the start or after a bar: without a bar only at the start
            flag(out, text.indexOf('|') < 0 ? in.language().byline().opens(text)
                    : in.language().byline().matcher(text).find(), "by");
            flag(out, f.upper() > 0 && cues.agency(text), "agency");
            flag(out, cues.creditCue(text), "cue");
            flag(out, cues.captionMarker(text), "mark");
        }
        if (in.structures() != null) {
            markup(out, in.structures().get(i), in.markup(), i);
        }
        words(out, in.texts().get(i), 0, WORDS_NEIGHBOUR);
    }

    /** Lines of more words are not read for lexical cues: credits, bylines and markers are short. */
    static final int CUE_MAX_WORDS = 25;
    /** Words of a line taken as features: the first ones only, lowercase, once each. */
    static final int WORDS_OWN = 12;
    static final int WORDS_NEIGHBOUR = 4;
    /** Lines longer than this give no word features: in prose the words say little about the role. */
    static final int WORDS_MAX_CHARS = 200;

    /**
     * Adds {@code t=<word>} for the words {@code from} (from 0) up to {@code to} of a line, lowercase, a
     * number as {@code #}, each once; with the first word also {@code t0=<word>}, and {@code t=$} for a
     * line with a currency sign. A line over {@value #WORDS_MAX_CHARS} characters gives none.
     */
    private static void words(List<String> out, String text, int from, int to) {
        int n = text.length();
        if (n > WORDS_MAX_CHARS) {
            return;
        }
        int k = 0;
        for (int i = 0; i < n && k < to; ) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = true;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                digits &= Character.isDigit(text.charAt(i));
                i++;
            }
            if (k >= from) {
                String w = digits ? "#" : text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                if (k == 0) {
                    out.add("t0=" + w);
                }
                String t = "t=" + w;
                if (!seen(out, t)) {
                    out.add(t);
                }
            }
            k++;
        }
        if (from == 0 && (text.indexOf('$') >= 0 || text.indexOf('€') >= 0 || text.indexOf('£') >= 0)) {
            out.add("t=$");
        }
    }

    private static boolean seen(List<String> out, String t) {
        for (int j = out.size() - 1; j >= 0 && out.get(j).startsWith("t"); j--) {
            if (out.get(j).equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** The visible rank of line {@code i}: how many visible lines stand before it. */
    private static int rank(int[] visible, int count, int i) {
        int lo = 0, hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (visible[mid] < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Per visible line: the length of the run of short visible lines (at most 5 words) that holds it, or 0. */
    private static int[] shortRuns(Input in, int[] visible, int count) {
        int[] runs = new int[count];
        for (int v = 0; v < count; ) {
            if (in.assessments().get(visible[v]).features().words() > 5) {
                v++;
                continue;
            }
            int end = v;
            while (end < count && in.assessments().get(visible[end]).features().words() <= 5) {
                end++;
            }
            java.util.Arrays.fill(runs, v, end, end - v);
            v = end;
        }
        return runs;
    }

    /** The index in {@link FeatureNames#RUNS} of a run's length: 0, 1, 2, 3, 4 (4-6), 7 (7-12), 13 (13 and more). */
    private static int runBin(int run) {
        return run <= 4 ? Math.min(run, 4) : run <= 6 ? 4 : run <= 12 ? 5 : 6;
    }

    private static void markup(List<String> out, Structure s, MarkupEvidence markup, int i) {
        flag(out, s.in(Structure.IN_FIGURE), "m:fig");
        flag(out, s.in(Structure.IN_FIGCAPTION), "m:figcap");
        flag(out, s.in(Structure.IN_NAV), "m:nav");
        flag(out, s.in(Structure.IN_ASIDE), "m:aside");
        flag(out, s.in(Structure.IN_FOOTER), "m:footer");
        flag(out, s.in(Structure.IN_HEADER), "m:header");
        flag(out, s.in(Structure.IN_FORM), "m:form");
        flag(out, s.in(Structure.IN_HEADING), "m:hd");
        flag(out, s.in(Structure.IN_H1), "m:h1");
        flag(out, s.in(Structure.IN_LIST), "m:li");
        flag(out, s.in(Structure.IN_TABLE), "m:td");
        flag(out, s.in(Structure.IN_ARTICLE), "m:art");
        flag(out, s.in(Structure.IN_QUOTE), "m:bq");
        flag(out, s.in(Structure.IN_PARAGRAPH), "m:p");
        flag(out, s.in(Structure.IN_DATA_ROW), "m:row");
        double link = s.linkDensity();
        out.add(FeatureNames.LINK[link == 0 ? 0 : link < 0.5 ? 1 : link < 1 ? 2 : 3]);
        if (s.hint() != null) {
            out.add(FeatureNames.HINT[s.hint().ordinal()][s.strong() ? 1 : 0]);
        }
        flag(out, markup != null && markup.chrome(i), "m:chrome");
    }

    private static void flag(List<String> out, boolean on, String name) {
        if (on) {
            out.add(name);
        }
    }

    private static int regionIndex(Input in, int i) {
        return i < in.from() ? 0 : i > in.to() ? 2 : 1;
    }

    /** The bin of a word count: 0, 1, 2, 3, 4 (4-5), 6 (6-9), 10 (10-19), 20 (20-39), 40 (40 and more). */
    static int wordBin(int words) {
        if (words <= 3) {
            return words;
        }
        return words <= 5 ? 4 : words <= 9 ? 6 : words <= 19 ? 10 : words <= 39 ? 20 : 40;
    }

    /** The blank lines right before ({@code step} -1) or after (+1) line {@code i}. */
    private static int blanks(Input in, int i, int step) {
        int b = 0;
        for (int j = i + step; j >= 0 && j < in.texts().size()
                && in.assessments().get(j).quality() == Quality.BLANK; j += step) {
            b++;
        }
        return b;
    }
}
