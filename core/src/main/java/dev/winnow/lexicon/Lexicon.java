package dev.winnow.lexicon;

import dev.winnow.Label;
import dev.winnow.data.DataFiles;
import dev.winnow.text.Text;
import dev.winnow.text.Words;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * Everything the classifier knows about words, loaded once from the data files under
 * {@code dev/winnow/}: per-language stoplists, whole-line lists, phrase lists, section headings and
 * patterns, plus language-neutral tables in {@code common/}. Immutable and shared by all cleaners.
 *
 * <p>A language is a folder {@code lang/<code>/} named in {@code languages.txt}; adding one is adding
 * files. English rules are always active; a document's detected language adds its own.
 */
public final class Lexicon {
    public static final List<Label> RULE_LABELS = List.of(Label.CAPTION, Label.CREDIT, Label.AD, Label.NAVIGATION);

    /** A regular expression rule: a line matching it gets {@code label}. */
    public record PatternRule(String id, Label label, Pattern pattern, String reason) {
    }

    /** A heading that opens a section of the page: what follows it has role {@code label}. */
    public record Section(String heading, Label label, boolean barrier) {
    }

    /**
     * The rules of one language; {@code dates} reads dates with its month names (and English's),
     * {@code byline} finds a word that opens a byline ({@code By}, {@code Von}, ...) at the start of a
     * line or after a bar.
     */
    public record Language(String code, Set<String> stopwords, Map<Label, Set<String>> lines,
                    Map<Label, List<String>> phrases, Map<String, Section> sections,
                    List<PatternRule> patterns, List<String> legal, Dates dates, Byline byline, Cues cues) {
    }

    /**
     * Holds the lexicon, loaded when first asked for. Loaded in a class of its own rather than in
     * Lexicon's static initialiser: while a class is being initialised, calls to its static methods take
     * a slower path, and loading calls many of Lexicon's (see {@code StartupBenchmark}).
     */
    private static final class Loaded {
        static final Lexicon INSTANCE = new Lexicon(DataFiles.BUILT_IN, false);
    }

    /** A language with its compiled rules. */
    private record Loaded1(Language language, Rules rules) {
    }

    public final Language english;
    public final List<PatternRule> commonPatterns;
    /** The codes of {@code languages.txt} in its order; a language's bit is {@code 1 << index}. */
    private final List<String> codes;
    private final Map<String, Integer> index;
    /** Every stopword (lowercase) with the bits of the languages whose stoplist holds it. */
    private final Dictionary stopwords;
    /** Per language index: its stoplist, and that stoplist alone with its bit as value (for the hot loop). */
    private final List<Set<String>> stopwordSets;
    private final Dictionary[] stoplists;
    /** Per language index: the language with its rules once a document asked for it. */
    private final AtomicReferenceArray<Loaded1> loaded;
    /** Reads the languages not loaded yet; null once all are. */
    private final LanguageFiles files;

    /**
     * Reads every stoplist (detecting a document's language needs them all), English and the common
     * patterns; the other languages' lists are read and compiled when a document in that language
     * comes, unless {@code eager} (a user's folder of rules, whose every entry is checked at once).
     */
    private Lexicon(DataFiles data, boolean eager) {
        this.files = new LanguageFiles(data);
        this.codes = files.codes();
        if (codes.size() > Integer.SIZE - 1) {
            throw new IllegalStateException("at most " + (Integer.SIZE - 1) + " languages");
        }
        Map<String, Integer> positions = new HashMap<>();
        List<Set<String>> sets = new ArrayList<>();
        Map<String, Integer> bits = new HashMap<>();
        this.stoplists = new Dictionary[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            positions.put(codes.get(i), i);
            Set<String> own = files.stopwords(codes.get(i));
            sets.add(own);
            Map<String, Integer> alone = new HashMap<>();
            for (String word : own) {
                bits.merge(word, 1 << i, (a, b) -> a | b);
                alone.put(word, 1 << i);
            }
            stoplists[i] = new Dictionary(alone);
        }
        this.index = Map.copyOf(positions);
        this.stopwordSets = List.copyOf(sets);
        this.stopwords = new Dictionary(bits);
        this.commonPatterns = files.commonPatterns();
        this.loaded = new AtomicReferenceArray<>(codes.size());
        int en = index.get("en");
        this.english = files.language("en", stopwordSets.get(en));
        loaded.set(en, new Loaded1(english, Rules.compile(english, english, commonPatterns, null)));
        if (eager) {
            for (int i = 0; i < codes.size(); i++) {
                load(i);
            }
        }
    }

    /** The language at the index, read and compiled on first use; thread-safe. */
    private Loaded1 load(int i) {
        Loaded1 known = loaded.get(i);
        if (known != null) {
            return known;
        }
        synchronized (loaded) {
            known = loaded.get(i);
            if (known == null) {
                Language language = files.language(codes.get(i), stopwordSets.get(i));
                known = new Loaded1(language, Rules.compile(language, english, commonPatterns, rules(english)));
                loaded.set(i, known);
            }
            return known;
        }
    }

    /** The index of one of this lexicon's languages. */
    private int indexOf(Language language) {
        Integer i = index.get(language.code());
        if (i == null || load(i).language() != language) {
            throw new IllegalArgumentException("not a language of this lexicon: " + language.code());
        }
        return i;
    }

    /** How many languages the lexicon has (stoplists, bits, {@link Sample} counts). */
    public int languageCount() {
        return codes.size();
    }

    /** The codes of the languages, in the order of {@code languages.txt}. */
    public List<String> codes() {
        return codes;
    }

    /** The language with the code, read on first use, or null when the lexicon has none. */
    public Language language(String code) {
        Integer i = index.get(code);
        return i == null ? null : load(i).language();
    }

    /** Every language by code, in the order of {@code languages.txt}; reads those not read yet. */
    public Map<String, Language> languages() {
        Map<String, Language> all = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            all.put(codes.get(i), load(i).language());
        }
        return Collections.unmodifiableMap(all);
    }

    /** Every stopword of every language, with the {@link #bit} of each language whose stoplist holds it. */
    public Dictionary stopwords() {
        return stopwords;
    }

    /** The language's stopwords, with the language's {@link #bit} as value. */
    public Dictionary stoplist(Language language) {
        return stoplists[indexOf(language)];
    }

    /** The language's bit in the values of {@link #stopwords()}. */
    public int bit(Language language) {
        return 1 << indexOf(language);
    }

    /** The compiled rules for documents in the language. */
    public Rules rules(Language language) {
        return load(indexOf(language)).rules();
    }

    public static Lexicon get() {
        return Loaded.INSTANCE;
    }

    /**
     * The built-in lexicon with a user's folder of rules in the same layout added to it. Every language
     * is read at once, so that a broken entry shows here.
     *
     * @throws IllegalArgumentException naming the file and line of the first entry that cannot be used
     */
    public static Lexicon withUserRules(java.nio.file.Path dir) {
        return new Lexicon(DataFiles.withUserRules(dir), true);
    }

    /** A language is detected when at least one word in this many of the sample is in its stoplist. */
    static final int MIN_STOPWORD_SHARE = 20;
    /** A stoplist fits a document when at least one word in this many of its sample is in it ({@link #fits}). */
    static final int MIN_FIT_SHARE = 50;
    /** A sample of fewer words always fits a stoplist ({@link #fits}). */
    static final int MIN_FIT_WORDS = 50;
    /** Every this many words {@link #sample} checks whether the rest can still change the language. */
    static final int DECIDED_CHECK_WORDS = 64;

    /** How many words of a document's sample each language's stoplist holds. */
    public static final class Sample {
        private final int[] hits;
        private int words;

        private Sample(int languages) {
            hits = new int[languages];
        }

        /** How many words the sample has. */
        int words() {
            return words;
        }

        /**
         * Adds a word with its value in {@link #stopwords()} (its languages' bits); returns true when the
         * sample of at most {@code maxWords} words is complete: it has that many words, or the rest can no
         * longer change the language ({@link #decided}, checked every {@value #DECIDED_CHECK_WORDS} words).
         */
        public boolean add(int bits, int maxWords) {
            for (int k = 0; bits != 0; k++, bits >>>= 1) {
                hits[k] += bits & 1;
            }
            words++;
            return words >= maxWords || (words % DECIDED_CHECK_WORDS == 0 && decided(maxWords));
        }

        /**
         * Whether the rest of a sample of at most {@code maxWords} words can no longer change what
         * {@link #detect} decides: one language leads every other by more than the words left (each
         * word adds at most one hit to a language), and its hits pass the threshold of any sample
         * size. Then {@link #detect} on this part decides the same as on the whole.
         */
        boolean decided(int maxWords) {
            int leader = 0;
            for (int i = 1; i < hits.length; i++) {
                leader = hits[i] > hits[leader] ? i : leader;
            }
            for (int i = 0; i < hits.length; i++) {
                if (i != leader && hits[leader] - hits[i] <= maxWords - words) {
                    return false;
                }
            }
            return (long) hits[leader] * MIN_STOPWORD_SHARE >= maxWords;
        }
    }

    /**
     * Reads the first {@code maxWords} words ({@code \w+} tokens, lowercase) of the lines and counts,
     * per language, those in its stoplist; stops early when the rest can no longer change the
     * detected language ({@link Sample#decided}).
     */
    public Sample sample(List<String> lines, int maxWords) {
        Sample sample = newSample();
        if (maxWords <= 0) {
            return sample;
        }
        Words words = new Words();
        char[] chars = new char[0];
        for (String line : lines) {
            int n = line.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            line.getChars(0, n, chars, 0);
            if (sampleLine(sample, maxWords, line, chars, words)) {
                return sample;
            }
        }
        return sample;
    }

    /** An empty sample. */
    public Sample newSample() {
        return new Sample(codes.size());
    }

    /**
     * Adds the words of one line ({@code chars} holds it from index 0) to a sample that is not complete;
     * returns true when the sample is complete ({@link Sample#add}). {@code words} is a buffer.
     */
    public boolean sampleLine(Sample sample, int maxWords, String line, char[] chars, Words words) {
        words.split(chars, line.length());
        boolean special = (words.flags & Text.SPECIAL) != 0;
        for (int w = 0; w < words.count; w++) {
            if (sample.add(Features.lookup(stopwords, line, chars, words, w, special), maxWords)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some stoplist fits the sample: at least one word in {@value #MIN_FIT_SHARE} is in one
     * language's stoplist. False for a language winnow has no list for (Korean, Chinese and Japanese
     * written without spaces): then {@link #detect} falls back to English, whose stoplist says nothing
     * about the lines, and a line's shape is read from its length and punctuation. The share is lower than
     * {@link #detect}'s: an English page of product lists or tables has few stopwords, but not none.
     * A sample of fewer than {@value #MIN_FIT_WORDS} words always fits: too few words to tell.
     */
    public boolean fits(Sample sample) {
        int best = 0;
        for (int hits : sample.hits) {
            best = Math.max(best, hits);
        }
        return sample.words < MIN_FIT_WORDS || (long) best * MIN_FIT_SHARE >= sample.words;
    }

    /**
     * The language whose stoplist covers most of the sample's words (ties: English, else the first in
     * {@code languages.txt}); English when no stoplist covers more than a few percent. Reads the
     * language's lists if no document has asked for it before.
     */
    public Language detect(Sample sample) {
        int best = -1;
        int bestHits = 0;
        int en = index.get("en");
        for (int i = 0; i < codes.size(); i++) {
            int hits = sample.hits[i];
            if (hits > bestHits || (hits == bestHits && i == en)) {
                best = i;
                bestHits = hits;
            }
        }
        return best < 0 || (long) bestHits * MIN_STOPWORD_SHARE < sample.words ? english : load(best).language();
    }
}
