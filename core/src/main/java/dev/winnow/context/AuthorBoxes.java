package dev.winnow.context;

import dev.winnow.Label;
import dev.winnow.classify.Assessment;
import dev.winnow.classify.Assessment.Quality;
import dev.winnow.context.ContextPass.Decision;
import dev.winnow.lexicon.Cues;
import dev.winnow.lexicon.Features;
import java.util.List;

/**
 * A step of the second pass over the decided lines and their text: an author box. A line that is a name
 * alone ({@code Jane Roe}) followed within {@value #REACH} visible lines by a bio that opens with that name
 * or its first word and a bio opener ({@code Jane has covered the courts since 2004 ...}; {@code bio.openers.txt})
 * is a box about
 * the author; the name, the lines between (a job title) and the bio are credits, by LABELS.md. A biography
 * article, whose subheading is a name followed by its story, is told apart by what follows the bio: more
 * prose of the article.
 */
public final class AuthorBoxes {
    /** Visible lines from the name to its bio, at most. */
    static final int REACH = 3;
    /** A bio has at least this many words. */
    static final int MIN_BIO_WORDS = 8;
    /** A body line of at least this many words after the bio is more of the article: the name headed a biography. */
    static final int PROSE_MIN_WORDS = 15;
    /** A line between the name and the bio (a job title) has at most this many words. */
    static final int MAX_TITLE_WORDS = 12;

    private AuthorBoxes() {
    }

    /** The decisions with every author box's lines made credits (the same list when there is none). */
    public static List<Decision> revise(List<String> texts, List<Assessment> lines, List<Decision> decisions, Cues cues) {
        Decision[] out = null;
        for (int i = 0; i < texts.size(); i++) {
            if (!nameAlone(lines.get(i).features(), texts.get(i)) || !movable(decisions.get(i))) {
                continue;
            }
            String name = texts.get(i).strip();
            int bio = bio(texts, lines, decisions, i, name, cues);
            if (bio < 0 || prose(lines, decisions, ContextPass.nextVisible(lines, bio))) {
                continue;
            }
            if (out == null) {
                out = decisions.toArray(new Decision[0]);
            }
            String reason = "in an author box: the name '" + name + "' and its bio";
            for (int j = i; j <= bio; j++) {
                if (lines.get(j).quality() != Quality.BLANK) {
                    out[j] = new Decision(Label.CREDIT, 0.7, "credit.author-box", reason);
                }
            }
            i = bio;
        }
        return out == null ? decisions : List.of(out);
    }

    /** The line of the bio that follows name line {@code i}, or -1. */
    private static int bio(List<String> texts, List<Assessment> lines, List<Decision> decisions, int i, String name,
                           Cues cues) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        int j = i;
        for (int seen = 0; seen < REACH; seen++) {
            j = ContextPass.nextVisible(lines, j);
            if (j < 0 || !movable(decisions.get(j))) {
                return -1;
            }
            Features f = lines.get(j).features();
            String text = texts.get(j).strip();
            if (f.words() >= MIN_BIO_WORDS && (cues.opensBio(text, name) || cues.opensBio(text, first))) {
                return j;
            }
            if (f.words() > MAX_TITLE_WORDS) {
                return -1;
            }
        }
        return -1;
    }

    /** A name alone: two to four capitalised words without digits, a sentence end or an ampersand. */
    private static boolean nameAlone(Features f, String text) {
        return text.indexOf('&') < 0 && f.words() >= 2 && f.words() <= 4 && f.capitalized() == f.words() && f.digits() == 0 && !f.terminal()
                && f.separators() == 0 && !f.url();
    }

    /** Only lines the context labelled by their place (body, navigation, a guessed credit) may join a box. */
    private static boolean movable(Decision d) {
        Label l = d.label();
        return l == Label.BODY || l == Label.NAVIGATION || l == Label.CREDIT;
    }

    /** True when line {@code j} is article prose: the name above was a subheading, not an author's. */
    private static boolean prose(List<Assessment> lines, List<Decision> decisions, int j) {
        return j >= 0 && decisions.get(j).label() == Label.BODY && lines.get(j).features().words() >= PROSE_MIN_WORDS
                && (lines.get(j).quality() == Quality.GOOD || lines.get(j).quality() == Quality.NEAR);
    }
}
