package dev.winnow.golden;

import dev.winnow.format.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact unified diff of two lists of lines: hunks headed {@code @@ -a,n +b,m @@} with
 * {@link #CONTEXT} lines of context, removed lines {@code -}, added lines {@code +}, long lines
 * shortened. The common prefix and suffix are skipped first; the middle is compared by a longest
 * common subsequence when it is small enough ({@link #MAX_CELLS}), otherwise shown as replaced whole.
 */
public final class UnifiedDiff {
    /** Unchanged lines shown around each change. */
    static final int CONTEXT = 2;
    /** The largest middle (lines × lines) compared line by line. */
    static final long MAX_CELLS = 4_000_000;
    /** Lines are shortened to this many code points. */
    static final int WIDTH = 120;

    private enum Op { KEEP, DELETE, INSERT }

    private record Edit(Op op, String text, int oldLine, int newLine) {
    }

    private UnifiedDiff() {
    }

    /** The diff from {@code expected} to {@code actual}; empty when they are equal. */
    public static List<String> of(List<String> expected, List<String> actual) {
        List<Edit> edits = edits(expected, actual);
        List<Integer> changes = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).op() != Op.KEEP) {
                changes.add(i);
            }
        }
        List<String> out = new ArrayList<>();
        int k = 0;
        while (k < changes.size()) {
            int first = changes.get(k);
            int last = first;
            while (k + 1 < changes.size() && changes.get(k + 1) - last <= 2 * CONTEXT + 1) {
                last = changes.get(++k);
            }
            k++;
            out.addAll(hunk(edits.subList(Math.max(0, first - CONTEXT), Math.min(edits.size(), last + CONTEXT + 1))));
        }
        return out;
    }

    private static List<String> hunk(List<Edit> edits) {
        int oldStart = edits.get(0).oldLine();
        int newStart = edits.get(0).newLine();
        int oldCount = 0;
        int newCount = 0;
        List<String> body = new ArrayList<>();
        for (Edit e : edits) {
            oldCount += e.op() == Op.INSERT ? 0 : 1;
            newCount += e.op() == Op.DELETE ? 0 : 1;
            char mark = e.op() == Op.KEEP ? ' ' : e.op() == Op.DELETE ? '-' : '+';
            body.add(mark + Lines.truncate(e.text(), WIDTH));
        }
        List<String> out = new ArrayList<>();
        out.add("@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@");
        out.addAll(body);
        return out;
    }

    /** The edit script; each edit knows the 1-based line it stands at in both lists. */
    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            edits.add(new Edit(Op.KEEP, a.get(k), k + 1, k + 1));
        }
        middle(midA, midB, prefix, edits);
        for (int k = 0; k < suffix; k++) {
            int ia = a.size() - suffix + k;
            int ib = b.size() - suffix + k;
            edits.add(new Edit(Op.KEEP, a.get(ia), ia + 1, ib + 1));
        }
        return edits;
    }

    private static void middle(List<String> a, List<String> b, int offset, List<Edit> edits) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            a.forEach(line -> edits.add(new Edit(Op.DELETE, line, offset + 1, offset + 1)));
            b.forEach(line -> edits.add(new Edit(Op.INSERT, line, offset + 1 + n, offset + 1)));
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(Op.KEEP, a.get(i), offset + i + 1, offset + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit(Op.DELETE, a.get(i), offset + i + 1, offset + j + 1));
                i++;
            } else {
                edits.add(new Edit(Op.INSERT, b.get(j), offset + i + 1, offset + j + 1));
                j++;
            }
        }
    }
}
