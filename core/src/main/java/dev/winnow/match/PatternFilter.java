package dev.winnow.match;

import dev.winnow.text.Text;
import java.util.Objects;
import java.util.Set;

/**
 * What a line must look like for a pattern of {@code patterns.tsv} to have a chance to match, derived
 * from the pattern's text, so that the regular expression runs only on candidate lines: a maximum
 * length (from {@code ^...$} or a leading {@code (?=.{0,N}$)}), the ASCII characters a match can start
 * or end with (for patterns anchored there), a set of literals one of which every match contains
 * (for example {@code "ago"} for {@code ^...ago$}), and whether every match contains a digit (dates,
 * times and counts do; most lines of prose do not).
 *
 * <p>The literals are given as they appear in the line lowercased character by character ({@link
 * Text#lower(char)}), which is how the pattern's case-insensitive matching sees them; literals from a
 * case-sensitive part of the pattern ({@code (?-i:...)}) also carry their exact text. All of this is
 * only valid for lines without {@link Text#SPECIAL} characters: the caller runs every pattern on the
 * others.
 *
 * <p>The derivation is conservative: a line it rejects cannot match. It reads the subset of the regular
 * expression syntax the data files use; anything else (back references, flags other than {@code i},
 * nested classes...) gives {@link #NONE}, a filter that lets every line through.
 */
public final class PatternFilter {
    /** No length limit. */
    static final int UNBOUNDED = Integer.MAX_VALUE;
    /** Sets of literals larger than this are not kept. */
    static final int MAX_LITERALS = 256;
    /** A bounded repeat of literals is expanded into literals up to this many repetitions. */
    static final int MAX_EXPANDED_REPEAT = 4;
    /** A character class with a range wider than this is not enumerated. */
    static final int MAX_RANGE = 256;
    /** {@code $} may match before a final line terminator of at most this many characters. */
    public static final int LINE_TERMINATOR_SLACK = 2;

    /** The filter that admits every line. */
    public static final PatternFilter NONE = new PatternFilter(UNBOUNDED, null, null, null, false);

    /**
     * A text that every match of a pattern contains.
     *
     * @param lowered the text as it appears in the line lowercased character by character
     * @param exact   the text exactly as in the line when it comes from a case-sensitive part, else null
     */
    public record Literal(String lowered, String exact) {
        // equals and hashCode written out: a record's generated ones are linked on first use through
        // java.lang.invoke (ObjectMethods), a cost at every start (benchmarks/README.md, start-up)

        @Override
        public boolean equals(Object other) {
            return other instanceof Literal that && lowered.equals(that.lowered) && Objects.equals(exact, that.exact);
        }

        @Override
        public int hashCode() {
            return 31 * lowered.hashCode() + Objects.hashCode(exact);
        }
    }

    private final int maxLength;
    private final long[] first;
    private final long[] last;
    private final Set<Literal> literals;
    private final boolean digit;

    private PatternFilter(int maxLength, long[] first, long[] last, Set<Literal> literals, boolean digit) {
        this.maxLength = maxLength;
        this.first = first;
        this.last = last;
        this.literals = literals;
        this.digit = digit;
    }

    /** The filter of a regular expression compiled with the given flags; {@link #NONE} when it cannot tell. */
    public static PatternFilter of(String regex, int flags) {
        try {
            RegexFacts root = new RegexReader(regex, flags).read();
            int maxLength = UNBOUNDED;
            if (root.startsAnchored && root.endsAnchored && root.maxLength != UNBOUNDED) {
                maxLength = root.maxLength + LINE_TERMINATOR_SLACK;
            }
            maxLength = Math.min(maxLength, root.leadBound);
            long[] first = root.startsAnchored && !root.nullable ? new long[] {root.first0, root.first1} : null;
            long[] last = root.endsAnchored && !root.nullable ? new long[] {root.last0, root.last1} : null;
            return new PatternFilter(maxLength, first, last, RegexFacts.required(root), root.digit);
        } catch (RegexReader.Unsupported e) {
            return NONE;
        }
    }

    /** The longest stripped line that can match. */
    public int maxLength() {
        return maxLength;
    }

    /** The literals one of which a matching line contains, or null when there is no such set. */
    public Set<Literal> literals() {
        return literals;
    }

    /** Whether every match contains a digit: a character {@link Text#flags} marks {@link Text#DIGIT}. */
    public boolean needsDigit() {
        return digit;
    }

    /** Whether a match can start with the character (always for non-ASCII ones and line ends). */
    public boolean admitsFirst(char c) {
        return admits(first, c);
    }

    /** Whether a match can end with the character (always for non-ASCII ones and line ends). */
    public boolean admitsLast(char c) {
        return admits(last, c);
    }

    private static boolean admits(long[] set, char c) {
        if (set == null || c >= 128 || c == '\n' || c == '\r') {
            return true;
        }
        return ((c < 64 ? set[0] >>> c : set[1] >>> (c - 64)) & 1) != 0;
    }

    @Override
    public String toString() {
        return "PatternFilter[max " + (maxLength == UNBOUNDED ? "-" : maxLength) + ", first " + describe(first)
                + ", last " + describe(last) + ", literals " + literals + (digit ? ", a digit" : "") + "]";
    }

    private static String describe(long[] set) {
        if (set == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < 128; c++) {
            if (admits(set, (char) c)) {
                out.append(c < 32 ? '?' : (char) c);
            }
        }
        return out.toString();
    }
}
