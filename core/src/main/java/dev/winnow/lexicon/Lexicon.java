package dev.winnow.lexicon;

import dev.winnow.Label;
import dev.winnow.data.DataFiles;
import dev.winnow.match.FirstChars;
import dev.winnow.text.Text;
import dev.winnow.text.Words;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
        static final Lexicon INSTANCE = load();
    }

    public final Map<String, Language> languages;
    public final Language english;
    public final List<PatternRule> commonPatterns;
    /** The languages in the order {@link #languages} iterates them; a language's bit is {@code 1 << index}. */
    private final List<Language> order;
    /** Every stopword (lowercase) with the bits of the languages whose stoplist holds it. */
    private final Dictionary stopwords;
    /** Per language: its stopwords alone, with its bit as value (a smaller table for the hot loop). */
    private final Map<Language, Dictionary> stoplists;
    private final Map<Language, Rules> rules;

    private Lexicon(Map<String, Language> languages, List<PatternRule> commonPatterns) {
        this.languages = Map.copyOf(languages);
        this.english = languages.get("en");
        this.commonPatterns = List.copyOf(commonPatterns);
        this.order = List.copyOf(this.languages.values());
        if (order.size() > Integer.SIZE - 1) {
            throw new IllegalStateException("at most " + (Integer.SIZE - 1) + " languages");
        }
        Map<String, Integer> bits = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            for (String word : order.get(i).stopwords()) {
                bits.merge(word, 1 << i, (a, b) -> a | b);
            }
        }
        this.stopwords = new Dictionary(bits);
        this.stoplists = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            Map<String, Integer> own = new HashMap<>();
            for (String word : order.get(i).stopwords()) {
                own.put(word, 1 << i);
            }
            stoplists.put(order.get(i), new Dictionary(own));
        }
        this.rules = Rules.compile(english, order, this.commonPatterns);
    }

    /** Every stopword of every language, with the {@link #bit} of each language whose stoplist holds it. */
    public Dictionary stopwords() {
        return stopwords;
    }

    /** The language's stopwords, with the language's {@link #bit} as value. */
    public Dictionary stoplist(Language language) {
        return stoplists.get(language);
    }

    /** The language's bit in the values of {@link #stopwords()}. */
    public int bit(Language language) {
        // by identity: a Language is one of this lexicon's, and its record equals would compare every list
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == language) {
                return 1 << i;
            }
        }
        throw new IllegalArgumentException("not a language of this lexicon: " + language.code());
    }

    /** The compiled rules for documents in the language. */
    public Rules rules(Language language) {
        return rules.get(language);
    }

    public static Lexicon get() {
        return Loaded.INSTANCE;
    }

    /**
     * The built-in lexicon with a user's folder of rules in the same layout added to it.
     *
     * @throws IllegalArgumentException naming the file and line of the first entry that cannot be used
     */
    public static Lexicon withUserRules(java.nio.file.Path dir) {
        return load(DataFiles.withUserRules(dir));
    }

    private static Lexicon load() {
        return load(DataFiles.BUILT_IN);
    }

    private static Lexicon load(DataFiles data) {
        List<String> agencies = data.list("common/agencies.txt");
        String agency = agencyAlternation(agencies);
        Map<String, Language> languages = new HashMap<>();
        Cues.Common common = Cues.Common.load(data);
        for (String code : new java.util.LinkedHashSet<>(data.list("languages.txt"))) {
            languages.put(code, loadLanguage(data, code, agency, common));
        }
        if (!languages.containsKey("en")) {
            throw new IllegalStateException("languages.txt must name en");
        }
        return new Lexicon(languages, patterns(data, "common/patterns.tsv", agency));
    }

    /** The agencies as one case-sensitive alternation, longest first, for the {@code {agency}} placeholder. */
    static String agencyAlternation(List<String> agencies) {
        List<String> sorted = new ArrayList<>(agencies);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder out = new StringBuilder("(?-i:");
        for (int i = 0; i < sorted.size(); i++) {
            out.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return out.append(')').toString();
    }

    private static Language loadLanguage(DataFiles data, String code, String agency, Cues.Common common) {
        String dir = "lang/" + code + "/";
        Set<String> stopwords = new HashSet<>();
        for (String word : data.list(dir + "stopwords.txt")) {
            stopwords.add(word.toLowerCase(Locale.ROOT));
        }
        Map<Label, Set<String>> lines = new EnumMap<>(Label.class);
        Map<Label, List<String>> phrases = new EnumMap<>(Label.class);
        for (Label label : RULE_LABELS) {
            Set<String> whole = new HashSet<>();
            for (String item : data.list(dir + label.id() + ".lines.txt")) {
                whole.add(Text.normalize(item));
            }
            lines.put(label, Set.copyOf(whole));
            List<String> parts = new ArrayList<>();
            for (String item : data.list(dir + label.id() + ".phrases.txt")) {
                parts.add(item.toLowerCase(Locale.ROOT));
            }
            phrases.put(label, List.copyOf(parts));
        }
        Map<String, Section> sections = new HashMap<>();
        for (DataFiles.Row row : data.table(dir + "sections.tsv", 3)) {
            String[] f = row.fields();
            String heading = Text.normalize(f[0]);
            if (!f[2].equals("barrier") && !f[2].equals("soft")) {
                throw new IllegalArgumentException(row.origin() + ": the third field must be barrier or soft, not '" + f[2] + "'");
            }
            sections.put(heading, new Section(heading, label(row, f[1]), f[2].equals("barrier")));
        }
        return new Language(code, Set.copyOf(stopwords), lines, phrases, Map.copyOf(sections),
                patterns(data, dir + "patterns.tsv", agency), data.list(dir + "legal.phrases.txt"),
                new Dates(months(data, code), code.equals("en")), byline(data, code), Cues.load(data, code, common));
    }

    /** The month names of the language and of English, lowercase, to their number. */
    private static Map<String, Integer> months(DataFiles data, String code) {
        Map<String, Integer> months = new HashMap<>();
        for (String lang : code.equals("en") ? List.of("en") : List.of(code, "en")) {
            for (DataFiles.Row r : data.table("lang/" + lang + "/months.tsv", 2)) {
                String[] row = r.fields();
                int number;
                try {
                    number = Integer.parseInt(row[0]);
                } catch (NumberFormatException e) {
                    number = 0;
                }
                if (number < 1 || number > 12) {
                    throw new IllegalArgumentException(r.origin() + ": the month number must be 1 to 12, not '" + row[0] + "'");
                }
                for (String name : row[1].split("\\|")) {
                    months.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), number);
                }
            }
        }
        return months;
    }

    /** The byline words of the language and of English, opening the line or after a bar, with an optional colon. */
    private static Byline byline(DataFiles data, String code) {
        List<String> words = new ArrayList<>();
        for (String lang : code.equals("en") ? List.of("en") : List.of(code, "en")) {
            words.addAll(data.list("lang/" + lang + "/byline.prefixes.txt"));
        }
        words.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder();
        for (String word : words) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(word).replace(" ", "\\E[\\s\\u00a0]+\\Q"));
        }
        // "ByJane Roe": a byline word glued to a capitalised name, as some pages lay it out; a no-break space
        // counts as a space
        Pattern pattern = Pattern.compile("(?:^|\\|\\s*)(?:(?:" + alternation + ")(?:[\\s\\u00a0]*:[\\s\\u00a0]*|[\\s\\u00a0]+)(?=\\p{L})|(?-i:By)(?=\\p{Lu}\\p{Ll}))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // a match starts with a byline word, the bar before one, or the B of a glued "By"
        return new Byline(pattern, FirstChars.of(words, '|', 'B'));
    }

    static List<PatternRule> patterns(String path, String agency) {
        return patterns(DataFiles.BUILT_IN, path, agency);
    }

    private static List<PatternRule> patterns(DataFiles data, String path, String agency) {
        List<PatternRule> rules = new ArrayList<>();
        for (DataFiles.Row r : data.table(path, 4)) {
            String[] row = r.fields();
            Label label = label(r, row[1]);
            if (label == Label.BODY || label == Label.BLANK) {
                throw new IllegalArgumentException(r.origin() + ": a pattern decides a boilerplate label, not " + label.id());
            }
            try {
                rules.add(new PatternRule(row[0], label,
                        Pattern.compile(row[2].replace("{agency}", agency), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                                | Pattern.UNICODE_CHARACTER_CLASS), row[3]));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(r.origin() + ": pattern " + row[0] + " does not compile: "
                        + e.getDescription(), e);
            }
        }
        return List.copyOf(rules);
    }

    private static Label label(DataFiles.Row row, String id) {
        try {
            return Label.parse(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(row.origin() + ": " + e.getMessage(), e);
        }
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
        return new Sample(order.size());
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
     * The language whose stoplist covers most of the sample's words (ties: English, else the first in
     * {@link #languages}' order); English when no stoplist covers more than a few percent.
     */
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

    public Language detect(Sample sample) {
        Language best = english;
        int bestHits = 0;
        for (int i = 0; i < order.size(); i++) {
            Language language = order.get(i);
            int hits = sample.hits[i];
            if (hits > bestHits || (hits == bestHits && language == english)) {
                best = language;
                bestHits = hits;
            }
        }
        return (long) bestHits * MIN_STOPWORD_SHARE < sample.words ? english : best;
    }
}
