package dev.winnow;

import java.util.Map;

/**
 * An immutable map from words (or whole normalised lines) to int values, looked up with the characters
 * of a line or a reusable buffer, so that the hot loop does not build a String per word.
 *
 * <p>Open addressing with linear probing in a table at most a quarter full. A slot is one {@code long}:
 * the key's hash and the entry's number, so that a lookup that misses reads one small array. An entry
 * keeps its first {@value #PACKED_CHARS} characters packed in a {@code long}: a key that short is
 * compared in one step, a longer one character by character after its first ones.
 */
final class Dictionary {
    /** What the lookups return for a key that is not in the dictionary. */
    static final int MISSING = 0;
    /** Slots per key at least. */
    private static final int LOAD = 4;
    /** How many characters of a key {@link #packs} holds. */
    static final int PACKED_CHARS = Long.SIZE / Character.SIZE;

    /** Per slot: the key's hash in the high half, 1 + the entry's index in the low half; 0 when empty. */
    private final long[] slots;
    /** Per entry: its value, its first characters packed, the start of its key in {@link #chars}, its length. */
    private final int[] values;
    private final long[] packs;
    private final int[] offsets;
    private final int[] lengths;
    private final char[] chars;
    private final int mask;
    private final int maxLength;

    /** A dictionary of the given entries; the value {@link #MISSING} is not allowed. */
    Dictionary(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(1, entries.size()) * LOAD * 2 - 1);
        slots = new long[capacity];
        values = new int[entries.size()];
        packs = new long[entries.size()];
        offsets = new int[entries.size()];
        lengths = new int[entries.size()];
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
        int index = 0;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            if (e.getValue() == MISSING) {
                throw new IllegalArgumentException("value " + MISSING + " is reserved for missing keys");
            }
            String key = e.getKey();
            key.getChars(0, key.length(), chars, used);
            int hash = 0;
            long pack = 0;
            for (int i = 0; i < key.length(); i++) {
                hash = 31 * hash + key.charAt(i);
                pack = i < PACKED_CHARS ? pack << Character.SIZE | key.charAt(i) : pack;
            }
            hash = spread(hash);
            int slot = hash & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = ((long) hash << Integer.SIZE) | (index + 1);
            values[index] = e.getValue();
            packs[index] = pack;
            offsets[index] = used;
            lengths[index] = key.length();
            used += key.length();
            index++;
        }
    }

    /** The length of the longest key: longer text is in no entry. */
    int maxLength() {
        return maxLength;
    }

    /** Mixes a polynomial hash ({@code h = 31 * h + c}) so that its low bits can index the table. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The value of the key {@code text[from, from + length)}, or {@link #MISSING}. */
    int get(char[] text, int from, int length) {
        return length > maxLength ? MISSING : find(text, from, length, false);
    }

    /**
     * The value of the key that is the lowercase ({@link Text#lower(char)}) of {@code text[from, from + length)},
     * or {@link #MISSING}. Only for text without {@link Text#SPECIAL} characters.
     */
    int getLowered(char[] text, int from, int length) {
        return length > maxLength ? MISSING : find(text, from, length, true);
    }

    /** The value of the key, or {@link #MISSING}. */
    int get(String text) {
        if (text.length() > maxLength) {
            return MISSING;
        }
        char[] key = text.toCharArray();
        return find(key, 0, key.length, false);
    }

    private int find(char[] text, int from, int length, boolean lower) {
        int hash = 0;
        long pack = 0;
        for (int i = 0; i < length; i++) {
            char c = lower ? Text.lower(text[from + i]) : text[from + i];
            hash = 31 * hash + c;
            pack = i < PACKED_CHARS ? pack << Character.SIZE | c : pack;
        }
        hash = spread(hash);
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return MISSING;
            }
            int index = (int) entry - 1;
            if ((int) (entry >>> Integer.SIZE) == hash && lengths[index] == length && packs[index] == pack
                    && (length <= PACKED_CHARS || equal(offsets[index], text, from, length, lower))) {
                return values[index];
            }
        }
    }

    private boolean equal(int offset, char[] text, int from, int length, boolean lower) {
        for (int i = PACKED_CHARS; i < length; i++) {
            char c = text[from + i];
            if (chars[offset + i] != (lower ? Text.lower(c) : c)) {
                return false;
            }
        }
        return true;
    }
}
