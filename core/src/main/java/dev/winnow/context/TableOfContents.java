package dev.winnow.context;

import dev.winnow.Label;
import dev.winnow.classify.Assessment;
import dev.winnow.classify.RepeatKeys;
import dev.winnow.context.ContextPass.Decision;
import dev.winnow.lexicon.Cues;
import java.util.Arrays;
import java.util.List;

/**
 * A table of contents is navigation: its heading ({@code Table of contents}, {@code Sommaire}: the
 * language's {@code contents.headings.txt}) and the entries right under it, short lines each of which
 * comes back later in the page, in the same order, as a heading with text between (the sections it links
 * to). The headings further down keep their labels. Entries are known only by coming back: a list under
 * such a heading whose lines do not is left as it was.
 */
public final class TableOfContents {
    /** An entry has at most this many words: a heading, not a paragraph. */
    static final int MAX_WORDS = 25;

    private TableOfContents() {
    }

    /** The decisions with the heading and the entries of every table of contents made navigation. */
    public static List<Decision> revise(List<String> texts, List<Assessment> assessments, RepeatKeys keys,
                                        List<Decision> decisions, Cues cues) {
        int n = texts.size();
        Decision[] out = null;
        int[] next = null;
        for (int i = 0; i < n; i++) {
            if (assessments.get(i).quality() == Assessment.Quality.BLANK || !cues.contentsHeading(texts.get(i).strip())) {
                continue;
            }
            out = out == null ? decisions.toArray(new Decision[0]) : out;
            out[i] = new Decision(Label.NAVIGATION, 0.8, "navigation.contents",
                    "the heading of a table of contents");
            next = next == null ? nextSame(keys, n) : next;
            i = entries(assessments, next, i + 1, out);
        }
        return out == null ? decisions : List.of(out);
    }

    /**
     * Marks the entries from line {@code from} on: the visible lines, one under the other, that come back
     * later, each after the one before it comes back and all after the last entry. Returns the last line
     * read.
     */
    private static int entries(List<Assessment> assessments, int[] next, int from, Decision[] out) {
        int first = -1;
        int previous = -1;
        int i = from;
        for (; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            if (a.quality() == Assessment.Quality.BLANK) {
                continue;
            }
            boolean entry = next[i] >= 0 && a.features().words() <= MAX_WORDS
                    && (previous < 0 || next[i] > next[previous] && next[first] > i);
            if (!entry) {
                break;
            }
            first = first < 0 ? i : first;
            previous = i;
            out[i] = new Decision(Label.NAVIGATION, 0.7, "navigation.contents",
                    "an entry of a table of contents: the heading at line " + (next[i] + 1));
        }
        return i - 1;
    }

    /** Per line, the next line with the same repeat key, or -1. */
    private static int[] nextSame(RepeatKeys keys, int n) {
        int[] next = new int[n];
        Arrays.fill(next, -1);
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        for (int i = n - 1; i >= 0; i--) {
            int id = keys.id(i);
            if (id != RepeatKeys.NONE) {
                next[i] = seen[id];
                seen[id] = i;
            }
        }
        return next;
    }
}
