package dev.winnow.eval;

import dev.winnow.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries the truth labels of a page's text dump over to the lines winnow reads from the same page's
 * HTML, by their text. The dump's visible lines are joined into one string (single spaces, white space
 * collapsed); an HTML line takes the label of the dump lines its text covers there, when they all
 * agree. It is found at or after the end of the previous match, else anywhere; a short line must cover
 * whole dump lines (so that {@code Share} does not match inside a paragraph), a line of at least
 * {@value #PART_MIN_CHARS} characters may be part of one. Lines that match nowhere, or span dump
 * lines of different labels, stay unmatched and are not scored.
 */
public final class LineAlignment {
    /** An HTML line this long may match part of a dump line. */
    static final int PART_MIN_CHARS = 20;

    private final String joined;
    /** Per character of {@link #joined}: the index of its dump line, -1 for the space between two. */
    private final int[] lineAt;
    private final int[] lineStart;
    private final int[] lineEnd;
    private final List<Label> labels;
    private int cursor;

    /** @param truth the dump's visible lines, in order, with their labels */
    public LineAlignment(List<String> texts, List<Label> truth) {
        StringBuilder out = new StringBuilder();
        List<Integer> owners = new ArrayList<>();
        lineStart = new int[texts.size()];
        lineEnd = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                out.append(' ');
                owners.add(-1);
            }
            String t = normalize(texts.get(i));
            lineStart[i] = out.length();
            out.append(t);
            for (int k = 0; k < t.length(); k++) {
                owners.add(i);
            }
            lineEnd[i] = out.length();
        }
        joined = out.toString();
        lineAt = owners.stream().mapToInt(Integer::intValue).toArray();
        labels = List.copyOf(truth);
    }

    /** White space collapsed to single spaces, stripped. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The truth label of the next HTML line, in page order, or null when it cannot be matched. */
    public Label match(String htmlLine) {
        String t = normalize(htmlLine);
        if (t.isEmpty()) {
            return null;
        }
        int at = find(t, cursor);
        if (at < 0) {
            at = find(t, 0);
        }
        if (at < 0) {
            return null;
        }
        int first = lineAt[at];
        int last = lineAt[at + t.length() - 1];
        Label label = labels.get(first);
        for (int i = first + 1; i <= last; i++) {
            if (labels.get(i) != label) {
                return null;
            }
        }
        cursor = at + t.length();
        return label;
    }

    /** The first acceptable occurrence of {@code t} from {@code from}, or -1. */
    private int find(String t, int from) {
        for (int at = joined.indexOf(t, from); at >= 0; at = joined.indexOf(t, at + 1)) {
            int first = lineAt[at];
            int last = lineAt[at + t.length() - 1];
            if (first < 0 || last < 0) {
                continue;
            }
            boolean whole = lineStart[first] == at && lineEnd[last] == at + t.length();
            if (whole || t.length() >= PART_MIN_CHARS) {
                return at;
            }
        }
        return -1;
    }
}
