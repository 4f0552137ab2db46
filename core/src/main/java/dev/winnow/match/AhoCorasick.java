package dev.winnow.match;

import dev.winnow.text.Text;
import dev.winnow.text.Words;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of a fixed set of literals in one pass over a line (Aho-Corasick, compiled to
 * a deterministic automaton: one table step per character). The literals are matched against the
 * line's lowercase, which {@link #scanLowered} computes on the fly character by character, so a line
 * is neither copied nor lowercased as a whole. Immutable; the scans write into a caller's {@link Hits}.
 */
public final class AhoCorasick {
    private final char[] alphabet;
    private final char[] loweredColumns;
    private final int width;
    private final int[] delta;
    private final int firstOutputRow;
    private final int[] outputStart;
    private final int[] outputs;
    /** The trie's first capacity, in states; it doubles as needed. */
    private static final int INITIAL_STATES = 64;

    /** Occurrences found by a scan: literal index and end (exclusive) in the line, in the order found. */
    public static final class Hits {
        public int[] literals = new int[16];
        public int[] ends = new int[16];
        public int size;

        public void clear() {
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

    /**
     * An automaton for the given literals, known by their index in the list; none may be empty. Built
     * with arrays of ints rather than collections of boxed ones: the lexicon builds it at every start.
     */
    public AhoCorasick(List<String> literals) {
        alphabet = alphabet(literals);
        width = alphabet.length + 1;
        char[] columns = new char[Character.MAX_VALUE + 1];
        for (int a = 0; a < alphabet.length; a++) {
            columns[alphabet[a]] = (char) (a + 1);
        }

        // the trie: child[state * width + column], 0 for none (the root is state 0, never a child)
        int[] child = new int[INITIAL_STATES * width];
        int[] end = new int[literals.size()];
        int states = 1;
        for (int id = 0; id < literals.size(); id++) {
            int state = 0;
            String literal = literals.get(id);
            for (int i = 0; i < literal.length(); i++) {
                int slot = state * width + columns[literal.charAt(i)];
                if (child[slot] == 0) {
                    if (states * width == child.length) {
                        child = Arrays.copyOf(child, 2 * child.length);
                    }
                    child[slot] = states++;
                }
                state = child[slot];
            }
            end[id] = state;
        }

        // breadth first: the failure links and the full transitions (next), in the order states are reached
        int[] next = new int[states * width];
        int[] fail = new int[states];
        int[] order = new int[states];
        int reached = 1;
        for (int k = 0; k < reached; k++) {
            int state = order[k];
            for (int column = 1; column < width; column++) {
                int c = child[state * width + column];
                if (state != 0) {
                    next[state * width + column] = c != 0 ? c : next[fail[state] * width + column];
                } else {
                    next[column] = c;
                }
                if (c != 0) {
                    fail[c] = state == 0 ? 0 : next[fail[state] * width + column];
                    order[reached++] = c;
                }
            }
        }

        // a state's outputs: the literals ending there (by index), then those of its failure state
        int[] ownStart = new int[states + 1];
        for (int state : end) {
            ownStart[state + 1]++;
        }
        for (int state = 0; state < states; state++) {
            ownStart[state + 1] += ownStart[state];
        }
        int[] own = new int[end.length];
        int[] filled = Arrays.copyOf(ownStart, states);
        for (int id = 0; id < end.length; id++) {
            own[filled[end[id]]++] = id;
        }
        int[] found = new int[states];
        for (int k = 1; k < states; k++) {
            int state = order[k];
            found[state] = ownStart[state + 1] - ownStart[state] + found[fail[state]];
        }

        // states without outputs first, then those with: a scan tests for an output with one comparison
        int[] renumbered = new int[states];
        int[] byNumber = new int[states];
        int n = 0;
        for (int state : order) {
            if (found[state] == 0) {
                byNumber[n] = state;
                renumbered[state] = n++;
            }
        }
        int firstOutput = n;
        for (int state : order) {
            if (found[state] != 0) {
                byNumber[n] = state;
                renumbered[state] = n++;
            }
        }
        firstOutputRow = firstOutput * width;
        delta = new int[states * width];
        for (int state = 0; state < states; state++) {
            int row = renumbered[state] * width;
            for (int column = 0; column < width; column++) {
                delta[row + column] = renumbered[next[state * width + column]] * width;
            }
        }
        outputStart = new int[states - firstOutput + 1];
        int total = 0;
        for (int number = firstOutput; number < states; number++) {
            total += found[byNumber[number]];
        }
        outputs = new int[total];
        int size = 0;
        for (int number = firstOutput; number < states; number++) {
            outputStart[number - firstOutput] = size;
            for (int state = byNumber[number]; state != 0; state = fail[state]) {
                for (int k = ownStart[state]; k < ownStart[state + 1]; k++) {
                    outputs[size++] = own[k];
                }
            }
        }
        outputStart[states - firstOutput] = size;

        loweredColumns = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            loweredColumns[c] = columns[Text.lower((char) c)];
        }
    }

    /** The distinct characters of the literals, in order. */
    private static char[] alphabet(List<String> literals) {
        StringBuilder all = new StringBuilder();
        for (String literal : literals) {
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            all.append(literal);
        }
        char[] chars = all.toString().toCharArray();
        Arrays.sort(chars);
        int distinct = 0;
        for (int i = 0; i < chars.length; i++) {
            if (i == 0 || chars[i] != chars[i - 1]) {
                chars[distinct++] = chars[i];
            }
        }
        return Arrays.copyOf(chars, distinct);
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
    public long scanLowered(char[] line, int from, int to, Hits hits) {
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

    /**
     * {@link #scanLowered(char[], int, int, Hits)} over a whole string; returns false, with the hits found
     * so far, as soon as it meets a {@link Text#SPECIAL} character (the caller then falls back to a slower
     * exact path).
     */
    public boolean scanLowered(String line, Hits hits) {
        int row = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((Text.flags(c) & Text.SPECIAL) != 0) {
                return false;
            }
            row = delta[row + loweredColumns[c]];
            if (row >= firstOutputRow) {
                report(row, i + 1, hits);
            }
        }
        return true;
    }

    /** Finds the literals in a text taken as it is (already lowercased). */
    public void scan(CharSequence text, Hits hits) {
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
