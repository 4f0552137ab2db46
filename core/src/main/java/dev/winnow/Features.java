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

    private static final int UPPER_SHIFT = Integer.numberOfTrailingZeros(Text.UPPER);
    /** The flags that decide a character's counts: {@link Text#INVISIBLE} ... {@link Text#DIGIT}. */
    private static final int COUNTED = Text.INVISIBLE | Text.WORD | Text.LETTER | Text.UPPER | Text.DIGIT;
    /** Counters packed in a {@code long}, 16 bits each: visible characters, letters, upper-case letters, digits. */
    private static final int LANE_BITS = 16;
    private static final long LANE_MASK = (1L << LANE_BITS) - 1;
    /** Characters counted between two unpackings of the counters, so that none overflows. */
    private static final int CHUNK = (int) LANE_MASK;
    /** Per combination of {@link #COUNTED} flags: the packed increments. */
    private static final long[] LANES = new long[COUNTED + 1];

    static {
        for (int f = 0; f <= COUNTED; f++) {
            boolean letter = (f & Text.LETTER) != 0;
            LANES[f] = ((f & Text.INVISIBLE) == 0 ? 1L : 0L)
                    | (letter ? 1L : 0L) << LANE_BITS
                    | (letter && (f & Text.UPPER) != 0 ? 1L : 0L) << (2 * LANE_BITS)
                    | ((f & Text.DIGIT) != 0 ? 1L : 0L) << (3 * LANE_BITS);
        }
    }

    /**
     * The features of the first {@code maxChars} characters of a line (the URL test reads all of it).
     * {@link Words#split} finds the words; a loop over the characters counts them with packed counters
     * rather than branches (letters, capitals and spaces are too irregular to predict); then one
     * stoplist lookup per word.
     *
     * @param chars     the line's characters, from index 0 (the array may be longer)
     * @param stopwords the stopwords of every language, with language bits as values
     * @param language  the bit of the document's language in {@code stopwords}
     * @param words     a buffer; holds the line's words afterwards, with {@link Words#flags} and {@link Words#low}
     */
    static Features of(String line, char[] chars, Dictionary stopwords, int language, int maxChars, Words words) {
        int n = Math.min(line.length(), maxChars);
        words.split(chars, n);
        int firstVisible = 0;
        while (firstVisible < n && Text.isInvisible(chars[firstVisible])) {
            firstVisible++;
        }
        int visible = 0, digits = 0, letters = 0, upper = 0, separators = 0, code = 0;
        boolean url = false;
        for (int chunk = 0; chunk < n; chunk += CHUNK) {
            long lanes = 0;
            for (int i = chunk, end = Math.min(n, chunk + CHUNK); i < end; i++) {
                char c = chars[i];
                int flags = Text.flags(c);
                lanes += LANES[flags & COUNTED];
                if ((flags & Text.MARK) != 0) {
                    if (c == '/') {
                        url |= i >= 2 && chars[i - 1] == '/' && chars[i - 2] == ':';
                    } else if (c == '@') {
                        url |= i > 0 && Text.isWordChar(chars[i - 1]);
                    } else if (c == '|' || c == '·' || c == '•' || c == '›' || c == '»') {
                        separators += i > firstVisible ? 1 : 0;
                    } else {
                        code++;
                    }
                }
            }
            visible += (int) (lanes & LANE_MASK);
            letters += (int) (lanes >>> LANE_BITS & LANE_MASK);
            upper += (int) (lanes >>> (2 * LANE_BITS) & LANE_MASK);
            digits += (int) (lanes >>> (3 * LANE_BITS) & LANE_MASK);
        }
        int count = words.count;
        int[] ends = words.ends;
        int[] lengths = words.lengths;
        boolean special = (words.flags & Text.SPECIAL) != 0;
        int caps = 0;
        int stops = 0;
        for (int w = 0; w < count; w++) {
            int length = lengths[w];
            int start = ends[w] - length;
            caps += (Text.flags(chars[start]) >>> UPPER_SHIFT) & 1;
            if (length > MAX_STOPWORD_CHARS) {
                continue;
            }
            int bits = special && Words.special(chars, start, ends[w])
                    ? stopwords.get(line.substring(start, ends[w]).toLowerCase(Locale.ROOT))
                    : stopwords.get(words.lastFour[w], words.fourBefore[w], length, chars, start, true);
            stops += (bits & language) != 0 ? 1 : 0;
        }
        if (!url && line.indexOf("www.", 0) >= 0) {
            url = true;
        }
        char first = 0;
        for (int i = 0; i < n && first == 0; i++) {
            first = Text.isInvisible(chars[i]) ? 0 : chars[i];
        }
        int lastAt = lastVisible(chars, n);
        int beforeLastAt = lastAt < 0 ? -1 : lastVisible(chars, lastAt);
        int beforeBeforeLastAt = beforeLastAt < 0 ? -1 : lastVisible(chars, beforeLastAt);
        char last = lastAt < 0 ? 0 : chars[lastAt];
        char beforeLast = beforeLastAt < 0 ? 0 : chars[beforeLastAt];
        char beforeBeforeLast = beforeBeforeLastAt < 0 ? 0 : chars[beforeBeforeLastAt];
        boolean ellipsis = last == '…' || (last == '.' && beforeLast == '.' && beforeBeforeLast == '.');
        boolean closing = last == '"' || last == '”' || last == '’' || last == '\'' || last == ')' || last == '»';
        char end = closing ? beforeLast : last;
        boolean terminal = !ellipsis && (end == '.' || end == '!' || end == '?' || end == '。' || end == '！'
                || end == '？');
        boolean bullet = first == '•' || first == '-' || first == '–' || first == '—' || first == '*'
                || first == '▪' || first == '►' || first == '●' || first == '◦' || first == '·';
        return new Features(visible, count, stops, caps, digits, letters, upper, separators, code, terminal, ellipsis,
                bullet, url);
    }

    /** The index of the last visible character before {@code end}, or -1. */
    private static int lastVisible(char[] chars, int end) {
        int i = end - 1;
        while (i >= 0 && Text.isInvisible(chars[i])) {
            i--;
        }
        return i;
    }
}
