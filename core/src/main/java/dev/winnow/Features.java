package dev.winnow;

import java.util.Locale;

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

    /** Words longer than this are not looked up in the stoplist. */
    static final int MAX_STOPWORD_CHARS = 20;

    /**
     * The features of the first {@code maxChars} characters of a line (the URL test reads all of it).
     *
     * @param chars     the line's characters, from index 0 (the array may be longer)
     * @param stopwords the stopwords of every language, with language bits as values
     * @param language  the bit of the document's language in {@code stopwords}
     * @param word      a buffer of at least {@link #MAX_STOPWORD_CHARS} characters
     */
    static Features of(String line, char[] chars, Dictionary stopwords, int language, int maxChars, char[] word) {
        int n = Math.min(line.length(), maxChars);
        int visible = 0, words = 0, stops = 0, caps = 0, digits = 0, letters = 0, upper = 0, separators = 0, code = 0;
        char first = 0, last = 0, beforeLast = 0, beforeBeforeLast = 0;
        boolean url = false;
        int wordLength = 0;
        int hash = 0;
        boolean special = false;
        int longestStopword = Math.min(stopwords.maxLength(), MAX_STOPWORD_CHARS);
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : ' ';
            int flags = Text.flags(c);
            if (i < n && (flags & Text.WORD) != 0) {
                if (wordLength == 0 && (flags & Text.UPPER) != 0) {
                    caps++;
                }
                if (wordLength < MAX_STOPWORD_CHARS) {
                    char lower = Text.lower(c);
                    word[wordLength] = lower;
                    hash = 31 * hash + lower;
                }
                special |= (flags & Text.SPECIAL) != 0;
                wordLength++;
            } else if (wordLength > 0) {
                words++;
                if (wordLength <= MAX_STOPWORD_CHARS) {
                    int bits = special
                            ? stopwords.get(line.substring(i - wordLength, i).toLowerCase(Locale.ROOT))
                            : wordLength <= longestStopword
                            ? stopwords.get(word, wordLength, Dictionary.spread(hash)) : Dictionary.MISSING;
                    if ((bits & language) != 0) {
                        stops++;
                    }
                }
                wordLength = 0;
                hash = 0;
                special = false;
            }
            if (i == n || (flags & Text.INVISIBLE) != 0) {
                continue;
            }
            visible++;
            if (first == 0) {
                first = c;
            }
            beforeBeforeLast = beforeLast;
            beforeLast = last;
            last = c;
            if ((flags & Text.LETTER) != 0) {
                letters++;
                if ((flags & Text.UPPER) != 0) {
                    upper++;
                }
            } else if ((flags & Text.DIGIT) != 0) {
                digits++;
            } else if (c == '|' || c == '·' || c == '•' || c == '›' || c == '»') {
                if (visible > 1) {
                    separators++;
                }
            } else if (c == '{' || c == '}' || c == '(' || c == ')' || c == ';' || c == '=' || c == '<'
                    || c == '>' || c == '[' || c == ']') {
                code++;
            } else if ((c == '/' && i >= 2 && chars[i - 1] == '/' && chars[i - 2] == ':')
                    || (c == '@' && i > 0 && Text.isWordChar(chars[i - 1]))) {
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
        return new Features(visible, words, stops, caps, digits, letters, upper, separators, code, terminal, ellipsis,
                bullet, url);
    }
}
