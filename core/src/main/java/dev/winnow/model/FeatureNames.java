package dev.winnow.model;

import dev.winnow.classify.Assessment.Quality;
import dev.winnow.read.Structure;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of the line model's features ({@link ModelFeatures}), each string made once: the model looks
 * every feature of every line up by name, and a name built anew for each line would be built and hashed
 * anew each time. Names built from a rule's id are made at the rule's first use and kept (there are a few
 * hundred rules). Thread-safe.
 */
final class FeatureNames {
    private FeatureNames() {
    }

    /** {@code r=<rule>}. */
    private static final Map<String, String> RULE = new ConcurrentHashMap<>();
    /** {@code rreg=<rule>|<region>}, per rule atom, per region. */
    private static final Map<String, String[]> RULE_REGION = new ConcurrentHashMap<>();
    /** {@code rr=<rule above or below>|<rule>}, per rule atom of the neighbour, per rule atom of the line. */
    private static final Map<String, Map<String, String>> RULE_PAIR = new ConcurrentHashMap<>();

    static final String[] QUALITY = new String[Quality.values().length];
    /** {@code w=<bin>} by the bin's value ({@link ModelFeatures#wordBin}). */
    static final String[] WORDS = new String[41];
    static final String[] DENSITY = new String[7];
    static final String[] REGION = {"reg=before", "reg=in", "reg=after"};
    static final String[] RUNS = {"run=0", "run=1", "run=2", "run=3", "run=4", "run=7", "run=13"};
    /** {@code wq=<words bin>|<quality>}. */
    private static final String[][] WORDS_QUALITY = new String[WORDS.length][QUALITY.length];
    /** {@code wreg=<words bin>|<region>}. */
    private static final String[][] WORDS_REGION = new String[WORDS.length][REGION.length];
    /** {@code pos=<tenth of the page>}. */
    static final String[] POSITION = new String[10];
    /** {@code bb=<blank lines before, at most 3>} and {@code ba=} after. */
    static final String[] BLANKS_BEFORE = new String[4];
    static final String[] BLANKS_AFTER = new String[4];
    /** The bins of a distance to the article region's edge ({@link #EDGE_BINS}) as {@code dstart=} and {@code dend=}. */
    static final String[] EDGE_BINS = {"in", "0", "out1", "out2", "out3", "out6", "out16"};
    static final String[] REGION_START = new String[EDGE_BINS.length];
    static final String[] REGION_END = new String[EDGE_BINS.length];
    /** {@code tdist=} for a line -3 to 3 lines from the headline, by the distance + 3. */
    private static final String[] TITLE_NEAR = new String[7];
    static final String TITLE_NONE = "tdist=none";
    static final String TITLE_FAR_ABOVE = "tdist=-far";
    static final String TITLE_BELOW_4 = "tdist=4";
    static final String TITLE_BELOW_7 = "tdist=7";
    static final String TITLE_FAR_BELOW = "tdist=far";
    /** {@code m:link=<0|lo|hi|all>}. */
    static final String[] LINK = {"m:link=0", "m:link=lo", "m:link=hi", "m:link=all"};
    /** {@code m:hint=<hint>}, then with {@code !} for a strong hint, by the hint's ordinal. */
    static final String[][] HINT = new String[Structure.Hint.values().length][2];

    static {
        for (Quality q : Quality.values()) {
            QUALITY[q.ordinal()] = "q=" + q.name().toLowerCase(Locale.ROOT);
        }
        for (int w = 0; w < WORDS.length; w++) {
            WORDS[w] = "w=" + w;
            for (int q = 0; q < QUALITY.length; q++) {
                WORDS_QUALITY[w][q] = "wq=" + w + "|" + QUALITY[q].substring(2);
            }
            for (int r = 0; r < REGION.length; r++) {
                WORDS_REGION[w][r] = "wreg=" + w + "|" + REGION[r].substring(4);
            }
        }
        for (int d = 0; d < DENSITY.length; d++) {
            DENSITY[d] = "sd=" + d;
        }
        for (int i = 0; i < POSITION.length; i++) {
            POSITION[i] = "pos=" + i;
        }
        for (int b = 0; b < BLANKS_BEFORE.length; b++) {
            BLANKS_BEFORE[b] = "bb=" + b;
            BLANKS_AFTER[b] = "ba=" + b;
        }
        for (int e = 0; e < EDGE_BINS.length; e++) {
            REGION_START[e] = "dstart=" + EDGE_BINS[e];
            REGION_END[e] = "dend=" + EDGE_BINS[e];
        }
        for (int d = -3; d <= 3; d++) {
            TITLE_NEAR[d + 3] = "tdist=" + d;
        }
        for (Structure.Hint h : Structure.Hint.values()) {
            String name = "m:hint=" + h.name().toLowerCase(Locale.ROOT);
            HINT[h.ordinal()][0] = name;
            HINT[h.ordinal()][1] = name + "!";
        }
    }

    /** {@code r=<rule>}. */
    static String rule(String rule) {
        return RULE.computeIfAbsent(rule, r -> "r=" + r);
    }

    /** {@code rreg=<rule>|<region>} of a rule's atom ({@link #rule}) and a region's index. */
    static String ruleRegion(String ruleAtom, int region) {
        return RULE_REGION.computeIfAbsent(ruleAtom, r -> {
            String[] names = new String[REGION.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = "rreg=" + r.substring(2) + "|" + REGION[i].substring(4);
            }
            return names;
        })[region];
    }

    /** {@code rr=<neighbour's rule>|<rule>} of two rule atoms. */
    static String rulePair(String neighbour, String line) {
        return RULE_PAIR.computeIfAbsent(neighbour, n -> new ConcurrentHashMap<>())
                .computeIfAbsent(line, l -> "rr=" + neighbour.substring(2) + "|" + l.substring(2));
    }

    /** {@code wq=<words bin>|<quality>}. */
    static String wordsQuality(int wordBin, Quality quality) {
        return WORDS_QUALITY[wordBin][quality.ordinal()];
    }

    /** {@code wreg=<words bin>|<region>}. */
    static String wordsRegion(int wordBin, int region) {
        return WORDS_REGION[wordBin][region];
    }

    /**
     * {@code tdist=} of visible line {@code v} and the headline's visible line {@code title} (-1 for none):
     * {@code none}, {@code -far} (4 or more above), the distance from -3 to 3, then 4 (4-6), 7 (7-15), far.
     */
    static String titleDistance(int title, int v) {
        if (title < 0) {
            return TITLE_NONE;
        }
        int d = v - title;
        if (d <= -4) {
            return TITLE_FAR_ABOVE;
        }
        if (d <= 3) {
            return TITLE_NEAR[d + 3];
        }
        return d <= 6 ? TITLE_BELOW_4 : d <= 15 ? TITLE_BELOW_7 : TITLE_FAR_BELOW;
    }

    /**
     * The index in {@link #EDGE_BINS} of a line's distance {@code d} beyond the region's edge: {@code in}
     * inside it, 0 on it, then 1, 2, 3 (3-5), 6 (6-15) and 16 (16 and more) lines out.
     */
    static int edgeBin(int d) {
        if (d > 0) {
            return d <= 2 ? 1 + d : d <= 5 ? 4 : d <= 15 ? 5 : 6;
        }
        return d == 0 ? 1 : 0;
    }
}
