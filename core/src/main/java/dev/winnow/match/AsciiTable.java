package dev.winnow.match;

import java.util.List;

/**
 * A fixed set of strings looked up by a range of characters without building a {@code String}: the
 * range is lowercased on the fly (ASCII letters only) and compared with the keys. Meant for ranges of
 * ASCII characters, where this lowercasing is exactly {@code toLowerCase(Locale.ROOT)}; a caller with
 * other characters takes the {@code String} path. Immutable and thread-safe.
 */
public final class AsciiTable {
    private final String[] keys;
    private final int[] positions;
    /** Per slot: the hash of its key, compared before its characters. */
    private final int[] hashes;
    private final int mask;

    /** A table of these keys; {@link #indexOf} answers with a key's position in the list. */
    public AsciiTable(List<String> keys) {
        int size = Integer.highestOneBit(Math.max(4, keys.size() * 4) - 1) << 1;
        this.keys = new String[size];
        this.positions = new int[size];
        this.hashes = new int[size];
        this.mask = size - 1;
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            int h = hash(key, 0, key.length());
            int slot = (h ^ (h >>> 16)) & mask;
            while (this.keys[slot] != null) {
                if (this.keys[slot].equals(key)) {
                    throw new IllegalArgumentException("duplicate key " + key);
                }
                slot = (slot + 1) & mask;
            }
            this.keys[slot] = key;
            positions[slot] = k;
            hashes[slot] = h;
        }
    }

    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** Lowercase of each ASCII character: {@link #lower} as a table. */
    private static final char[] LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            LOWER[c] = (char) lower(c);
        }
    }

    /** The hash of a range so far, {@code h}, extended by the character {@code c}; a range starts at 0. */
    public static int step(int h, char c) {
        return 31 * h + lower(c);
    }

    /** {@link #step} for an ASCII character ({@code c < 128}). */
    public static int stepAscii(int h, char c) {
        return 31 * h + LOWER[c];
    }

    private static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = step(h, s.charAt(i));
        }
        return h;
    }

    /**
     * The position of the key equal to {@code s[start, end)} with its ASCII letters lowercased, or -1.
     */
    public int indexOf(String s, int start, int end) {
        return indexOf(s, start, end, hash(s, start, end));
    }

    /** Like {@link #indexOf(String, int, int)} with the range's hash already computed with {@link #step}. */
    public int indexOf(String s, int start, int end, int hash) {
        int length = end - start;
        int slot = (hash ^ (hash >>> 16)) & mask;
        for (String key = keys[slot]; key != null; slot = (slot + 1) & mask, key = keys[slot]) {
            if (hashes[slot] == hash && key.length() == length && equal(key, s, start)) {
                return positions[slot];
            }
        }
        return -1;
    }

    private static boolean equal(String key, String s, int start) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(s.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }
}
