package dev.winnow.text;

import java.util.Locale;

/**
 * Character-level helpers shared by the passes. The character classes come from tables computed once
 * from {@link Character} (one lookup per character instead of several method calls), and so does the
 * lowercase of every character, for the places that lowercase a line one character at a time.
 */
public final class Text {
    /** Draws nothing: white space, no-break and zero-width spaces, BOM. */
    public static final int INVISIBLE = 1;
    /** Part of a {@code \w} token (Unicode): letters, digits, marks, connectors. */
    public static final int WORD = 1 << 1;
    /** {@link Character#isLetter(char)}. */
    public static final int LETTER = 1 << 2;
    /** {@link Character#isUpperCase(char)}. */
    public static final int UPPER = 1 << 3;
    /** {@link Character#isDigit(char)}. */
    public static final int DIGIT = 1 << 4;
    /** {@link Character#isWhitespace(char)}: what {@link String#strip()} removes. */
    public static final int WHITESPACE = 1 << 5;
    /**
     * Lowercasing this character on its own ({@link #lower(char)}) is not what {@link String#toLowerCase(Locale)}
     * does with it in a string (İ, Σ, surrogates), or its lowercase is not its case folding as regular
     * expressions see it (ſ, µ, ς, ...). Code that lowercases character by character falls back to the
     * string methods when a line holds one.
     */
    public static final int SPECIAL = 1 << 6;
    /**
     * One of the characters {@link dev.winnow.lexicon.Features} looks at more closely: menu separators {@code | · • › »},
     * code characters <code>{ } ( ) ; = &lt; &gt; [ ]</code>, and {@code / @} of URLs and e-mail addresses.
     */
    public static final int MARK = 1 << 7;
    /** The characters of {@link #MARK}. */
    static final String MARKS = "|·•›»{}();=<>[]/@";

    private static final byte[] FLAGS;
    private static final char[] LOWER;

    static {
        Tables tables = new Tables();
        FLAGS = tables.flags;
        LOWER = tables.lower;
    }

    /**
     * The tables, built in a class of their own: code running in a class's static initialiser calls that
     * class's static methods through a slower path until the initialisation is done, which made building
     * them slower at every start (benchmarks/README.md, start-up).
     */
    private static final class Tables {
        public final byte[] flags = new byte[Character.MAX_VALUE + 1];
        public final char[] lower = new char[Character.MAX_VALUE + 1];

        Tables() {
            for (int i = 0; i <= Character.MAX_VALUE; i++) {
                int lowercase = Character.toLowerCase(i);
                flags[i] = (byte) classify((char) i, lowercase);
                lower[i] = (flags[i] & SPECIAL) != 0 ? (char) i : (char) lowercase;
            }
            for (char c : MARKS.toCharArray()) {
                flags[c] |= MARK;
            }
        }

        /**
         * The flags of a character, from one {@link Character#getType(char)} where the {@link Character}
         * methods are defined by the general category (isLetter, isDigit, isSpaceChar, isWhitespace), so
         * that building the tables at start-up stays quick; {@code EquivalenceTest} checks every character
         * against the methods themselves. The case mappings are asked for only as far as they can differ from
         * the character ({@code lower}: its lowercase), so that most characters take four lookups in all, not eight.
         */
        private static int classify(char c, int lower) {
            int type = Character.getType(c);
            boolean letter = type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                    || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                    || type == Character.OTHER_LETTER;
            boolean digit = type == Character.DECIMAL_DIGIT_NUMBER;
            boolean spaceChar = type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            boolean whitespace = (spaceChar && c != '\u00A0' && c != '\u2007' && c != '\u202F')
                    || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
            int flags = 0;
            if (whitespace || spaceChar || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
                flags |= INVISIBLE;
            }
            if (letter || digit || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION) {
                flags |= WORD;
            }
            flags |= letter ? LETTER : 0;
            flags |= Character.isUpperCase(c) ? UPPER : 0;
            flags |= digit ? DIGIT : 0;
            flags |= whitespace ? WHITESPACE : 0;
            // special: lowercasing the character alone differs from folding its case (upper, then lower), or
            // folding twice differs from folding once; a character that is its own uppercase folds to its
            // lowercase, and one that folds to itself folds to itself again
            int upper = Character.toUpperCase((int) c);
            int folded = upper == c ? lower : Character.toLowerCase(upper);
            boolean special = Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3'
                    || lower > Character.MAX_VALUE || lower != folded
                    || (folded != c && Character.toLowerCase(Character.toUpperCase(folded)) != folded);
            flags |= special ? SPECIAL : 0;
            return flags;
        }
    }

    private Text() {
    }

    /** The classes of a character: a combination of {@link #INVISIBLE}, {@link #WORD}, ... {@link #MARK}. */
    public static int flags(char c) {
        return FLAGS[c] & 0xFF;
    }

    /** The lowercase of a character that is not {@link #SPECIAL} (for a special one: the character itself). */
    public static char lower(char c) {
        return LOWER[c];
    }

    /** Whether {@code text[from, to)} holds a {@link #DIGIT}. */
    public static boolean hasDigit(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((FLAGS[text[i]] & DIGIT) != 0) {
                return true;
            }
        }
        return false;
    }

    /** True for characters that draw nothing: white space, no-break and zero-width spaces, BOM. */
    public static boolean isInvisible(char c) {
        return (FLAGS[c] & INVISIBLE) != 0;
    }

    /** The line without the characters that draw nothing at either end (no-break and zero-width spaces too). */
    public static String stripInvisible(String line) {
        int start = 0, end = line.length();
        while (start < end && isInvisible(line.charAt(start))) {
            start++;
        }
        while (end > start && isInvisible(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    /** True when the line has no visible character. */
    public static boolean isBlank(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            if ((FLAGS[line.charAt(i)] & INVISIBLE) == 0) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text[0, length)} has no visible character. */
    public static boolean isBlank(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            if ((FLAGS[text[i]] & INVISIBLE) == 0) {
                return false;
            }
        }
        return true;
    }

    /** True for characters of a {@code \w} token (Unicode): letters, digits, marks, connectors. */
    public static boolean isWordChar(char c) {
        return (FLAGS[c] & WORD) != 0;
    }

    /** True when {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return (FLAGS[c] & (LETTER | DIGIT)) != 0;
    }

    /** The first character {@link String#strip()} keeps of {@code text[0, length)} ({@code length} if none). */
    public static int stripStart(char[] text, int length) {
        int start = 0;
        while (start < length && (FLAGS[text[start]] & WHITESPACE) != 0) {
            start++;
        }
        return start;
    }

    /** The end of what {@link String#strip()} keeps of {@code text[start, length)}. */
    public static int stripEnd(char[] text, int start, int length) {
        int end = length;
        while (end > start && (FLAGS[text[end - 1]] & WHITESPACE) != 0) {
            end--;
        }
        return end;
    }

    /**
     * The form used to look a line up in whole-line lists: lowercase, without leading or trailing
     * characters that are not letters or digits (bullets, arrows, punctuation, icons; a combining mark
     * that ends the last word stays), inner white space folded to one space.
     */
    public static String normalize(String line) {
        return normalize(line, new char[line.length()]);
    }

    /** {@link #normalize(String)} using {@code buffer} (at least as long as the line) for the work. */
    public static String normalize(String line, char[] buffer) {
        line.getChars(0, line.length(), buffer, 0);
        int length = normalize(buffer, 0, line.length(), buffer);
        return length >= 0 ? new String(buffer, 0, length) : normalizeSlowly(line);
    }

    /**
     * Writes {@link #normalize(String)} of {@code text[from, to)} into {@code out} (at least
     * {@code to - from} long; it may be {@code text} itself) and returns its length; returns -1,
     * writing nothing useful, when the text holds a {@link #SPECIAL} character (then use
     * {@link #normalize(String)}).
     */
    public static int normalize(char[] text, int from, int to, char[] out) {
        return normalize(text, from, to, out, Integer.MAX_VALUE - 1);
    }

    /**
     * {@link #normalize(char[], int, int, char[])}, giving up as soon as the normal form is longer than
     * {@code limit}: then it returns {@code limit + 1} (whatever the characters after; the
     * characters before it lowercase one by one, so the normal form is that long in any case).
     */
    public static int normalize(char[] text, int from, int to, char[] out, int limit) {
        int start = from;
        int end = to;
        while (start < end && (FLAGS[text[start]] & (LETTER | DIGIT)) == 0) {
            start++;
        }
        while (end > start && (FLAGS[text[end - 1]] & (LETTER | DIGIT)) == 0 && !endsWithMark(text[end - 1])) {
            end--;
        }
        int length = 0;
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text[i];
            int flags = FLAGS[c];
            if ((flags & INVISIBLE) != 0) {
                space = true;
            } else {
                if ((flags & SPECIAL) != 0) {
                    return -1;
                }
                if (length + (space ? 2 : 1) > limit) {
                    return limit + 1;
                }
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                out[length++] = LOWER[c];
            }
        }
        return length;
    }

    /**
     * True for a combining mark: the vowel sign that ends a word in Hindi, Bengali or Thai belongs to the
     * word, so the trimming of a normal form's end keeps it.
     */
    private static boolean endsWithMark(char c) {
        if (c < '\u0300') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** {@link #normalize(String)} with {@link String#toLowerCase(Locale)}, for text with special characters. */
    private static String normalizeSlowly(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && !isLetterOrDigit(line.charAt(start))) {
            start++;
        }
        while (end > start && !isLetterOrDigit(line.charAt(end - 1)) && !endsWithMark(line.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (isInvisible(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
