package dev.winnow;

import java.util.Map;

/**
 * An immutable map from words (or whole normalised lines) to int values that is looked up with the
 * characters of a reusable buffer, so that the hot loop does not build a String per word. Open
 * addressing with linear probing in a table at most a quarter full.
 */
final class Dictionary {
    /** What {@link #get} returns for a key that is not in the dictionary. */
    static final int MISSING = 0;
    /** Slots per key at least. */
    private static final int LOAD = 4;

    /** Per slot: the key's hash; the key's characters are {@code chars[offsets[slot], + lengths[slot])}. */
    private final int[] hashes;
    private final int[] values;
    private final int[] offsets;
    private final int[] lengths;
    private final char[] chars;
    private final int mask;
    private final int maxLength;

    /** A dictionary of the given entries; the value {@link #MISSING} is not allowed. */
    Dictionary(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(1, entries.size()) * LOAD * 2 - 1);
        hashes = new int[capacity];
        values = new int[capacity];
        offsets = new int[capacity];
        lengths = new int[capacity];
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
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            if (e.getValue() == MISSING) {
                throw new IllegalArgumentException("value " + MISSING + " is reserved for missing keys");
            }
            String key = e.getKey();
            key.getChars(0, key.length(), chars, used);
            int hash = hash(chars, used, key.length());
            int slot = hash & mask;
            while (values[slot] != MISSING) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = hash;
            values[slot] = e.getValue();
            offsets[slot] = used;
            lengths[slot] = key.length();
            used += key.length();
        }
    }

    /** The length of the longest key: longer text is in no entry. */
    int maxLength() {
        return maxLength;
    }

    /** The hash of {@code text[from, from + length)}. */
    static int hash(char[] text, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + text[i];
        }
        return spread(h);
    }

    /** Mixes a polynomial hash ({@code h = 31 * h + c}) so that its low bits can index the table. */
    static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The value of the key {@code text[0, length)}, or {@link #MISSING}. */
    int get(char[] text, int length) {
        if (length > maxLength) {
            return MISSING;
        }
        return get(text, length, hash(text, 0, length));
    }

    /** The value of the key {@code text[0, length)} whose {@link #hash} is given, or {@link #MISSING}. */
    int get(char[] text, int length, int hash) {
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int value = values[slot];
            if (value == MISSING) {
                return MISSING;
            }
            if (hashes[slot] == hash && lengths[slot] == length && equal(offsets[slot], text, length)) {
                return value;
            }
        }
    }

    /** The value of the key, or {@link #MISSING}. */
    int get(String text) {
        if (text.length() > maxLength) {
            return MISSING;
        }
        char[] key = text.toCharArray();
        return get(key, key.length);
    }

    private boolean equal(int offset, char[] text, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != text[i]) {
                return false;
            }
        }
        return true;
    }
}
