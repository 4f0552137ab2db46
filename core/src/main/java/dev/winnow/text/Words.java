package dev.winnow.text;

import java.util.Arrays;

/**
 * The words ({@code \w+} tokens) of one line: for each word its end and length, and its last
 * {@value #PACKED} lowercase characters packed in a {@code long} (the whole word when it is that short),
 * which is how {@link dev.winnow.lexicon.Dictionary} looks words up. {@link #split} finds them without a branch per
 * character ({@link dev.winnow.lexicon.Features} does the same while it counts). A reusable buffer, for one thread.
 */
public final class Words {
    /** Characters packed per word: the last ones. */
    public static final int PACKED = Long.SIZE / Character.SIZE;
    public static final int WORD_SHIFT = Integer.numberOfTrailingZeros(Text.WORD);

    /** How many words were found. */
    public int count;
    /** Per word: the index just after it in the high half, its length in the low half. */
    public long[] spans = new long[64];
    /** Per word: its last four lowercase characters, the last one in the low bits. */
    public long[] lastFour = new long[64];
    /**
     * Per word, after {@link dev.winnow.lexicon.Features#of}: the value the stoplist gave it ({@link dev.winnow.lexicon.Dictionary#MISSING} for
     * a word too long to be looked up).
     */
    public int[] bits = new int[64];
    /** The union of the {@link Text#flags} of the text's characters. */
    public int flags;

    /** Makes room for the words of a text of {@code length} characters. */
    public void reserve(int length) {
        int most = length / 2 + 2;
        if (spans.length < most) {
            int size = Math.max(most, 2 * spans.length);
            spans = Arrays.copyOf(spans, size);
            lastFour = Arrays.copyOf(lastFour, size);
            bits = Arrays.copyOf(bits, size);
        }
    }

    /** The end (exclusive) of word {@code w}. */
    public int end(int w) {
        return (int) (spans[w] >>> Integer.SIZE);
    }

    /** The length of word {@code w}. */
    public int length(int w) {
        return (int) spans[w];
    }

    /** Finds the words of {@code text[0, length)}, and sets {@link #flags}. */
    public void split(char[] text, int length) {
        reserve(length);
        long[] s = spans;
        long[] p = lastFour;
        int k = 0;
        int inWord = 0;
        int wordLength = 0;
        long last = 0;
        int all = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            int f = Text.flags(c);
            all |= f;
            int word = (f >>> WORD_SHIFT) & 1;
            s[k] = (long) i << Integer.SIZE | wordLength;
            p[k] = last;
            k += inWord & ~word;
            last = (last << Character.SIZE | Text.lower(c)) & -(long) word;
            wordLength = (wordLength + 1) & -word;
            inWord = word;
        }
        s[k] = (long) length << Integer.SIZE | wordLength;
        p[k] = last;
        count = k + inWord;
        flags = all;
    }

    /** The bit of a character below 64 in a set of such characters (bit c for c); 0 for the others. */
    public static long lowBit(char c) {
        return (1L << c) & ((long) (c - Long.SIZE) >> (Long.SIZE - 1));
    }

    /** Whether {@code text[from, to)} holds a {@link Text#SPECIAL} character. */
    public static boolean special(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((Text.flags(text[i]) & Text.SPECIAL) != 0) {
                return true;
            }
        }
        return false;
    }
}
