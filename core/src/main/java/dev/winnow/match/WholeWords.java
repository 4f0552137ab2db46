package dev.winnow.match;

import dev.winnow.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds whether a line holds one of a fixed list of phrases as a whole word: not preceded or followed by a
 * letter or an ASCII digit. It answers exactly as the regular expression
 * {@code (?<![\p{L}\d])(?:phrase|...)(?![\p{L}\d])} would (case-insensitive or not), which it keeps for
 * lines holding a {@link Text#SPECIAL} character; other lines take one pass of an {@link AhoCorasick}
 * automaton instead of the expression's try of every phrase at every position (the line model asks this
 * of every short line). Immutable and thread-safe.
 */
public final class WholeWords {
    private final Pattern pattern;
    private final boolean ignoreCase;
    /** The phrases as given, by the automaton's index. */
    private final String[] phrases;
    /** Over the phrases lowercased; null when a phrase holds a special character (the pattern then always decides). */
    private final AhoCorasick automaton;

    /** The phrases (none empty) matched case-insensitively or not; an empty list matches nothing. */
    public WholeWords(List<String> phrases, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder();
        for (String phrase : sorted) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(phrase));
        }
        this.pattern = Pattern.compile("(?<![\\p{L}\\d])(?:" + (sorted.isEmpty() ? "(?!)" : alternation) + ")(?![\\p{L}\\d])",
                ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        this.phrases = phrases.toArray(new String[0]);
        List<String> lowered = new ArrayList<>();
        boolean plain = !phrases.isEmpty();
        for (String phrase : phrases) {
            for (int i = 0; i < phrase.length(); i++) {
                plain &= (Text.flags(phrase.charAt(i)) & Text.SPECIAL) == 0;
            }
            lowered.add(phrase.toLowerCase(Locale.ROOT));
        }
        this.automaton = plain ? new AhoCorasick(lowered) : null;
    }

    /** The regular expression this answers as. */
    Pattern pattern() {
        return pattern;
    }

    /** Whether the line holds one of the phrases as a whole word. */
    public boolean in(String line) {
        if (automaton == null) {
            return pattern.matcher(line).find();
        }
        AhoCorasick.Hits hits = new AhoCorasick.Hits();
        if (!automaton.scanLowered(line, hits)) {
            return pattern.matcher(line).find();
        }
        for (int k = 0; k < hits.size; k++) {
            String phrase = phrases[hits.literals[k]];
            int end = hits.ends[k];
            int start = end - phrase.length();
            // the automaton matched the lowercase; without ignoreCase the case must match too
            if ((ignoreCase || line.startsWith(phrase, start)) && !wordChar(line, start - 1) && !wordChar(line, end)) {
                return true;
            }
        }
        return false;
    }

    /** A letter or an ASCII digit at {@code i} (none outside the line; no surrogates reach here). */
    private static boolean wordChar(String line, int i) {
        if (i < 0 || i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return (Text.flags(c) & Text.LETTER) != 0 || c >= '0' && c <= '9';
    }
}
