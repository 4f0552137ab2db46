package dev.winnow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
final class Lexicon {
    static final List<Label> RULE_LABELS = List.of(Label.CAPTION, Label.CREDIT, Label.AD, Label.NAVIGATION);

    /** A regular expression rule: a line matching it gets {@code label}. */
    record PatternRule(String id, Label label, Pattern pattern, String reason) {
    }

    /** A heading that opens a section of the page: what follows it has role {@code label}. */
    record Section(String heading, Label label, boolean barrier) {
    }

    /** The rules of one language. */
    record Language(String code, Set<String> stopwords, Map<Label, Set<String>> lines,
                    Map<Label, List<String>> phrases, Map<String, Section> sections,
                    List<PatternRule> patterns, List<String> legal) {
    }

    private static final Lexicon INSTANCE = load();

    final Map<String, Language> languages;
    final Language english;
    final List<PatternRule> commonPatterns;

    private Lexicon(Map<String, Language> languages, List<PatternRule> commonPatterns) {
        this.languages = Map.copyOf(languages);
        this.english = languages.get("en");
        this.commonPatterns = List.copyOf(commonPatterns);
    }

    static Lexicon get() {
        return INSTANCE;
    }

    private static Lexicon load() {
        List<String> agencies = DataFiles.items("common/agencies.txt");
        String agency = agencyAlternation(agencies);
        Map<String, Language> languages = new HashMap<>();
        for (String code : DataFiles.items("languages.txt")) {
            languages.put(code, loadLanguage(code, agency));
        }
        if (!languages.containsKey("en")) {
            throw new IllegalStateException("languages.txt must name en");
        }
        return new Lexicon(languages, patterns("common/patterns.tsv", agency));
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

    private static Language loadLanguage(String code, String agency) {
        String dir = "lang/" + code + "/";
        Set<String> stopwords = new HashSet<>();
        for (String word : DataFiles.items(dir + "stopwords.txt")) {
            stopwords.add(word.toLowerCase(Locale.ROOT));
        }
        Map<Label, Set<String>> lines = new EnumMap<>(Label.class);
        Map<Label, List<String>> phrases = new EnumMap<>(Label.class);
        for (Label label : RULE_LABELS) {
            Set<String> whole = new HashSet<>();
            for (String item : DataFiles.items(dir + label.id() + ".lines.txt")) {
                whole.add(Text.normalize(item));
            }
            lines.put(label, Set.copyOf(whole));
            List<String> parts = new ArrayList<>();
            for (String item : DataFiles.items(dir + label.id() + ".phrases.txt")) {
                parts.add(item.toLowerCase(Locale.ROOT));
            }
            phrases.put(label, List.copyOf(parts));
        }
        Map<String, Section> sections = new HashMap<>();
        for (String[] row : DataFiles.rows(dir + "sections.tsv", 3)) {
            String heading = Text.normalize(row[0]);
            sections.put(heading, new Section(heading, Label.parse(row[1]), row[2].equals("barrier")));
        }
        return new Language(code, Set.copyOf(stopwords), lines, phrases, Map.copyOf(sections),
                patterns(dir + "patterns.tsv", agency), DataFiles.items(dir + "legal.phrases.txt"));
    }

    static List<PatternRule> patterns(String path, String agency) {
        List<PatternRule> rules = new ArrayList<>();
        for (String[] row : DataFiles.rows(path, 4)) {
            try {
                rules.add(new PatternRule(row[0], Label.parse(row[1]),
                        Pattern.compile(row[2].replace("{agency}", agency), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                                | Pattern.UNICODE_CHARACTER_CLASS), row[3]));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(path + ": pattern " + row[0] + " does not compile", e);
            }
        }
        return List.copyOf(rules);
    }

    /**
     * The language whose stoplist covers most of the given lowercase words; English when no
     * stoplist covers more than a few percent.
     */
    Language detect(List<String> sampleWords) {
        Language best = english;
        int bestHits = 0;
        for (Language language : languages.values()) {
            int hits = 0;
            for (String word : sampleWords) {
                if (language.stopwords.contains(word)) {
                    hits++;
                }
            }
            if (hits > bestHits || (hits == bestHits && language == english)) {
                best = language;
                bestHits = hits;
            }
        }
        return bestHits * 20 < sampleWords.size() ? english : best;
    }
}
