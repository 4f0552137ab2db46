package dev.winnow.context;

import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.lexicon.Cues;
import java.util.List;
import java.util.Optional;

/**
 * The article's author's bio is a credit (LABELS.md: everything the article says about its author), once
 * the author is known, declared by the page or named by a credit line such as its byline. A bio is a line
 * that opens with the author's name and a bio opener ({@code Jane Roe is a staff writer ...};
 * {@code bio.openers.txt}), or with the first name and an opener ({@code Jane has covered ...}; not the
 * first name and a comma), however long and wherever it stands: an author box after the article, a
 * tooltip by the byline. Only body and navigation lines are revised, and never the headline.
 */
public final class AuthorBios {
    /** A bio has at least this many words. */
    static final int MIN_WORDS = 8;
    /** The author's first name alone opens a bio when it has at least this many characters. */
    static final int MIN_FIRST_NAME_CHARS = 3;
    /** The rule of a line made a credit as the author's bio. */
    public static final String RULE = "credit.author-bio-named";

    private AuthorBios() {
    }

    /**
     * The lines with the author's bio made credits (the same list when there is none). The author counts
     * when the page {@code declared} it, or when a credit line (a byline, an author box) names it: a name
     * found elsewhere may be the subject of a profile, whose story opens just like a bio.
     */
    public static List<Line> revise(List<Line> lines, int title, Optional<String> author, boolean declared, Cues cues) {
        if (author.isEmpty() || author.get().strip().length() < 2) {
            return lines;
        }
        String name = author.get().strip();
        if (!declared && !credited(lines, name)) {
            return lines;
        }
        // the first name of a name of several words, capitalised and of MIN_FIRST_NAME_CHARS or more
        int space = name.indexOf(' ');
        String first = space >= MIN_FIRST_NAME_CHARS && Character.isUpperCase(name.charAt(0))
                ? name.substring(0, space) : null;
        Line[] out = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == title || line.label() != Label.BODY && line.label() != Label.NAVIGATION) {
                continue;
            }
            String text = line.text().strip();
            if (!text.startsWith(first == null ? name : first) || words(text) < MIN_WORDS) {
                continue;
            }
            if (cues.opensBio(text, name) || first != null && !text.startsWith(first + ",") && cues.opensBio(text, first)) {
                out = out == null ? lines.toArray(new Line[0]) : out;
                out[i] = new Line(line.number(), line.text(), Label.CREDIT, 0.8, RULE,
                        "opens with the name of the article's author, " + name + ", and a bio: the author's bio");
            }
        }
        return out == null ? lines : List.of(out);
    }

    /** Whether a credit line holds the name. */
    private static boolean credited(List<Line> lines, String name) {
        for (Line line : lines) {
            if (line.label() == Label.CREDIT && line.text().contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The runs of letters and digits in a text. */
    private static int words(String text) {
        int words = 0;
        boolean in = false;
        for (int k = 0; k < text.length(); k++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(k));
            words += letter && !in ? 1 : 0;
            in = letter;
        }
        return words;
    }
}
