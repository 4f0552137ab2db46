package dev.winnow.lexicon;

import dev.winnow.text.Text;
import dev.winnow.text.Words;
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
 * @param question     the line ends with a question mark (possibly followed by a closing quote): a sentence,
 *                     but also a headline's way to end
 */
public record Features(int chars, int words, int stopwords, int capitalized, int digits, int letters, int upper,
                int separators, int code, boolean terminal, boolean ellipsis, boolean bullet, boolean url,
                boolean question) {

    public static final Features BLANK = new Features(0, 0, 0, 0, 0, 0, 0, 0, 0, false, false, false, false, false);

    /** Stopwords per word; 0 for a line without words. */
    public double stopwordDensity() {
        return words == 0 ? 0 : (double) stopwords / words;
    }

    /** True when the line looks like program code rather than words. */
    public boolean codeLike() {
        return code >= 2 || (code == 1 && words <= 4 && (letters < chars * 0.8));
    }

    /** Share of words that start with a capital. */
    double capitalRatio() {
        return words == 0 ? 0 : (double) capitalized / words;
    }

    /** Words longer than this are not looked up in the stoplist. */
    public static final int MAX_STOPWORD_CHARS = 20;

    private static final int UPPER_SHIFT = Integer.numberOfTrailingZeros(Text.UPPER);
    /** The flags that decide a character's counts: {@link Text#INVISIBLE} ... {@link Text#DIGIT}. */
    private static final int COUNTED = Text.INVISIBLE | Text.WORD | Text.LETTER | Text.UPPER | Text.DIGIT;
    /** Counters packed in a {@code long}, 16 bits each: visible characters, letters, upper-case letters, digits. */
    private static final int LANE_BITS = 16;
    private static final long LANE_MASK = (1L << LANE_BITS) - 1;
    /** Characters counted between two unpackings of the counters, so that none overflows. */
    private static final int CHUNK = (int) LANE_MASK;
    /**
     * "www" lowercase and packed as {@link Words} packs a word's last characters: a line holding "www."
     * holds it just before a '.'.
     */
    private static final long WWW = ((long) 'w' << 2 * Character.SIZE) | ((long) 'w' << Character.SIZE) | 'w';
    private static final long WWW_MASK = (1L << 3 * Character.SIZE) - 1;
    /** The length of "www.", less one: an occurrence ending after the characters read starts at most this far back. */
    private static final int WWW_LENGTH = 3;
    /** {@link #ENDS}: a sentence end, {@code . ! ? 。 ！ ？}. */
    private static final byte TERMINAL = 1;
    /** {@link #ENDS}: a closing quote or parenthesis a sentence end may precede, {@code " ” ’ ' ) »}. */
    private static final byte CLOSING = 1 << 1;
    /** {@link #ENDS}: a bullet or dash that opens a list item, {@code • - – — * ▪ ► ● ◦ ·}. */
    private static final byte BULLET = 1 << 2;
    /** {@link #ENDS}: an ellipsis, {@code …}. */
    private static final byte ELLIPSIS = 1 << 3;
    /**
     * Per character: what it means at either end of a line. A table rather than comparisons: the
     * characters are too irregular for branches, and the compiled code need not wait for every one of them
     * to be seen before it covers it.
     */
    private static final byte[] ENDS = new byte[Character.MAX_VALUE + 1];
    /** Per combination of {@link #COUNTED} flags: the packed increments. */
    private static final long[] LANES = new long[COUNTED + 1];

    static {
        for (char c : ".!?。！？".toCharArray()) {
            ENDS[c] |= TERMINAL;
        }
        for (char c : "\"”’')»".toCharArray()) {
            ENDS[c] |= CLOSING;
        }
        for (char c : "•-–—*▪►●◦·".toCharArray()) {
            ENDS[c] |= BULLET;
        }
        ENDS['…'] |= ELLIPSIS;
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
     * One loop over the characters finds where the words end and how long they are (as {@link Words#split}
     * does) and counts characters with packed counters rather than branches (word ends, letters and
     * capitals are too irregular to predict); then, per word, its capital, its last characters in
     * lowercase ({@link Words#lastFour}) and one stoplist lookup: a few characters per word rather than
     * more work per character.
     *
     * @param chars     the line's characters, from index 0 (the array may be longer)
     * @param stopwords stopwords, with language bits as values
     * @param language  the bit of the document's language in {@code stopwords} (0: count no stopwords)
     * @param words     a buffer; holds the line's words afterwards, with {@link Words#flags}
     */
    public static Features of(String line, char[] chars, Dictionary stopwords, int language, int maxChars, Words words) {
        int n = Math.min(line.length(), maxChars);
        words.reserve(n);
        long[] spans = words.spans;
        long[] packed = words.lastFour;
        int k = 0;
        int inWord = 0;
        int wordLength = 0;
        int all = 0;
        boolean www = false;
        int caps = 0, visible = 0, digits = 0, letters = 0, upper = 0;
        for (int chunk = 0; chunk < n; chunk += CHUNK) {
            long lanes = 0;
            for (int i = chunk, end = Math.min(n, chunk + CHUNK); i < end; i++) {
                int flags = Text.flags(chars[i]);
                all |= flags;
                lanes += LANES[flags & COUNTED];
                int word = (flags >>> Words.WORD_SHIFT) & 1;
                spans[k] = (long) i << Integer.SIZE | wordLength;
                k += inWord & ~word;
                wordLength = (wordLength + 1) & -word;
                inWord = word;
            }
            visible += (int) (lanes & LANE_MASK);
            letters += (int) (lanes >>> LANE_BITS & LANE_MASK);
            upper += (int) (lanes >>> (2 * LANE_BITS) & LANE_MASK);
            digits += (int) (lanes >>> (3 * LANE_BITS) & LANE_MASK);
        }
        int separators = 0, code = 0;
        boolean url = false;
        if ((all & Text.MARK) != 0) {
            int firstVisible = 0;
            while (Text.isInvisible(chars[firstVisible])) {
                firstVisible++;
            }
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if ((Text.flags(c) & Text.MARK) == 0) {
                    continue;
                }
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
        spans[k] = (long) n << Integer.SIZE | wordLength;
        int count = k + inWord;
        words.count = count;
        // per word, the capital it starts with and its last characters, lowercase, always four of them
        // with the ones before the word masked out (a loop of one to four steps would mispredict its exit
        // about once a word); "www." ends a word with "www" (lowercase) just before a '.'
        for (int w = 0; w < count; w++) {
            long span = spans[w];
            int end = (int) (span >>> Integer.SIZE);
            int length = (int) span;
            caps += (Text.flags(chars[end - length]) >>> UPPER_SHIFT) & 1;
            long last = Text.lower(chars[end - 1]);
            for (int back = 1; back < Words.PACKED; back++) {
                long inWordMask = (back - length) >> (Integer.SIZE - 1);
                last |= (Text.lower(chars[Math.max(end - 1 - back, 0)]) & inWordMask) << (back * Character.SIZE);
            }
            packed[w] = last;
            www |= (last & WWW_MASK) == WWW & end < n & chars[end < n ? end : 0] == '.';
        }
        words.flags = all;
        boolean special = (all & Text.SPECIAL) != 0;
        int stops = 0;
        int[] found = words.bits;
        for (int w = 0; w < count; w++) {
            int length = words.length(w);
            if (length > MAX_STOPWORD_CHARS) {
                found[w] = Dictionary.MISSING;
                continue;
            }
            int bits = lookup(stopwords, line, chars, words, w, special);
            found[w] = bits;
            stops += Integer.bitCount(bits & language);
        }
        if (!url && (www || n < line.length()) && line.indexOf("www.", www ? 0 : n - WWW_LENGTH) >= 0) {
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
        int lastClass = ENDS[last];
        boolean ellipsis = (lastClass & ELLIPSIS) != 0 | (last == '.' & beforeLast == '.' & beforeBeforeLast == '.');
        char end = (lastClass & CLOSING) != 0 ? beforeLast : last;
        boolean terminal = !ellipsis & (ENDS[end] & TERMINAL) != 0;
        boolean bullet = (ENDS[first] & BULLET) != 0;
        return new Features(visible, count, stops, caps, digits, letters, upper, separators, code, terminal, ellipsis,
                bullet, url, terminal & (end == '?' | end == '？'));
    }

    /**
     * The value of word {@code w} of {@code words} in {@code dictionary}: lowercased character by
     * character, or through {@link String#toLowerCase(Locale)} when it holds a {@link Text#SPECIAL}
     * character ({@code special}: whether the words' text may hold one).
     */
    public static int lookup(Dictionary dictionary, String line, char[] chars, Words words, int w, boolean special) {
        int end = words.end(w);
        int length = words.length(w);
        return special && Words.special(chars, end - length, end)
                ? dictionary.get(line.substring(end - length, end).toLowerCase(Locale.ROOT))
                : dictionary.get(words.lastFour[w], length, chars, end - length, true);
    }

    /** These features with {@code stopwords} stopwords. */
    public Features withStopwords(int stopwords) {
        return new Features(chars, words, stopwords, capitalized, digits, letters, upper, separators, code, terminal,
                ellipsis, bullet, url, question);
    }

    /** The index of the last visible character before {@code end}, or -1. */
    private static int lastVisible(char[] chars, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (!Text.isInvisible(chars[i])) {
                return i;
            }
        }
        return -1;
    }
}
