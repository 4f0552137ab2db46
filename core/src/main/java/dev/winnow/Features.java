package dev.winnow;

import java.util.Locale;
import java.util.Set;

/**
 * The shallow features of one line, computed in one pass over its characters.
 *
 * @param chars        visible characters (white space inside the line excluded)
 * @param words        {@code \w+} tokens
 * @param stopwords    tokens found in the document language's stoplist
 * @param capitalized  tokens that start with an upper-case letter
 * @param digits       digit characters
 * @param letters      letter characters
 * @param upper        upper-case letters
 * @param separators   menu separators inside the line: {@code | · • › »}
 * @param code         characters typical of program code: <code>{ } ( ) ; = &lt; &gt; [ ]</code>
 * @param terminal     the line ends like a sentence ({@code . ! ?}, possibly followed by a closing quote)
 * @param ellipsis     the line ends with {@code …} or {@code ...}
 * @param bullet       the line starts with a bullet or dash
 * @param url          the line contains a URL or e-mail address
 */
record Features(int chars, int words, int stopwords, int capitalized, int digits, int letters, int upper,
                int separators, int code, boolean terminal, boolean ellipsis, boolean bullet, boolean url) {

    static final Features BLANK = new Features(0, 0, 0, 0, 0, 0, 0, 0, 0, false, false, false, false);

    /** Stopwords per word; 0 for a line without words. */
    double stopwordDensity() {
        return words == 0 ? 0 : (double) stopwords / words;
    }

    /** True when the line looks like program code rather than words. */
    boolean codeLike() {
        return code >= 2 || (code == 1 && words <= 4 && (letters < chars * 0.8));
    }

    /** Share of words that start with a capital. */
    double capitalRatio() {
        return words == 0 ? 0 : (double) capitalized / words;
    }

    static Features of(String line, Set<String> stoplist, int maxChars) {
        int n = Math.min(line.length(), maxChars);
        int chars = 0, words = 0, stops = 0, caps = 0, digits = 0, letters = 0, upper = 0, separators = 0, code = 0;
        char first = 0, last = 0, beforeLast = 0, beforeBeforeLast = 0;
        boolean url = false;
        StringBuilder word = new StringBuilder(24);
        for (int i = 0; i <= n; i++) {
            char c = i < n ? line.charAt(i) : ' ';
            if (i < n && Text.isWordChar(c)) {
                if (word.length() == 0 && Character.isUpperCase(c)) {
                    caps++;
                }
                word.append(c);
            } else if (word.length() > 0) {
                words++;
                if (word.length() <= 20 && stoplist.contains(word.toString().toLowerCase(Locale.ROOT))) {
                    stops++;
                }
                word.setLength(0);
            }
            if (i == n || Text.isInvisible(c)) {
                continue;
            }
            chars++;
            if (first == 0) {
                first = c;
            }
            beforeBeforeLast = beforeLast;
            beforeLast = last;
            last = c;
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (c == '|' || c == '·' || c == '•' || c == '›' || c == '»') {
                if (chars > 1) {
                    separators++;
                }
            } else if (c == '{' || c == '}' || c == '(' || c == ')' || c == ';' || c == '=' || c == '<'
                    || c == '>' || c == '[' || c == ']') {
                code++;
            } else if ((c == '/' && i >= 2 && line.charAt(i - 1) == '/' && line.charAt(i - 2) == ':')
                    || (c == '@' && i > 0 && Text.isWordChar(line.charAt(i - 1)))) {
                url = true;
            }
        }
        if (!url && line.indexOf("www.", 0) >= 0) {
            url = true;
        }
        boolean ellipsis = last == '…' || (last == '.' && beforeLast == '.' && beforeBeforeLast == '.');
        boolean closing = last == '"' || last == '”' || last == '’' || last == '\'' || last == ')' || last == '»';
        char end = closing ? beforeLast : last;
        boolean terminal = !ellipsis && (end == '.' || end == '!' || end == '?' || end == '。' || end == '！'
                || end == '？');
        boolean bullet = first == '•' || first == '-' || first == '–' || first == '—' || first == '*'
                || first == '▪' || first == '►' || first == '●' || first == '◦' || first == '·';
        return new Features(chars, words, stops, caps, digits, letters, upper, separators, code, terminal, ellipsis,
                bullet, url);
    }
}
