package dev.winnow.lexicon;

import dev.winnow.text.Text;
import dev.winnow.text.Words;
import java.util.Map;

/**
 * An immutable map from words (or whole normalised lines) to int values, looked up with characters
 * rather than a String, so that the hot loop does not build a String per word.
 *
 * <p>A key is known by its length and its last {@value Words#PACKED} characters packed in a
 * {@code long}, as {@link Words} computes them while it splits a line: a key that short is compared
 * in two steps, a longer one also character by character. Open addressing with linear probing in a
 * table at most a quarter full.
 */
public final class Dictionary {
    /** What the lookups return for a key that is not in the dictionary. */
    public static final int MISSING = 0;
    /** Slots per key at least. */
    private static final int LOAD = 4;

    /** Per slot: the entry's index; 0 when empty. */
    private final int[] slots;
    /**
     * Per entry: its packed characters, its length, its value, the start of its key in {@link #chars}.
     * Entry 0 is no key (length -1, value {@link #MISSING}): what an empty slot points to.
     */
    private final long[] lastFour;
    private final int[] lengths;
    private final int[] values;
    private final int[] offsets;
    private final char[] chars;
    private final int mask;
    private final int maxLength;

    /** A dictionary of the given entries; the value {@link #MISSING} is not allowed. */
    public Dictionary(Map<String, Integer> entries) {
        int size = entries.size();
        int capacity = Integer.highestOneBit(Math.max(1, size) * LOAD * 2 - 1);
        slots = new int[capacity];
        lastFour = new long[size + 1];
        lengths = new int[size + 1];
        values = new int[size + 1];
        offsets = new int[size + 1];
        lengths[0] = -1;
        mask = capacity - 1;
        int total = 0;
        int longest = 0;
        for (String key : entries.keySet()) {
            total += key.length();
            longest = Math.max(longest, key.length());
        }
        chars = new char[total];
        maxLength = longest;
        int used = 0;
        int index = 1;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            if (e.getValue() == MISSING) {
                throw new IllegalArgumentException("value " + MISSING + " is reserved for missing keys");
            }
            String key = e.getKey();
            key.getChars(0, key.length(), chars, used);
            long last = 0;
            for (int i = 0; i < key.length(); i++) {
                last = last << Character.SIZE | key.charAt(i);
            }
            int slot = hash(last, key.length()) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = index;
            lastFour[index] = last;
            lengths[index] = key.length();
            values[index] = e.getValue();
            offsets[index] = used;
            used += key.length();
            index++;
        }
    }

    /** The length of the longest key: longer text is in no entry. */
    int maxLength() {
        return maxLength;
    }

    private static int hash(long last, int length) {
        long h = last * 0x9E3779B97F4A7C15L ^ length;
        return (int) (h ^ (h >>> 29) ^ (h >>> 43));
    }

    /**
     * The value of the key {@code text[from, from + length)}, lowercased ({@link Text#lower(char)}) when
     * {@code lower}, whose last characters, packed as {@link Words} packs them, are {@code last};
     * {@link #MISSING} if none.
     */
    public int get(long last, int length, char[] text, int from, boolean lower) {
        if (length > maxLength) {
            return MISSING;
        }
        int home = hash(last, length) & mask;
        int first = slots[home];
        long differs = (lastFour[first] ^ last) | (lengths[first] ^ length);
        // Settled by the home slot, without a branch on whether the key is there (a stopword or not is
        // too irregular to predict): an empty slot, or a key short enough that packed characters and
        // length identify it. Else probe.
        if ((first == 0) | ((differs == 0) & (length <= Words.PACKED))) {
            return values[first] & ~(int) ((differs | -differs) >> (Long.SIZE - 1));
        }
        for (int slot = home; ; slot = (slot + 1) & mask) {
            int index = slots[slot];
            if (index == 0) {
                return MISSING;
            }
            if (lastFour[index] == last && lengths[index] == length
                    && (length <= Words.PACKED || equal(offsets[index], text, from, length, lower))) {
                return values[index];
            }
        }
    }

    /** The value of the key {@code text[from, from + length)}, or {@link #MISSING}. */
    public int get(char[] text, int from, int length) {
        if (length > maxLength) {
            return MISSING;
        }
        long last = 0;
        for (int i = from; i < from + length; i++) {
            last = last << Character.SIZE | text[i];
        }
        return get(last, length, text, from, false);
    }

    /** The value of the key, or {@link #MISSING}. */
    public int get(String text) {
        if (text.length() > maxLength) {
            return MISSING;
        }
        char[] key = text.toCharArray();
        return get(key, 0, key.length);
    }

    /** Whether the key's characters before its packed ones are those of {@code text} from {@code from}. */
    private boolean equal(int offset, char[] text, int from, int length, boolean lower) {
        for (int i = 0; i < length - Words.PACKED; i++) {
            char c = text[from + i];
            if (chars[offset + i] != (lower ? Text.lower(c) : c)) {
                return false;
            }
        }
        return true;
    }
}
