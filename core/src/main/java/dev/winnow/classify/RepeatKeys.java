package dev.winnow.classify;

import dev.winnow.text.Text;
import dev.winnow.text.Words;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The repeat keys of a document's lines ({@link dev.winnow.context.ContextPass#keys}), numbered: per line the number of its
 * key (or -1 when it has none), per key how many lines have it. The same information as the list of key
 * strings and a map from key to count, without a {@code String} per line or a boxed count per key: the
 * normal forms are compared in one character array.
 */
public final class RepeatKeys {
    /** A line without a key. */
    public static final int NONE = -1;
    /** A key has at least this many characters (shorter normal forms are no key). */
    static final int MIN_CHARS = 3;

    /** Per line: its key's number, or {@link #NONE}. */
    private final int[] ids;
    /** Per key: how many lines have it. */
    private int[] counts;
    /** Per key: where its characters start in {@link #chars}, its length, its {@link #hash}. */
    private int[] offsets;
    private int[] lengths;
    private int[] hashes;
    private char[] chars;
    private int used;
    private int size;
    /** Open addressing: 1 + a key's number, 0 for an empty slot. */
    private final int[] slots;
    private final int mask;

    /** Room for the keys of so many lines, none of which has a key yet ({@link #set}). */
    RepeatKeys(int lines) {
        ids = new int[lines];
        Arrays.fill(ids, NONE);
        int keys = Math.max(lines, 1);
        counts = new int[Math.min(keys, 64)];
        offsets = new int[counts.length];
        lengths = new int[counts.length];
        hashes = new int[counts.length];
        chars = new char[Math.min(keys, 64) * 16];
        int capacity = Integer.highestOneBit(keys * 4 - 1);
        slots = new int[Math.max(capacity, 2)];
        mask = slots.length - 1;
    }

    /** The keys of the lines: their normal forms as {@link dev.winnow.context.ContextPass#keys} computes them. */
    public static RepeatKeys of(List<String> texts) {
        RepeatKeys keys = new RepeatKeys(texts.size());
        char[] buffer = new char[LinePass.MAX_LIST_LINE_CHARS];
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            int n = t.length();
            if (n > LinePass.MAX_LIST_LINE_CHARS) {
                keys.ids[i] = NONE;
                continue;
            }
            t.getChars(0, n, buffer, 0);
            int length = Text.normalize(buffer, 0, n, buffer);
            if (length >= 0) {
                keys.ids[i] = length >= MIN_CHARS ? keys.intern(buffer, length) : NONE;
            } else {
                char[] slow = Text.normalize(t).toCharArray();
                keys.ids[i] = slow.length >= MIN_CHARS ? keys.intern(slow, slow.length) : NONE;
            }
        }
        return keys;
    }

    /** The keys of a list as {@link dev.winnow.context.ContextPass#keys} returns it: a key string or null per line. */
    public static RepeatKeys ofKeys(List<String> keyStrings) {
        RepeatKeys keys = new RepeatKeys(keyStrings.size());
        for (int i = 0; i < keyStrings.size(); i++) {
            String key = keyStrings.get(i);
            keys.ids[i] = key == null ? NONE : keys.intern(key.toCharArray(), key.length());
        }
        return keys;
    }

    /**
     * Sets the key of a line whose normal form ({@link Text#normalize(String)}) is {@code normal[0, length)}:
     * the line has a key when it is at most {@link LinePass#MAX_LIST_LINE_CHARS} long (the caller checks)
     * and its normal form has at least {@link #MIN_CHARS} characters. Once per line.
     */
    void set(int line, char[] normal, int length) {
        ids[line] = length >= MIN_CHARS ? intern(normal, length) : NONE;
    }

    /** How many lines. */
    public int lines() {
        return ids.length;
    }

    /** The number of the line's key, or {@link #NONE}. */
    public int id(int line) {
        return ids[line];
    }

    /** How many lines have the line's key; 1 for a line without a key. */
    public int count(int line) {
        int id = ids[line];
        return id == NONE ? 1 : counts[id];
    }

    /** Whether the line has a key that another line has too. */
    public boolean repeated(int line) {
        int id = ids[line];
        return id != NONE && counts[id] > 1;
    }

    /** The key's text. */
    public String key(int id) {
        return new String(chars, offsets[id], lengths[id]);
    }

    /**
     * The number of the key most lines have, when they are more than {@code moreThan}; else {@link #NONE}.
     * Among keys of the same count, the first in the iteration order of a {@link HashMap} from key to count
     * filled line by line (what the context pass read before).
     */
    public int mostRepeated(int moreThan) {
        int best = moreThan;
        int anchor = NONE;
        int ties = 0;
        for (int id = 0; id < size; id++) {
            if (counts[id] > best) {
                best = counts[id];
                anchor = id;
                ties = 1;
            } else if (counts[id] == best && anchor != NONE) {
                ties++;
            }
        }
        if (ties <= 1) {
            return anchor;
        }
        Map<String, Integer> map = new HashMap<>();
        for (int id : ids) {
            if (id != NONE) {
                map.merge(key(id), 1, Integer::sum);
            }
        }
        String first = null;
        int most = moreThan;
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                first = e.getKey();
            }
        }
        char[] key = first.toCharArray();
        return find(key, key.length, hash(key, key.length));
    }

    /**
     * A hash of the key from its length and its first and last {@value Words#PACKED} characters: keys are
     * compared in full anyway, and lines that differ only in the middle are rare enough.
     */
    private static int hash(char[] key, int length) {
        if (length == 0) {
            return 0;
        }
        long head = 0;
        long tail = 0;
        for (int i = 0; i < Words.PACKED; i++) {
            head = head << Character.SIZE | key[Math.min(i, length - 1)];
            tail = tail << Character.SIZE | key[Math.max(length - 1 - i, 0)];
        }
        long h = (head * 0x9E3779B97F4A7C15L + tail) * 0xC2B2AE3D27D4EB4FL + length;
        return (int) (h ^ (h >>> 32));
    }

    private static int slot(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The number of the key {@code key[0, length)}, or {@link #NONE}. */
    private int find(char[] key, int length, int hash) {
        for (int s = slot(hash) & mask; ; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (id < 0) {
                return NONE;
            }
            if (hashes[id] == hash && lengths[id] == length
                    && Arrays.equals(chars, offsets[id], offsets[id] + length, key, 0, length)) {
                return id;
            }
        }
    }

    /** Counts one more line with the key {@code key[0, length)} and returns its number. */
    private int intern(char[] key, int length) {
        int hash = hash(key, length);
        int s = slot(hash) & mask;
        for (; ; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (id < 0) {
                break;
            }
            if (hashes[id] == hash && lengths[id] == length
                    && Arrays.equals(chars, offsets[id], offsets[id] + length, key, 0, length)) {
                counts[id]++;
                return id;
            }
        }
        if (size == counts.length) {
            int grown = 2 * size;
            counts = Arrays.copyOf(counts, grown);
            offsets = Arrays.copyOf(offsets, grown);
            lengths = Arrays.copyOf(lengths, grown);
            hashes = Arrays.copyOf(hashes, grown);
        }
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(used + length, 2 * chars.length));
        }
        System.arraycopy(key, 0, chars, used, length);
        int id = size++;
        offsets[id] = used;
        lengths[id] = length;
        hashes[id] = hash;
        counts[id] = 1;
        used += length;
        slots[s] = id + 1;
        return id;
    }
}
