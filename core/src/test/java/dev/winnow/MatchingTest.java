package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.lexicon.Dictionary;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.match.AhoCorasick;
import dev.winnow.match.PatternFilter;
import dev.winnow.match.RegexReader;
import dev.winnow.read.DumpLines;
import dev.winnow.text.Text;
import dev.winnow.text.Words;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The matching machinery of the first pass: the automaton, the dictionary and the pattern filters. */
class MatchingTest {

    @Test
    void automatonFindsEveryOccurrenceOfEveryLiteralOverlapsIncluded() {
        List<String> literals = List.of("he", "she", "his", "hers", "e", "she");
        AhoCorasick automaton = new AhoCorasick(literals);
        String text = "ushers and his hers";
        AhoCorasick.Hits hits = new AhoCorasick.Hits();
        automaton.scan(text, hits);
        Set<String> found = new HashSet<>();
        for (int h = 0; h < hits.size; h++) {
            String literal = literals.get(hits.literals[h]);
            found.add(hits.literals[h] + "@" + hits.ends[h]);
            assertThat(text.substring(hits.ends[h] - literal.length(), hits.ends[h])).isEqualTo(literal);
        }
        Set<String> expected = new HashSet<>();
        for (int id = 0; id < literals.size(); id++) {
            for (int at = text.indexOf(literals.get(id)); at >= 0; at = text.indexOf(literals.get(id), at + 1)) {
                expected.add(id + "@" + (at + literals.get(id).length()));
            }
        }
        assertThat(found).isEqualTo(expected);
    }

    /** A scan of part of a line reports every occurrence in it exactly once, and every character below 64. */
    @Test
    void loweredScanReportsEveryOccurrenceInTheRangeOnce() {
        Random random = new Random(11);
        String alphabet = "abAB -.";
        for (int round = 0; round < 300; round++) {
            List<String> literals = new ArrayList<>();
            for (int l = 1 + random.nextInt(6); l > 0; l--) {
                literals.add(randomText(random, "ab -", 1 + random.nextInt(7)));
            }
            AhoCorasick automaton = new AhoCorasick(literals);
            String text = randomText(random, alphabet, random.nextInt(80));
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            AhoCorasick.Hits hits = new AhoCorasick.Hits();
            long low = automaton.scanLowered(text.toCharArray(), from, to, hits);
            List<String> found = new ArrayList<>();
            for (int h = 0; h < hits.size; h++) {
                found.add(hits.literals[h] + "@" + hits.ends[h]);
            }
            String lowered = text.substring(0, to).toLowerCase(Locale.ROOT);
            List<String> expected = new ArrayList<>();
            long expectedLow = 0;
            for (int at = from; at < to; at++) {
                expectedLow |= Words.lowBit(text.charAt(at));
                for (int id = 0; id < literals.size(); id++) {
                    if (lowered.startsWith(literals.get(id), at)) {
                        expected.add(id + "@" + (at + literals.get(id).length()));
                    }
                }
            }
            assertThat(found).as("%s in [%s] from %d to %d", literals, text, from, to)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(low).isEqualTo(expectedLow);
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    @Test
    void loweredScanEqualsScanOfTheLowercase() {
        AhoCorasick automaton = new AhoCorasick(List.of("sign up", "cookies", "in your inbox"));
        char[] line = "Sign Up now: COOKIES in your Inbox".toCharArray();
        AhoCorasick.Hits lowered = new AhoCorasick.Hits();
        AhoCorasick.Hits plain = new AhoCorasick.Hits();
        automaton.scanLowered(line, 0, line.length, lowered);
        automaton.scan(new String(line).toLowerCase(Locale.ROOT), plain);
        assertThat(lowered.size).isEqualTo(3).isEqualTo(plain.size);
    }

    @Test
    void dictionaryFindsShortLongAndEmptyKeys() {
        Dictionary dictionary = new Dictionary(Map.of("a", 1, "the", 2, "between", 3, "conversation", 4, "", 5));
        for (String key : List.of("a", "the", "between", "conversation", "")) {
            assertThat(dictionary.get(key)).as(key).isNotEqualTo(Dictionary.MISSING);
        }
        assertThat(dictionary.get("conservation")).isEqualTo(Dictionary.MISSING);
        assertThat(dictionary.get("thee")).isEqualTo(Dictionary.MISSING);
        char[] line = "Between THE lines".toCharArray();
        Words words = new Words();
        words.split(line, line.length);
        assertThat(words.count).isEqualTo(3);
        assertThat(dictionary.get(words.lastFour[0], words.length(0), line, 0, true)).isEqualTo(3);
        assertThat(dictionary.get(words.lastFour[1], words.length(1), line, words.end(1) - 3, true)).isEqualTo(2);
        assertThat(dictionary.get(words.lastFour[2], words.length(2), line, words.end(2) - 5, true))
                .isEqualTo(Dictionary.MISSING);
    }

    @Test
    void filtersReadWhatTheyCanAndGiveUpOnTheRest() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        PatternFilter ago = PatternFilter.of("^(?:updated\\s+)?\\d{1,3}\\s+(?:minute|hour)s?\\s+ago$", flags);
        assertThat(ago.literals()).as("the set whose shortest literal is longest")
                .extracting(PatternFilter.Literal::lowered).containsExactlyInAnyOrder("minute", "minutes", "hour", "hours");
        assertThat(PatternFilter.of("^\\d+\\s+(?:day|week)s?\\s+ago$", flags).literals())
                .as("on a tie, the smaller set").containsExactly(new PatternFilter.Literal("ago", null));
        assertThat(ago.admitsFirst('U')).isTrue();
        assertThat(ago.admitsFirst('3')).isTrue();
        assertThat(ago.admitsFirst('x')).isFalse();
        assertThat(ago.admitsLast('O')).isTrue();
        assertThat(ago.admitsLast('.')).isFalse();
        assertThat(ago.admitsFirst('é')).as("non-ASCII characters are not judged").isTrue();
        PatternFilter bounded = PatternFilter.of("^(?=.{0,80}$)(?:source|via)\\b", flags);
        assertThat(bounded.maxLength()).isEqualTo(80 + PatternFilter.LINE_TERMINATOR_SLACK);
        PatternFilter agency = PatternFilter.of("(?-i:\\QAP\\E|\\QGetty Images\\E)$", flags);
        assertThat(agency.literals()).contains(new PatternFilter.Literal("ap", "AP"));
        assertThat(ago.needsDigit()).as("\\d{1,3} is in every match").isTrue();
        assertThat(PatternFilter.of("^[0-9]{2}:[0-9]{2}$", flags).needsDigit()).isTrue();
        assertThat(PatternFilter.of("^(?:\\d+|none)$", flags).needsDigit()).as("an alternative without").isFalse();
        assertThat(PatternFilter.of("^\\d*x$", flags).needsDigit()).as("may repeat zero times").isFalse();
        assertThat(PatternFilter.of("^[\\d,.]+$", flags).needsDigit()).as("a class with more than digits").isFalse();
        assertThat(PatternFilter.of("^(?=\\d)\\w+$", flags).needsDigit()).as("lookarounds are not read").isFalse();
        assertThat(Pattern.compile("^\\d{4}$", flags).matcher("\u0662\u0660\u0662\u0660").find())
                .as("in Unicode mode \\d matches other scripts' digits, which Text marks too").isTrue();
        assertThat(Text.hasDigit("\u0662\u0660\u0662\u0660".toCharArray(), 0, 4)).isTrue();
        assertThat(PatternFilter.of("(a)\\1", flags)).isSameAs(PatternFilter.NONE);
        assertThat(PatternFilter.of("(?s)a.b", flags)).isSameAs(PatternFilter.NONE);
        assertThat(PatternFilter.of("[a[b]]", flags)).isSameAs(PatternFilter.NONE);
    }

    /** The filters take {@code \\d} to match digits only, as {@link Text} marks them: checked on every character. */
    @Test
    void theDigitClassMatchesOnlyDigits() {
        for (int flags : new int[] {0, Pattern.UNICODE_CHARACTER_CLASS,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS}) {
            java.util.regex.Matcher digit = Pattern.compile(RegexReader.DIGIT_CLASS, flags).matcher("");
            int matched = 0;
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (!Character.isSurrogate((char) c) && digit.reset(String.valueOf((char) c)).matches()) {
                    matched++;
                    assertThat(Text.flags((char) c) & Text.DIGIT).as("U+%04X, flags %d", c, flags).isNotZero();
                }
            }
            assertThat(matched).as("flags %d", flags).isGreaterThanOrEqualTo(10);
        }
    }

    /** A filter must admit every line its pattern matches: checked on the data's patterns and many lines. */
    @Test
    void everyPatternFilterAdmitsEveryLineThePatternMatches() throws IOException {
        Lexicon lexicon = Lexicon.get();
        List<Lexicon.PatternRule> rules = new ArrayList<>(lexicon.commonPatterns);
        lexicon.languages().values().forEach(l -> rules.addAll(l.patterns()));
        List<String> lines = new ArrayList<>();
        for (String document : EquivalenceTest.documents()) {
            lines.addAll(DumpLines.split(document));
        }
        lines.addAll(EquivalenceTest.generatedLines(new Random(5), lines, EquivalenceTest.GENERATED_LINES));
        int matched = 0;
        for (Lexicon.PatternRule rule : rules) {
            PatternFilter filter = PatternFilter.of(rule.pattern().pattern(), rule.pattern().flags());
            for (String line : lines) {
                String stripped = line.strip();
                char[] chars = stripped.toCharArray();
                if (stripped.isEmpty() || Words.special(chars, 0, chars.length)
                        || !rule.pattern().matcher(stripped).find()) {
                    continue;
                }
                matched++;
                assertThat(stripped.length()).as(rule.id() + ": " + line).isLessThanOrEqualTo(filter.maxLength());
                assertThat(filter.admitsFirst(chars[0]) && filter.admitsLast(chars[chars.length - 1]))
                        .as(rule.id() + ": " + line).isTrue();
                if (filter.needsDigit()) {
                    assertThat(Text.hasDigit(chars, 0, chars.length)).as(rule.id() + ": " + line).isTrue();
                }
                if (filter.literals() != null) {
                    StringBuilder lowered = new StringBuilder();
                    for (char c : chars) {
                        lowered.append(Text.lower(c));
                    }
                    assertThat(filter.literals()).as(rule.id() + ": " + line).anyMatch(literal ->
                            literal.exact() == null ? lowered.indexOf(literal.lowered()) >= 0
                                    : stripped.contains(literal.exact()));
                }
            }
        }
        assertThat(matched).isGreaterThan(1_000);
    }
}
