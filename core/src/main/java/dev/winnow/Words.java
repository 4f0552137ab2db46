package dev.winnow;

import java.util.Arrays;

/**
 * The words ({@code \w+} tokens) of one line, found without a branch per character: for each word its
 * end, its length and its last {@value #PACKED} lowercase characters packed in two {@code long}s (the
 * whole word when it is that short), which is how {@link Dictionary} looks words up; with the union of
 * the characters' {@link Text#flags} and the set of the characters below 64 the line holds. A reusable
 * buffer, for one thread.
 */
final class Words {
    /** Characters packed per {@code long}. */
    static final int PER_LONG = Long.SIZE / Character.SIZE;
    /** Characters packed per word: the last ones. */
    static final int PACKED = 2 * PER_LONG;
    private static final int WORD_SHIFT = Integer.numberOfTrailingZeros(Text.WORD);
    private static final int HIGH_CHAR_SHIFT = Long.SIZE - Character.SIZE;

    /** How many words the last {@link #split} found. */
    int count;
    /** Per word: the index just after it. */
    int[] ends = new int[64];
    /** Per word: its length in characters. */
    int[] lengths = new int[64];
    /** Per word: its last four lowercase characters, the last one in the low bits. */
    long[] lastFour = new long[64];
    /** Per word: the four lowercase characters before those. */
    long[] fourBefore = new long[64];
    /** The union of the {@link Text#flags} of the text's characters. */
    int flags;
    /** The characters below 64 (space, digits, most punctuation) the text holds: bit c for character c. */
    long low;

    /** Makes room for the words of a text of {@code length} characters. */
    void reserve(int length) {
        int most = length / 2 + 2;
        if (ends.length < most) {
            int size = Math.max(most, 2 * ends.length);
            ends = Arrays.copyOf(ends, size);
            lengths = Arrays.copyOf(lengths, size);
            lastFour = Arrays.copyOf(lastFour, size);
            fourBefore = Arrays.copyOf(fourBefore, size);
        }
    }

    /** Finds the words of {@code text[0, length)}, and sets {@link #flags} and {@link #low}. */
    void split(char[] text, int length) {
        reserve(length);
        int[] e = ends;
        int[] l = lengths;
        long[] p0 = lastFour;
        long[] p1 = fourBefore;
        int k = 0;
        int inWord = 0;
        int wordLength = 0;
        long last = 0;
        long before = 0;
        int all = 0;
        long below = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            int f = Text.flags(c);
            all |= f;
            below |= lowBit(c);
            int word = (f >>> WORD_SHIFT) & 1;
            e[k] = i;
            l[k] = wordLength;
            p0[k] = last;
            p1[k] = before;
            k += inWord & ~word;
            long keep = -(long) word;
            before = (before << Character.SIZE | last >>> HIGH_CHAR_SHIFT) & keep;
            last = (last << Character.SIZE | Text.lower(c)) & keep;
            wordLength = (wordLength + 1) & -word;
            inWord = word;
        }
        e[k] = length;
        l[k] = wordLength;
        p0[k] = last;
        p1[k] = before;
        count = k + inWord;
        flags = all;
        low = below;
    }

    /** The bit of a character below 64 in {@link #low}; 0 for the others. */
    static long lowBit(char c) {
        return (1L << c) & ((long) (c - Long.SIZE) >> (Long.SIZE - 1));
    }

    /** The characters below 64 of {@code text[from, to)}, as in {@link #low}. */
    static long low(char[] text, int from, int to) {
        long below = 0;
        for (int i = from; i < to; i++) {
            below |= lowBit(text[i]);
        }
        return below;
    }

    /** Whether {@code text[from, to)} holds a {@link Text#SPECIAL} character. */
    static boolean special(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((Text.flags(text[i]) & Text.SPECIAL) != 0) {
                return true;
            }
        }
        return false;
    }
}
