package dev.winnow.context;

import dev.winnow.Label;
import dev.winnow.context.ContextPass.Decision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last step of the second pass, over the decided lines and their text: a page that holds its article
 * twice (for two screen sizes, or a print copy) keeps the first copy. Short lines may repeat in an article
 * (a refrain, a "Read more"), so only long ones are compared.
 *
 * <p>The long body lines are first told apart by a fingerprint (their stripped length and a few of their
 * characters), which costs the same for a line of any length; only lines whose fingerprints collide are
 * compared as strings, so that a page without copies does not hash every character of its article.
 */
public final class Duplicates {
    /** A body line repeated word for word is a copy when it has at least this many characters. */
    static final int MIN_CHARS = 80;
    /** Characters a fingerprint reads at each of three places: the start, the middle and the end. */
    private static final int SAMPLED = 8;

    private Duplicates() {
    }

    /**
     * A body line of at least {@link #MIN_CHARS} characters that repeats an earlier body line
     * word for word is a second copy of the text (a page that holds its article twice, for two screen sizes),
     * not more of it. Returns the decisions with such copies made navigation.
     */
    public static List<Decision> revise(List<String> texts, List<Decision> decisions) {
        Map<Long, Integer> byPrint = new HashMap<>();
        Map<String, Integer> byText = null;
        Decision[] out = null;
        for (int i = 0; i < texts.size(); i++) {
            if (decisions.get(i).label() != Label.BODY) {
                continue;
            }
            String text = texts.get(i).strip();
            if (text.length() < MIN_CHARS) {
                continue;
            }
            Integer samePrint = byPrint.putIfAbsent(fingerprint(text), i);
            if (samePrint == null) {
                continue;
            }
            // the first line of each text is in byText once a later line shares its fingerprint
            if (byText == null) {
                byText = new HashMap<>();
            }
            byText.putIfAbsent(texts.get(samePrint).strip(), samePrint);
            Integer earlier = byText.putIfAbsent(text, i);
            if (earlier != null) {
                if (out == null) {
                    out = decisions.toArray(new Decision[0]);
                }
                out[i] = new Decision(Label.NAVIGATION, 0.7, "navigation.duplicate",
                        "repeats line " + (earlier + 1) + " word for word: a second copy of the text");
            }
        }
        return out == null ? decisions : List.of(out);
    }

    /** The length and {@link #SAMPLED} characters at the start, middle and end of a stripped line. */
    private static long fingerprint(String text) {
        int length = text.length();
        long print = length;
        int middle = (length - SAMPLED) / 2;
        for (int k = 0; k < SAMPLED; k++) {
            print = print * 31 + text.charAt(k);
            print = print * 31 + text.charAt(middle + k);
            print = print * 31 + text.charAt(length - SAMPLED + k);
        }
        return print;
    }
}
