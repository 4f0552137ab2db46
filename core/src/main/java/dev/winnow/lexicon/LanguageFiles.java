package dev.winnow.lexicon;

import dev.winnow.Label;
import dev.winnow.data.DataFiles;
import dev.winnow.lexicon.Lexicon.Language;
import dev.winnow.lexicon.Lexicon.PatternRule;
import dev.winnow.lexicon.Lexicon.Section;
import dev.winnow.match.FirstChars;
import dev.winnow.text.Text;
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
 * Reads the data files of the lexicon: a language's folder {@code lang/<code>/} into a {@link Language},
 * and the pattern tables. Each broken entry is an {@link IllegalArgumentException} naming its file and line.
 */
final class LanguageFiles {
    private final DataFiles data;
    /** The agencies as one alternation, for the {@code {agency}} placeholder of the patterns. */
    private final String agency;
    private final Cues.Common common;

    LanguageFiles(DataFiles data) {
        this.data = data;
        this.agency = agencyAlternation(data.list("common/agencies.txt"));
        this.common = Cues.Common.load(data);
    }

    /** The codes of {@code languages.txt}, in its order, without repeats. */
    List<String> codes() {
        List<String> codes = List.copyOf(new java.util.LinkedHashSet<>(data.list("languages.txt")));
        if (!codes.contains("en")) {
            throw new IllegalStateException("languages.txt must name en");
        }
        return codes;
    }

    /** The language's stoplist, lowercase. */
    Set<String> stopwords(String code) {
        Set<String> stopwords = new HashSet<>();
        for (String word : data.list("lang/" + code + "/stopwords.txt")) {
            stopwords.add(word.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(stopwords);
    }

    /** The patterns that apply in every language ({@code common/patterns.tsv}). */
    List<PatternRule> commonPatterns() {
        return patterns("common/patterns.tsv");
    }

    /** Everything of the language's folder but its stoplist, which the caller has read already. */
    Language language(String code, Set<String> stopwords) {
        String dir = "lang/" + code + "/";
        Map<Label, Set<String>> lines = new EnumMap<>(Label.class);
        Map<Label, List<String>> phrases = new EnumMap<>(Label.class);
        for (Label label : Lexicon.RULE_LABELS) {
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
        return new Language(code, stopwords, lines, phrases, Map.copyOf(sections), patterns(dir + "patterns.tsv"),
                data.list(dir + "legal.phrases.txt"), new Dates(months(code), code.equals("en")), byline(code),
                Cues.load(data, code, common));
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

    /** The month names of the language and of English, lowercase, to their number. */
    private Map<String, Integer> months(String code) {
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
    private Byline byline(String code) {
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

    private List<PatternRule> patterns(String path) {
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
}
