package dev.winnow.lexicon;

import dev.winnow.Label;
import dev.winnow.lexicon.Lexicon.Language;
import dev.winnow.lexicon.Lexicon.PatternRule;
import dev.winnow.lexicon.Lexicon.Section;
import dev.winnow.match.AhoCorasick;
import dev.winnow.match.PatternFilter;
import dev.winnow.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The data rules that apply to documents of one language, compiled for the first pass: the
 * language's own rules, then English's, then the common patterns, in the order {@link dev.winnow.classify.LinePass} tries
 * them. Whole lines and section headings become one {@link Dictionary}; phrases, legal terms and the
 * literals the patterns need ({@link PatternFilter}) become one {@link AhoCorasick} automaton, so that a
 * line is read once for all of them, and a pattern runs only on the lines its filter admits. Immutable
 * and shared; the per-line work happens in a {@link Scan}.
 */
public final class Rules {
    /** A literal of the automaton is a phrase of a phrase list. */
    private static final int PHRASE = 0;
    /** A literal of the automaton is a term of the legal list. */
    private static final int LEGAL = 1;
    /** A literal of the automaton is one a pattern's matches contain. */
    private static final int PATTERN = 2;
    /** A rank no phrase has. */
    static final int NO_PHRASE = Integer.MAX_VALUE;

    /** What a whole line or heading in the lists decides. */
    public record WholeLine(Label label, Section section, String rule, String reason) {
    }

    private final Dictionary wholeLines;
    private final WholeLine[] wholeLineRules;
    private final Matching matching;

    /**
     * The literal part, shared by the languages whose phrase, legal and pattern lists are the same
     * (those without lists of their own use English's).
     */
    private static final class Matching {
        final AhoCorasick automaton;
        final int[] kind;
        /**
         * For a phrase: the index of its label in {@link Lexicon#RULE_LABELS}; for a legal term: its index;
         * for a literal: the pattern's.
         */
        final int[] target;
        /** For a phrase: its position in the label's lists (the language's, then English's). */
        final int[] rank;
        /** For a literal from a case-sensitive part of a pattern: its exact text, else null. */
        final String[] exact;
        /** Per label of {@link Lexicon#RULE_LABELS}, per rank: the reason of a line that contains the phrase. */
        final String[][] phraseReasons;
        public final int legalTerms;
        final PatternSet patterns;
        /**
         * Per character below 64 ({@code . - / :}...): the patterns (a mask) that have it as a
         * one-character literal. Such literals are not in the automaton (they would be found in most
         * lines) but tested against the set of characters below 64 the scan read.
         */
        final long[][] byLowLiteral;
        /** The characters below 64 that are a one-character literal of some pattern. */
        final long lowLiterals;

        Matching(List<Language> languages, List<PatternRule> patternList) {
            List<String> literals = new ArrayList<>();
            List<int[]> meta = new ArrayList<>();
            List<String> exacts = new ArrayList<>();
            phraseReasons = new String[Lexicon.RULE_LABELS.size()][];
            for (int l = 0; l < Lexicon.RULE_LABELS.size(); l++) {
                List<String> ranked = new ArrayList<>();
                for (Language language : languages) {
                    ranked.addAll(language.phrases().get(Lexicon.RULE_LABELS.get(l)));
                }
                for (int r = 0; r < ranked.size(); r++) {
                    literals.add(ranked.get(r));
                    meta.add(new int[] {PHRASE, l, r});
                    exacts.add(null);
                }
                phraseReasons[l] = ranked.stream().map(p -> "contains '" + p + "'").toArray(String[]::new);
            }
            int legal = 0;
            for (Language language : languages) {
                for (String term : language.legal()) {
                    literals.add(term);
                    meta.add(new int[] {LEGAL, legal++, 0});
                    exacts.add(null);
                }
            }
            legalTerms = legal;
            patterns = new PatternSet(patternList);
            byLowLiteral = new long[Long.SIZE][patterns.words];
            long low = 0;
            for (int p = 0; p < patterns.patterns.length; p++) {
                if (patterns.filters[p].literals() == null) {
                    continue;
                }
                for (PatternFilter.Literal literal : patterns.filters[p].literals()) {
                    String text = literal.lowered();
                    if (text.length() == 1 && text.charAt(0) < Long.SIZE && literal.exact() == null) {
                        byLowLiteral[text.charAt(0)][p / Long.SIZE] |= 1L << p;
                        low |= 1L << text.charAt(0);
                    } else {
                        literals.add(text);
                        meta.add(new int[] {PATTERN, p, 0});
                        exacts.add(literal.exact());
                    }
                }
            }
            lowLiterals = low;
            automaton = new AhoCorasick(literals);
            kind = new int[meta.size()];
            target = new int[meta.size()];
            rank = new int[meta.size()];
            for (int i = 0; i < meta.size(); i++) {
                kind[i] = meta.get(i)[0];
                target[i] = meta.get(i)[1];
                rank[i] = meta.get(i)[2];
            }
            exact = exacts.toArray(new String[0]);
        }
    }

    private Rules(Dictionary wholeLines, WholeLine[] wholeLineRules, Matching matching) {
        this.wholeLines = wholeLines;
        this.wholeLineRules = wholeLineRules;
        this.matching = matching;
    }

    /**
     * The rules of a language: its own lists, then English's, then the common patterns. A language
     * whose phrase, legal and pattern lists are empty shares the literal part of {@code englishRules}
     * (null when {@code language} is English).
     */
    static Rules compile(Language language, Language english, List<PatternRule> commonPatterns, Rules englishRules) {
        List<Language> order = language == english ? List.of(english) : List.of(language, english);
        Map<String, WholeLine> whole = new LinkedHashMap<>();
        for (Language lang : order) {
            for (Section section : lang.sections().values()) {
                String id = section.label().id();
                whole.putIfAbsent(section.heading(), new WholeLine(section.label(), section, "section." + id,
                        "heading '" + section.heading() + "' opens a " + id + " section"));
            }
        }
        for (Language lang : order) {
            for (Label label : Lexicon.RULE_LABELS) {
                for (String item : lang.lines().get(label)) {
                    whole.putIfAbsent(item, new WholeLine(label, null, label.id() + ".line",
                            "whole line is '" + item + "'"));
                }
            }
        }
        Map<String, Integer> keys = new HashMap<>();
        WholeLine[] rules = whole.values().toArray(new WholeLine[0]);
        int i = 0;
        for (String key : whole.keySet()) {
            keys.put(key, ++i);
        }
        boolean own = language != english && (hasAny(language.phrases()) || !language.legal().isEmpty()
                || !language.patterns().isEmpty());
        Matching matching;
        if (language == english || own) {
            List<PatternRule> patterns = new ArrayList<>();
            for (Language contributor : order) {
                patterns.addAll(contributor.patterns());
            }
            patterns.addAll(commonPatterns);
            matching = new Matching(order, patterns);
        } else {
            matching = englishRules.matching;
        }
        return new Rules(new Dictionary(keys), rules, matching);
    }

    private static boolean hasAny(Map<Label, List<String>> lists) {
        for (List<String> list : lists.values()) {
            if (!list.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rule of the whole-line lists or section headings for the stripped line {@code chars[from, to)}
     * ({@code chars} holds {@code line}), or null. {@code buffer} must hold at least {@code to - from} characters.
     */
    public WholeLine wholeLine(String line, char[] chars, int from, int to, char[] buffer) {
        int length = Text.normalize(chars, from, to, buffer, wholeLines.maxLength());
        int value = length >= 0 ? wholeLines.get(buffer, 0, length)
                : wholeLines.get(Text.normalize(line.substring(from, to)));
        return value == Dictionary.MISSING ? null : wholeLineRules[value - 1];
    }

    /**
     * The rule of the whole-line lists or section headings for a line whose normal form
     * ({@link Text#normalize(String)}) is {@code normal[0, length)}, or null.
     */
    public WholeLine wholeLine(char[] normal, int length) {
        int value = wholeLines.get(normal, 0, length);
        return value == Dictionary.MISSING ? null : wholeLineRules[value - 1];
    }

    /**
     * A section heading with a count after it ({@code Comments (12)}), in a normal form
     * ({@link Text#normalize(String)}) of {@code normal[0, length)}: the heading's rule, else null. A count
     * before it ({@code 17 Comments}) is not one: beside a byline that is the article's counter (LABELS.md).
     * Nor is a heading after another ({@code Kommentare Schreibe einen Kommentar}): measured, the barrier it
     * makes hands the region to the comments after it when they outweigh the article.
     */
    public WholeLine sectionInParts(char[] normal, int length) {
        for (int p = 0; p < length; p++) {
            if (normal[p] != ' ') {
                continue;
            }
            WholeLine before = at(normal, 0, p);
            if (before != null && before.section() != null && digits(normal, p + 1, length)) {
                return before;
            }
        }
        return null;
    }

    private WholeLine at(char[] normal, int from, int length) {
        int value = wholeLines.get(normal, from, length);
        return value == Dictionary.MISSING ? null : wholeLineRules[value - 1];
    }

    /** Whether {@code text[from, to)} is a count: digits, perhaps in brackets ("12", "(12"; the normal form drops the last bracket). */
    private static boolean digits(char[] text, int from, int to) {
        int start = from < to && (text[from] == '(' || text[from] == '[') ? from + 1 : from;
        int end = to > start && (text[to - 1] == ')' || text[to - 1] == ']') ? to - 1 : to;
        for (int i = start; i < end; i++) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
        }
        return end > start;
    }

    /** A new scratch space for scanning lines with these rules, for one thread. */
    public Scan newScan() {
        return new Scan(matching);
    }

    /** What one line holds of the rules' literals; reused line after line by one {@link dev.winnow.classify.LinePass}. */
    public static final class Scan {
        private final Matching m;
        private final AhoCorasick.Hits hits = new AhoCorasick.Hits();
        private final int[] bestRank = new int[Lexicon.RULE_LABELS.size()];
        private final long[] legalSeen;
        private final long[] literalSeen;
        private final long[] candidates;
        private final Matcher[] matchers;
        private int legalCount;
        private boolean special;
        private boolean digit;
        private String line;
        private char[] chars;
        private int from;
        private int to;
        private String stripped;

        private Scan(Matching m) {
            this.m = m;
            legalSeen = new long[(m.legalTerms + Long.SIZE - 1) / Long.SIZE];
            literalSeen = new long[m.patterns.words];
            candidates = new long[m.patterns.words];
            matchers = new Matcher[m.patterns.patterns.length];
        }

        /**
         * Reads the stripped line {@code chars[from, to)}, where {@code chars} holds {@code line}.
         *
         * @param special whether the stripped line holds a {@link Text#SPECIAL} character
         * @param digit   whether it holds a {@link Text#DIGIT}
         */
        public void read(String line, char[] chars, int from, int to, boolean special, boolean digit) {
            this.line = line;
            this.digit = digit;
            this.chars = chars;
            this.from = from;
            this.to = to;
            this.stripped = null;
            this.special = special;
            Arrays.fill(bestRank, NO_PHRASE);
            Arrays.fill(legalSeen, 0);
            Arrays.fill(literalSeen, 0);
            legalCount = 0;
            hits.clear();
            if (special) {
                m.automaton.scan(stripped().toLowerCase(Locale.ROOT), hits);
            } else {
                long low = m.automaton.scanLowered(chars, from, to, hits) & m.lowLiterals;
                for (; low != 0; low &= low - 1) {
                    long[] patterns = m.byLowLiteral[Long.numberOfTrailingZeros(low)];
                    for (int w = 0; w < patterns.length; w++) {
                        literalSeen[w] |= patterns[w];
                    }
                }
            }
            for (int h = 0; h < hits.size; h++) {
                int literal = hits.literals[h];
                int target = m.target[literal];
                switch (m.kind[literal]) {
                    case PHRASE -> bestRank[target] = Math.min(bestRank[target], m.rank[literal]);
                    case LEGAL -> {
                        if ((legalSeen[target / Long.SIZE] & (1L << target)) == 0) {
                            legalSeen[target / Long.SIZE] |= 1L << target;
                            legalCount++;
                        }
                    }
                    default -> {
                        String exact = m.exact[literal];
                        if (!special && (exact == null || startsWith(chars, hits.ends[h] - exact.length(), exact))) {
                            literalSeen[target / Long.SIZE] |= 1L << target;
                        }
                    }
                }
            }
        }

        /**
         * For the first phrase (in list order) of the label's lists that the line contains, the reason
         * {@code contains '<phrase>'}; null when it contains none.
         */
        public String phraseReason(int labelIndex) {
            int rank = bestRank[labelIndex];
            return rank == NO_PHRASE ? null : m.phraseReasons[labelIndex][rank];
        }

        /** How many terms of the legal lists the line contains. */
        public int legalTerms() {
            return legalCount;
        }

        /** The first pattern, in order, that matches the line, or -1. */
        public int firstPattern() {
            PatternSet set = m.patterns;
            if (special) {
                set.everyPattern(candidates);
            } else {
                set.candidates(chars, from, to, literalSeen, digit, candidates);
            }
            for (int w = 0; w < candidates.length; w++) {
                for (long bits = candidates[w]; bits != 0; bits &= bits - 1) {
                    int p = w * Long.SIZE + Long.numberOfTrailingZeros(bits);
                    Matcher matcher = matchers[p];
                    if (matcher == null) {
                        matcher = matchers[p] = set.patterns[p].pattern().matcher(stripped());
                    } else {
                        matcher.reset(stripped());
                    }
                    if (matcher.find()) {
                        return p;
                    }
                }
            }
            return -1;
        }

        /** The rule of a pattern found by {@link #firstPattern()}. */
        public PatternRule pattern(int p) {
            return m.patterns.patterns[p];
        }

        /** The rule id of a pattern found by {@link #firstPattern()}: label and pattern id. */
        public String patternRuleId(int p) {
            return m.patterns.ruleIds[p];
        }

        private static boolean startsWith(char[] chars, int at, String text) {
            for (int i = 0; i < text.length(); i++) {
                if (chars[at + i] != text.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private String stripped() {
            if (stripped == null) {
                stripped = line.substring(from, to);
            }
            return stripped;
        }
    }
}
