package dev.winnow.lexicon;

import dev.winnow.lexicon.Lexicon.PatternRule;
import dev.winnow.match.PatternFilter;
import dev.winnow.text.Text;
import dev.winnow.text.Words;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The patterns of a rule set in the order they are tried, each with its {@link PatternFilter}, and
 * the filters folded into bit masks (one bit per pattern, in order) so that the candidates for a line
 * come from a few table lookups and ANDs: masks by first character, by last character, by length and
 * by whether the line holds a digit.
 * Immutable.
 */
final class PatternSet {
    /** The characters whose masks are tabulated; others admit every pattern. */
    private static final int ASCII = 128;

    final PatternRule[] patterns;
    final PatternFilter[] filters;
    /** Per pattern: label and pattern id, the rule id of the lines it decides. */
    final String[] ruleIds;
    /** Words of a mask. */
    final int words;
    private final long[] all;
    private final long[][] byFirst;
    private final long[][] byLast;
    /** Length limits, ascending, and per limit the patterns that admit lines up to it. */
    private final int[] limits;
    private final long[][] byLimit;
    /** The patterns that need no literal. */
    private final long[] literalFree;
    /** The patterns that need no digit. */
    private final long[] digitFree;

    PatternSet(List<PatternRule> rules) {
        patterns = rules.toArray(new PatternRule[0]);
        filters = new PatternFilter[patterns.length];
        ruleIds = new String[patterns.length];
        Map<String, PatternFilter> known = new HashMap<>();
        for (int p = 0; p < patterns.length; p++) {
            PatternRule rule = patterns[p];
            ruleIds[p] = rule.label().id() + "." + rule.id();
            filters[p] = known.computeIfAbsent(rule.pattern().flags() + ":" + rule.pattern().pattern(),
                    k -> PatternFilter.of(rule.pattern().pattern(), rule.pattern().flags()));
        }
        words = Math.max(1, (patterns.length + Long.SIZE - 1) / Long.SIZE);
        all = new long[words];
        literalFree = new long[words];
        digitFree = new long[words];
        byFirst = new long[ASCII][words];
        byLast = new long[ASCII][words];
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int p = 0; p < patterns.length; p++) {
            set(all, p);
            if (filters[p].literals() == null) {
                set(literalFree, p);
            }
            if (!filters[p].needsDigit()) {
                set(digitFree, p);
            }
            for (char c = 0; c < ASCII; c++) {
                if (filters[p].admitsFirst(c)) {
                    set(byFirst[c], p);
                }
                if (filters[p].admitsLast(c)) {
                    set(byLast[c], p);
                }
            }
            distinct.add(filters[p].maxLength());
        }
        limits = distinct.stream().mapToInt(Integer::intValue).toArray();
        byLimit = new long[limits.length][words];
        for (int t = 0; t < limits.length; t++) {
            for (int p = 0; p < patterns.length; p++) {
                if (filters[p].maxLength() >= limits[t]) {
                    set(byLimit[t], p);
                }
            }
        }
    }

    private static void set(long[] mask, int p) {
        mask[p / Long.SIZE] |= 1L << p;
    }

    /** Whether pattern {@code p} is in the mask. */
    static boolean has(long[] mask, int p) {
        return (mask[p / Long.SIZE] & (1L << p)) != 0;
    }

    /**
     * Writes into {@code out} the patterns that may match the stripped line {@code chars[from, to)}
     * (not empty, without {@link Text#SPECIAL} characters), given the patterns whose literals it holds
     * and whether it holds a digit.
     */
    void candidates(char[] chars, int from, int to, long[] literalsFound, boolean digit, long[] out) {
        int length = to - from;
        int t = Arrays.binarySearch(limits, length);
        t = t >= 0 ? t : -t - 1;
        if (t == limits.length) {
            Arrays.fill(out, 0);
            return;
        }
        char first = chars[from];
        char last = chars[to - 1];
        long[] byLength = byLimit[t];
        long[] firsts = first < ASCII ? byFirst[first] : all;
        long[] lasts = last < ASCII ? byLast[last] : all;
        long[] digits = digit ? all : digitFree;
        for (int w = 0; w < words; w++) {
            out[w] = byLength[w] & firsts[w] & lasts[w] & (literalFree[w] | literalsFound[w]) & digits[w];
        }
    }

    /** Writes every pattern into {@code out}. */
    void everyPattern(long[] out) {
        System.arraycopy(all, 0, out, 0, words);
    }
}
