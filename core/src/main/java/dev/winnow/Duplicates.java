package dev.winnow;

import dev.winnow.ContextPass.Decision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last step of the second pass, over the decided lines and their text: a page that holds its article
 * twice (for two screen sizes, or a print copy) keeps the first copy. Short lines may repeat in an article
 * (a refrain, a "Read more"), so only long ones are compared.
 */
final class Duplicates {
    /** A body line repeated word for word is a copy when it has at least this many characters. */
    static final int MIN_CHARS = 80;

    private Duplicates() {
    }

    /**
     * A body line of at least {@link #MIN_CHARS} characters that repeats an earlier body line
     * word for word is a second copy of the text (a page that holds its article twice, for two screen sizes),
     * not more of it. Returns the decisions with such copies made navigation.
     */
    static List<Decision> revise(List<String> texts, List<Decision> decisions) {
        Map<String, Integer> first = new HashMap<>();
        Decision[] out = null;
        for (int i = 0; i < texts.size(); i++) {
            if (decisions.get(i).label() != Label.BODY) {
                continue;
            }
            String text = texts.get(i).strip();
            if (text.length() < MIN_CHARS) {
                continue;
            }
            Integer earlier = first.putIfAbsent(text, i);
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
}
