package dev.winnow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds every occurrence of a fixed set of literals in one pass over a line (Aho-Corasick, compiled to
 * a deterministic automaton: one table step per character). The literals are matched against the
 * line's lowercase, which {@link #scanLowered} computes on the fly character by character, so a line
 * is neither copied nor lowercased as a whole. Immutable; the scans write into a caller's {@link Hits}.
 */
final class AhoCorasick {
    private final char[] alphabet;
    private final char[] loweredColumns;
    private final int width;
    private final int[] delta;
    private final int firstOutputRow;
    private final int[] outputStart;
    private final int[] outputs;

    /** Occurrences found by a scan: literal index and end (exclusive) in the line, in the order found. */
    static final class Hits {
        int[] literals = new int[16];
        int[] ends = new int[16];
        int size;

        void clear() {
            size = 0;
        }

        private void add(int literal, int end) {
            if (size == literals.length) {
                literals = Arrays.copyOf(literals, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            literals[size] = literal;
            ends[size] = end;
            size++;
        }
    }

    /** An automaton for the given literals, known by their index in the list; none may be empty. */
    AhoCorasick(List<String> literals) {
        TreeSet<Character> chars = new TreeSet<>();
        for (String literal : literals) {
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            for (char c : literal.toCharArray()) {
                chars.add(c);
            }
        }
        alphabet = new char[chars.size()];
        int k = 0;
        for (char c : chars) {
            alphabet[k++] = c;
        }
        width = alphabet.length + 1;

        List<int[]> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        children.add(new int[width]);
        own.add(new ArrayList<>());
        for (int id = 0; id < literals.size(); id++) {
            int state = 0;
            for (char c : literals.get(id).toCharArray()) {
                int column = column(c);
                if (children.get(state)[column] == 0) {
                    children.get(state)[column] = children.size();
                    children.add(new int[width]);
                    own.add(new ArrayList<>());
                }
                state = children.get(state)[column];
            }
            own.get(state).add(id);
        }

        int states = children.size();
        int[][] next = new int[states][];
        int[] fail = new int[states];
        List<List<Integer>> found = new ArrayList<>(own);
        List<Integer> order = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        next[0] = children.get(0).clone();
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            order.add(state);
            if (state != 0) {
                List<Integer> all = new ArrayList<>(own.get(state));
                all.addAll(found.get(fail[state]));
                found.set(state, all);
                next[state] = new int[width];
            }
            for (int column = 1; column < width; column++) {
                int child = children.get(state)[column];
                if (state != 0) {
                    next[state][column] = child != 0 ? child : next[fail[state]][column];
                }
                if (child != 0) {
                    fail[child] = state == 0 ? 0 : next[fail[state]][column];
                    queue.add(child);
                }
            }
        }

        int[] renumbered = new int[states];
        int n = 0;
        for (int state : order) {
            if (found.get(state).isEmpty()) {
                renumbered[state] = n++;
            }
        }
        int firstOutput = n;
        for (int state : order) {
            if (!found.get(state).isEmpty()) {
                renumbered[state] = n++;
            }
        }
        firstOutputRow = firstOutput * width;
        delta = new int[states * width];
        outputStart = new int[states - firstOutput + 1];
        List<Integer> flat = new ArrayList<>();
        Map<Integer, Integer> byNumber = new HashMap<>();
        for (int state = 0; state < states; state++) {
            byNumber.put(renumbered[state], state);
            for (int column = 0; column < width; column++) {
                delta[renumbered[state] * width + column] = renumbered[next[state][column]] * width;
            }
        }
        for (int number = firstOutput; number < states; number++) {
            outputStart[number - firstOutput] = flat.size();
            flat.addAll(found.get(byNumber.get(number)));
        }
        outputStart[states - firstOutput] = flat.size();
        outputs = flat.stream().mapToInt(Integer::intValue).toArray();

        char[] columns = new char[Character.MAX_VALUE + 1];
        for (int a = 0; a < alphabet.length; a++) {
            columns[alphabet[a]] = (char) (a + 1);
        }
        loweredColumns = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            loweredColumns[c] = columns[Text.lower((char) c)];
        }
    }

    /** The column of a character: 1 + its index in the alphabet, 0 when no literal holds it. */
    private int column(char c) {
        int index = Arrays.binarySearch(alphabet, c);
        return index < 0 ? 0 : index + 1;
    }

    /**
     * Finds the literals in the lowercase of {@code line[from, to)}, lowercasing character by character;
     * only valid when no character of it is {@link Text#SPECIAL}. Ends are indexes in {@code line}.
     * Returns the set of the characters below 64 it read ({@link Words#lowBit}): the loop waits on the
     * automaton's table anyway, so this comes for free.
     */
    long scanLowered(char[] line, int from, int to, Hits hits) {
        int row = 0;
        long low = 0;
        for (int i = from; i < to; i++) {
            char c = line[i];
            low |= Words.lowBit(c);
            row = delta[row + loweredColumns[c]];
            if (row >= firstOutputRow) {
                report(row, i + 1, hits);
            }
        }
        return low;
    }

    /** Finds the literals in a text taken as it is (already lowercased). */
    void scan(CharSequence text, Hits hits) {
        int row = 0;
        for (int i = 0; i < text.length(); i++) {
            row = delta[row + column(text.charAt(i))];
            if (row >= firstOutputRow) {
                report(row, i + 1, hits);
            }
        }
    }

    private void report(int row, int end, Hits hits) {
        int state = row / width - firstOutputRow / width;
        for (int k = outputStart[state]; k < outputStart[state + 1]; k++) {
            hits.add(outputs[k], end);
        }
    }
}
