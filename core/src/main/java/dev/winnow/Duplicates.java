package dev.winnow;

import dev.winnow.ContextPass.Decision;
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
final class Duplicates {
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
    static List<Decision> revise(List<String> texts, List<Decision> decisions) {
        Map<Long, Integer> byPrint = new HashMap<>();
        Map<String, Integer> byText = null;
        Decision[] out = null;
        for (int i = 0; i < texts.size(); i++) {
            if (decisions.get(i).label() != Label.BODY) {
                continue;
            }
            String line = texts.get(i);
            int from = stripStart(line);
            int to = stripEnd(line, from);
            if (to - from < MIN_CHARS) {
                continue;
            }
            Integer samePrint = byPrint.putIfAbsent(fingerprint(line, from, to), i);
            if (samePrint == null) {
                continue;
            }
            // the first line of each text is in byText once a later line shares its fingerprint
            if (byText == null) {
                byText = new HashMap<>();
            }
            byText.putIfAbsent(texts.get(samePrint).strip(), samePrint);
            Integer earlier = byText.putIfAbsent(line.substring(from, to), i);
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

    /** The stripped length and {@link #SAMPLED} characters at the start, middle and end of {@code line[from, to)}. */
    private static long fingerprint(String line, int from, int to) {
        long print = to - from;
        int middle = (from + to - SAMPLED) / 2;
        for (int k = 0; k < SAMPLED; k++) {
            print = print * 31 + line.charAt(from + k);
            print = print * 31 + line.charAt(middle + k);
            print = print * 31 + line.charAt(to - SAMPLED + k);
        }
        return print;
    }

    /** Where {@link String#strip()} would start the line. */
    private static int stripStart(String line) {
        int from = 0;
        while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where {@link String#strip()} would end the line that starts at {@code from}. */
    private static int stripEnd(String line, int from) {
        int to = line.length();
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
