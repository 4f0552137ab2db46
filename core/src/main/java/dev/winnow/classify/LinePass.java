package dev.winnow.classify;

import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.classify.Assessment.Quality;
import dev.winnow.lexicon.Dictionary;
import dev.winnow.lexicon.Features;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.lexicon.Lexicon.Language;
import dev.winnow.lexicon.Lexicon.PatternRule;
import dev.winnow.lexicon.Rules;
import dev.winnow.text.Text;
import dev.winnow.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The first pass: each line on its own. Data rules are tried in a fixed order (section headings,
 * whole-line lists, ad phrases, patterns, legal terms, other phrases); a line no rule decides gets a
 * shape class from its length and stopword density, for the context pass to weigh. The rules come
 * compiled ({@link Rules}): one dictionary lookup for the whole-line lists, one pass of an automaton
 * over the line for every phrase list, and only the patterns whose filter admits the line run.
 */
public final class LinePass {
    /** Whole-line lists and section headings are looked up only for lines up to this many characters. */
    public static final int MAX_LIST_LINE_CHARS = 120;
    /** A section heading with a count after it is looked for in lines of at most this many words (that hold a digit). */
    public static final int MAX_HEADING_PARTS_WORDS = 6;
    /** Phrase lists other than ads apply to lines of at most this many words. */
    public static final int MAX_PHRASE_LINE_WORDS = 30;
    /** Ad phrases apply to lines of at most this many words. */
    public static final int MAX_AD_PHRASE_LINE_WORDS = 90;
    /** A line with at least this many different legal terms is a legal notice. */
    public static final int LEGAL_MIN_TERMS = 2;
    /** Patterns are tried on lines of at most this many characters. */
    public static final int MAX_PATTERN_LINE_CHARS = 400;

    /** The first size of the arrays of lines read before a document's language is known. */
    private static final int INITIAL_PENDING_LINES = 256;
    /** The line buffer's first size; it grows to the longest line. */
    private static final int INITIAL_LINE_CHARS = 1_024;
    /** The reasons of shape classes are kept for lines shorter than this many characters. */
    private static final int CACHED_SHORT_REASONS = 256;
    /** Stopword densities are rounded to whole per cents: 0 to 100. */
    private static final int PER_CENT = 100;
    private static final String[] SHORT_REASONS = new String[CACHED_SHORT_REASONS];
    private static final String[] GOOD_REASONS = new String[PER_CENT + 1];
    private static final String[] PROSE_REASONS = new String[PER_CENT + 1];
    private static final String[] NEAR_REASONS = new String[PER_CENT + 1];
    private static final String[] LOW_REASONS = new String[PER_CENT + 1];
    private static final String UNLISTED_GOOD = "long prose: ends like a sentence (no stoplist for this language)";
    private static final String UNLISTED_PROSE = "prose: ends like a sentence (no stoplist for this language)";
    private static final String UNLISTED_PLAIN = "no sentence end (no stoplist for this language)";
    private static final String UNLISTED_MENU = "menu separators (no stoplist for this language): list or menu";
    private static final int AD = Lexicon.RULE_LABELS.indexOf(Label.AD);
    private static final String[] PHRASE_RULES = new String[Lexicon.RULE_LABELS.size()];
    private static final Assessment BLANK =
            new Assessment(Quality.BLANK, Label.BLANK, null, Features.BLANK, "blank", "no visible character");

    static {
        for (int chars = 0; chars < CACHED_SHORT_REASONS; chars++) {
            SHORT_REASONS[chars] = shortReason(chars);
        }
        for (int p = 0; p <= PER_CENT; p++) {
            GOOD_REASONS[p] = "long prose, stopword density " + p + "%";
            PROSE_REASONS[p] = "prose, stopword density " + p + "%";
            NEAR_REASONS[p] = "stopword density " + p + "%";
            LOW_REASONS[p] = "few stopwords (" + p + "%): list, menu or data";
        }
        for (int l = 0; l < PHRASE_RULES.length; l++) {
            PHRASE_RULES[l] = Lexicon.RULE_LABELS.get(l).id() + ".phrase";
        }
    }

    private final Config config;
    private final Dictionary stopwords;
    private final Language language;
    /** False when no stoplist fits the document's language: shapes are read from length and punctuation. */
    private final boolean stoplistFits;
    private final int languageBit;
    private final Rules rules;
    private final Rules.Scan scan;
    private final char[] key = new char[MAX_LIST_LINE_CHARS];
    private final Words words = new Words();
    /** The current line's characters. */
    private char[] chars = new char[INITIAL_LINE_CHARS];

    public LinePass(Config config, Lexicon lexicon, Language language) {
        this(config, lexicon, language, true);
    }

    /**
     * A pass in {@code language}; when {@code stoplistFits} is false (no stoplist fits the document,
     * {@link Lexicon#fits}), a line's shape class comes from its length and punctuation alone.
     */
    public LinePass(Config config, Lexicon lexicon, Language language, boolean stoplistFits) {
        this.config = config;
        this.language = language;
        this.stoplistFits = stoplistFits;
        this.stopwords = lexicon.stoplist(language);
        this.languageBit = lexicon.bit(language);
        this.rules = lexicon.rules(language);
        this.scan = rules.newScan();
    }

    /**
     * Assesses one line of a document in the pass's language; {@code language} must be that language.
     * Not thread-safe: a pass reuses its buffers from line to line.
     */
    public Assessment assess(String line, Language language) {
        return assess(line, null, 0);
    }

    /** {@link #assess(String, Language)}, setting the line's repeat key in {@code keys} (when not null) as line {@code index}. */
    private Assessment assess(String line, RepeatKeys keys, int index) {
        int n = load(line);
        if (Text.isBlank(chars, n)) {
            return BLANK;
        }
        Features f = Features.of(line, chars, stopwords, languageBit, config.maxLineChars(), words);
        return decide(line, n, f, (words.flags & Text.SPECIAL) != 0, keys, index);
    }

    /**
     * Assesses every line of a document in this pass's language, with the lines' repeat keys
     * ({@link RepeatKeys#of}, computed from the normal forms the whole-line lists need anyway).
     *
     * @throws CancellationException if the thread is interrupted (checked once per line)
     */
    public Document assessAll(List<String> texts) {
        RepeatKeys keys = new RepeatKeys(texts.size());
        List<Assessment> assessments = new ArrayList<>(texts.size());
        assessRest(texts, 0, assessments, keys);
        return new Document(language, assessments, keys);
    }

    /** Copies the line into {@link #chars} and returns its length. */
    private int load(String line) {
        int n = line.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        line.getChars(0, n, chars, 0);
        return n;
    }

    /** A document's language, the first pass's assessment of each of its lines, and their repeat keys. */
    public record Document(Language language, List<Assessment> assessments, RepeatKeys keys) {
    }

    /**
     * Detects the language of a document from the stopwords of its first {@code sampleWords} words
     * ({@link Lexicon#sample}, {@link Lexicon#detect}) and assesses every line in it, as {@link #assess}
     * does in a pass of that language. The words of the lines before the language is known are looked up
     * once, in every stoplist at a time: their features keep a stopword count per language until the
     * language is decided, then the rules run on them.
     *
     * <p>Why fused, not two steps: deciding the language first ({@code lexicon.detect(lexicon.sample(texts,
     * sampleWords))}) and then one {@link #assessAll} gives the same labels, but reads the first words
     * twice and is measurably slower (the figures: benchmarks/README.md, "The language in one step").
     *
     * @throws CancellationException if the thread is interrupted (checked once per line)
     */
    public static Document assessDocument(Config config, Lexicon lexicon, List<String> texts, int sampleWords) {
        Sampling sampling = new Sampling(config, lexicon, texts.size());
        int i = sampling.read(texts, sampleWords);
        LinePass pass = new LinePass(config, lexicon, lexicon.detect(sampling.sample),
                lexicon.fits(sampling.sample));
        RepeatKeys keys = new RepeatKeys(texts.size());
        List<Assessment> assessments = sampling.assessments;
        sampling.decide(pass, texts, keys);
        pass.assessRest(texts, i, assessments, keys);
        return new Document(pass.language, assessments, keys);
    }

    /**
     * Assesses lines {@code from} onwards, adding their assessments. A loop of its own, apart from the
     * reading of the first lines: each compiles on its own, the work per line in {@link #assess} shared.
     */
    private void assessRest(List<String> texts, int from, List<Assessment> assessments, RepeatKeys keys) {
        for (int i = from, size = texts.size(); i < size; i++) {
            if (Thread.interrupted()) {
                throw new CancellationException("interrupted while cleaning");
            }
            assessments.add(assess(texts.get(i), keys, i));
        }
    }

    /**
     * The first lines of a document, read before its language is known: their features, with a
     * stopword count per language, and whether they hold a {@link Text#SPECIAL} character. A blank
     * line's assessment is set at once; the others are null until {@link #decide}.
     */
    private static final class Sampling {
        final Lexicon.Sample sample;
        final List<Assessment> assessments;
        private final Lexicon lexicon;
        private final Dictionary all;
        private final int languages;
        private final int maxChars;
        private final int size;
        private final Words words = new Words();
        private char[] chars = new char[INITIAL_LINE_CHARS];
        private Features[] pending;
        private int[] stops;
        private boolean[] special;

        Sampling(Config config, Lexicon lexicon, int size) {
            this.lexicon = lexicon;
            this.sample = lexicon.newSample();
            this.assessments = new ArrayList<>(size);
            this.all = lexicon.stopwords();
            this.languages = lexicon.languageCount();
            this.maxChars = config.maxLineChars();
            this.size = size;
            this.pending = new Features[Math.min(size, INITIAL_PENDING_LINES)];
            this.stops = new int[pending.length * languages];
            this.special = new boolean[pending.length];
        }

        /**
         * Reads lines until {@code sampleWords} words decide the language (none when it is 0) or the
         * document ends; returns the number of lines read.
         *
         * @throws CancellationException if the thread is interrupted (checked once per line)
         */
        int read(List<String> texts, int sampleWords) {
            int size = texts.size();
            boolean sampling = sampleWords > 0;
            int i = 0;
            for (; i < size && sampling; i++) {
                if (Thread.interrupted()) {
                    throw new CancellationException("interrupted while cleaning");
                }
                sampling = readLine(texts.get(i), i, sampleWords);
            }
            return i;
        }

        /** Reads line {@code i}; returns whether the sample still wants words. */
        private boolean readLine(String line, int i, int sampleWords) {
            int n = line.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            line.getChars(0, n, chars, 0);
            if (Text.isBlank(chars, n)) {
                assessments.add(BLANK);
                return true;
            }
            if (i >= pending.length) {
                int grown = Math.min(size, 2 * pending.length);
                pending = Arrays.copyOf(pending, grown);
                stops = Arrays.copyOf(stops, grown * languages);
                special = Arrays.copyOf(special, grown);
            }
            Features f = Features.of(line, chars, all, 0, maxChars, words);
            pending[i] = f;
            special[i] = (words.flags & Text.SPECIAL) != 0;
            int base = i * languages;
            int count = words.count;
            int[] found = words.bits;
            for (int w = 0; w < count; w++) {
                for (int bits = found[w]; bits != 0; bits &= bits - 1) {
                    stops[base + Integer.numberOfTrailingZeros(bits)]++;
                }
            }
            assessments.add(null);
            if (n > maxChars) {
                // the features read only the line's first characters; the sample reads all its words
                return !lexicon.sampleLine(sample, sampleWords, line, chars, words);
            }
            for (int w = 0; w < count; w++) {
                int bits = words.length(w) > Features.MAX_STOPWORD_CHARS
                        ? Features.lookup(all, line, chars, words, w, special[i]) : found[w];
                if (sample.add(bits, sampleWords)) {
                    return false;
                }
            }
            return true;
        }

        /** Sets the assessment of every line read and not blank, in {@code pass}'s language. */
        void decide(LinePass pass, List<String> texts, RepeatKeys keys) {
            int index = Integer.numberOfTrailingZeros(pass.languageBit);
            for (int j = 0; j < assessments.size(); j++) {
                if (assessments.get(j) == null) {
                    String line = texts.get(j);
                    int n = pass.load(line);
                    assessments.set(j, pass.decide(line, n, pending[j].withStopwords(stops[j * languages + index]),
                            special[j], keys, j));
                }
            }
        }
    }

    /**
     * The rules and shape of a non-blank line, loaded in {@link #chars} ({@code n} characters), with its
     * features; {@code specialLine}: whether the line's first {@link Config#maxLineChars()} characters hold a
     * {@link Text#SPECIAL} character. When {@code keys} is not null, sets the line's repeat key there as
     * line {@code index}: a line of at most {@link #MAX_LIST_LINE_CHARS} characters is normalised once,
     * for the whole-line lists and for its key.
     */
    private Assessment decide(String line, int n, Features f, boolean specialLine, RepeatKeys keys, int index) {
        int from = Text.stripStart(chars, n);
        int to = Text.stripEnd(chars, from, n);
        int length = to - from;
        Rules.WholeLine whole = null;
        if (keys != null && n <= MAX_LIST_LINE_CHARS) {
            // the normal form of the stripped line is that of the line: white space is trimmed with the
            // other characters that are not letters or digits
            int normal = Text.normalize(chars, from, to, key);
            char[] form = key;
            if (normal < 0) {
                form = Text.normalize(line).toCharArray();
                normal = form.length;
            }
            keys.set(index, form, normal);
            whole = rules.wholeLine(form, normal);
            if (whole == null && f.digits() > 0 && f.words() >= 2 && f.words() <= MAX_HEADING_PARTS_WORDS) {
                whole = rules.sectionInParts(form, normal);
            }
        } else if (length <= MAX_LIST_LINE_CHARS) {
            whole = rules.wholeLine(line, chars, from, to, key);
            if (whole == null && f.digits() > 0 && f.words() >= 2 && f.words() <= MAX_HEADING_PARTS_WORDS) {
                char[] normal = Text.normalize(line.substring(from, to)).toCharArray();
                whole = rules.sectionInParts(normal, normal.length);
            }
        }
        if (whole != null) {
            return new Assessment(Quality.RULE, whole.label(), whole.section(), f, whole.rule(), whole.reason());
        }
        boolean phrases = f.words() <= MAX_AD_PHRASE_LINE_WORDS;
        boolean patterns = length <= MAX_PATTERN_LINE_CHARS;
        if (!phrases && !patterns) {
            return shape(f);
        }
        boolean counted = n <= config.maxLineChars();
        boolean special = counted ? specialLine : Words.special(chars, from, to);
        boolean digit = counted ? f.digits() > 0 : Text.hasDigit(chars, from, to);
        scan.read(line, chars, from, to, special, digit);
        if (phrases) {
            String reason = scan.phraseReason(AD);
            if (reason != null) {
                return decided(f, Label.AD, PHRASE_RULES[AD], reason);
            }
        }
        if (patterns) {
            int p = scan.firstPattern();
            if (p >= 0) {
                PatternRule rule = scan.pattern(p);
                return decided(f, rule.label(), scan.patternRuleId(p), rule.reason());
            }
        }
        if (phrases) {
            int terms = scan.legalTerms();
            if (terms >= LEGAL_MIN_TERMS) {
                return decided(f, Label.NAVIGATION, "navigation.legal", terms + " terms of a legal notice");
            }
        }
        if (f.words() <= MAX_PHRASE_LINE_WORDS && phrases) {
            for (int l = 0; l < Lexicon.RULE_LABELS.size(); l++) {
                if (l == AD) {
                    continue;
                }
                String reason = scan.phraseReason(l);
                if (reason != null) {
                    return decided(f, Lexicon.RULE_LABELS.get(l), PHRASE_RULES[l], reason);
                }
            }
        }
        return shape(f);
    }

    private static Assessment decided(Features f, Label label, String rule, String reason) {
        return new Assessment(Quality.RULE, label, null, f, rule, reason);
    }

    private static String shortReason(int chars) {
        return chars + " characters, too short to judge alone";
    }

    /** The jusText-style shape class of a line no data rule decided. */
    Assessment shape(Features f) {
        double density = f.stopwordDensity();
        if (f.chars() < config.shortMaxChars()) {
            return new Assessment(Quality.SHORT, null, null, f, "short",
                    f.chars() < CACHED_SHORT_REASONS ? SHORT_REASONS[f.chars()] : shortReason(f.chars()));
        }
        if (!stoplistFits) {
            return unlistedShape(f);
        }
        int perCent = (int) Math.round(density * PER_CENT);
        if (density >= config.stopwordsHigh()) {
            return f.chars() >= config.longMinChars()
                    ? new Assessment(Quality.GOOD, null, null, f, "good", GOOD_REASONS[perCent])
                    : new Assessment(Quality.NEAR, null, null, f, "near", PROSE_REASONS[perCent]);
        }
        if (density >= config.stopwordsLow()) {
            return new Assessment(Quality.NEAR, null, null, f, "near", NEAR_REASONS[perCent]);
        }
        return new Assessment(Quality.LOW, null, null, f, "low", LOW_REASONS[perCent]);
    }

    /**
     * The shape class of a line that is not short in a document no stoplist fits (jusText's
     * language-independent mode, with punctuation for the stopwords): a line that ends like a sentence
     * reads as prose, good when long; one with menu separators as a list or menu; any other as near.
     */
    private Assessment unlistedShape(Features f) {
        if (f.terminal()) {
            return f.chars() >= config.longMinChars()
                    ? new Assessment(Quality.GOOD, null, null, f, "good", UNLISTED_GOOD)
                    : new Assessment(Quality.NEAR, null, null, f, "near", UNLISTED_PROSE);
        }
        return f.separators() > 0
                ? new Assessment(Quality.LOW, null, null, f, "low", UNLISTED_MENU)
                : new Assessment(Quality.LOW, null, null, f, "low", UNLISTED_PLAIN);
    }
}
