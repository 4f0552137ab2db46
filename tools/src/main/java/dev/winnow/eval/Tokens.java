package dev.winnow.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokenisation for the measures of METRICS.md: every maximal run of Unicode word characters. */
final class Tokens {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private Tokens() {
    }

    /** The {@code \w+} tokens of a text, case kept. */
    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Counts the items of a list as a multiset. */
    static <T> Map<T, Integer> bag(List<T> items) {
        Map<T, Integer> bag = new HashMap<>();
        for (T item : items) {
            bag.merge(item, 1, Integer::sum);
        }
        return bag;
    }
}
