package dev.winnow.match;

import java.util.Arrays;
import java.util.Collection;

/**
 * The characters a match of a case-insensitive regular expression can start with, when every match
 * starts with one of a list of literals (quoted alternatives compiled with {@code CASE_INSENSITIVE} and
 * {@code UNICODE_CASE}) or with a few other characters: a test that tells, without running the
 * expression, that no match starts at a position. The expression then runs only where one may.
 *
 * <p>Characters are compared as {@link java.util.regex.Pattern} compares them in that mode: folded
 * ({@code toLowerCase(toUpperCase(c))}). Surrogates, and any literal that is empty or starts with one,
 * admit every position: the test never rejects a position where the expression could match. Immutable
 * and thread-safe.
 */
public final class FirstChars {
    /** Sorted: each literal's first character folded, and as written, and the other characters. */
    private final char[] chars;
    /** True when the test cannot tell and admits every position. */
    private final boolean all;
    /** {@link #admits} of each ASCII character, looked up once. */
    private final boolean[] ascii = new boolean[128];

    private FirstChars(char[] chars, boolean all) {
        this.chars = chars;
        this.all = all;
        for (char c = 0; c < ascii.length; c++) {
            ascii[c] = all || Arrays.binarySearch(chars, c) >= 0 || Arrays.binarySearch(chars, fold(c)) >= 0;
        }
    }

    /**
     * The first characters of {@code literals} (compared case-insensitively) and the {@code others}
     * (compared as they are and folded).
     */
    public static FirstChars of(Collection<String> literals, char... others) {
        char[] out = new char[2 * (literals.size() + others.length)];
        int n = 0;
        boolean all = false;
        for (String literal : literals) {
            if (literal.isEmpty() || Character.isSurrogate(literal.charAt(0))) {
                all = true;
                break;
            }
            out[n++] = literal.charAt(0);
            out[n++] = fold(literal.charAt(0));
        }
        for (char c : others) {
            out[n++] = c;
            out[n++] = fold(c);
        }
        char[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return new FirstChars(sorted, all);
    }

    /** Whether a match may start with {@code c}. */
    public boolean admits(char c) {
        if (c < ascii.length) {
            return ascii[c];
        }
        return all || Character.isSurrogate(c) || Arrays.binarySearch(chars, c) >= 0
                || Arrays.binarySearch(chars, fold(c)) >= 0;
    }

    /** Whether a match may start at the beginning of {@code text}. */
    public boolean admitsStart(CharSequence text) {
        return text.length() == 0 ? all : admits(text.charAt(0));
    }

    /** A character as the regular expressions compare it case-insensitively in Unicode. */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
