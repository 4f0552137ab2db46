package dev.winnow.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.classify.LinePass;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.read.AttributeReader;
import dev.winnow.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Guards the data files: each list exists, is not empty, has no duplicates, and its patterns compile. */
class DataFilesTest {

    static Stream<String> languages() {
        return DataFiles.items("languages.txt").stream();
    }

    static Stream<String> listFiles() {
        List<String> files = new ArrayList<>(List.of("common/agencies.txt", "common/given.names.txt", "languages.txt"));
        for (String code : DataFiles.items("languages.txt")) {
            files.add("lang/" + code + "/stopwords.txt");
        }
        for (String suffix : List.of("navigation.lines.txt", "navigation.phrases.txt", "ad.lines.txt",
                "ad.phrases.txt", "legal.phrases.txt", "credit.lines.txt", "credit.phrases.txt", "caption.lines.txt", "sections.tsv",
                "patterns.tsv", "caption.markers.txt", "credit.cues.txt", "bio.openers.txt", "answer.stamp.openers.txt", "contents.headings.txt")) {
            files.add("lang/en/" + suffix);
        }
        for (String code : List.of("de", "es", "fr", "it", "nl", "pt")) {
            files.add("lang/" + code + "/contents.headings.txt");
        }
        for (String code : DataFiles.items("languages.txt")) {
            for (String suffix : List.of("months.tsv", "byline.prefixes.txt", "date.words.txt", "caption.markers.txt",
                    "credit.cues.txt")) {
                files.add("lang/" + code + "/" + suffix);
            }
        }
        files.add("model/locked.txt");
        files.add("common/patterns.tsv");
        files.add("html/tokens.tsv");
        files.add("html/hidden.classes.txt");
        return files.stream();
    }

    @Test
    void everyClassTokenCanMatchATokenOfAClassName() {
        for (String[] row : DataFiles.rows("html/tokens.tsv", 3)) {
            assertThat(AttributeReader.tokens(row[0])).as("html/tokens.tsv: '" + row[0] + "' must be one lowercase word"
                    + " of letters, as class names are split").containsExactly(row[0]);
            assertThat(row[1]).as(row[0]).isIn("caption", "credit", "ad", "navigation", "body");
            assertThat(row[2]).as(row[0]).isIn("strong", "weak");
        }
    }

    @Test
    void hiddenClassNamesAreSingleClassNames() {
        for (String name : DataFiles.items("html/hidden.classes.txt")) {
            assertThat(name).as("html/hidden.classes.txt").doesNotContainAnyWhitespaces().isLowerCase();
        }
    }

    @ParameterizedTest
    @MethodSource("listFiles")
    void listIsNotEmptyAndHasNoDuplicates(String file) {
        List<String> items = DataFiles.items(file);
        assertThat(items).as(file).isNotEmpty();
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            String key = file.endsWith(".tsv") ? item.split("\t")[0].strip().toLowerCase() : Text.normalize(item);
            assertThat(seen.add(key)).as(file + ": duplicate item '" + item + "'").isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageHasAStoplist(String code) {
        assertThat(DataFiles.items("lang/" + code + "/stopwords.txt")).as(code).hasSizeGreaterThan(40);
    }

    @Test
    void everyPatternCompilesAndHasAReason() {
        Lexicon lexicon = Lexicon.get();
        List<Lexicon.PatternRule> all = new ArrayList<>(lexicon.commonPatterns);
        lexicon.languages().values().forEach(l -> all.addAll(l.patterns()));
        assertThat(all).isNotEmpty();
        for (Lexicon.PatternRule rule : all) {
            assertThat(rule.reason()).as(rule.id()).isNotBlank();
            assertThat(rule.label()).as(rule.id()).isNotIn(Label.BODY, Label.BLANK);
        }
    }

    @Test
    void noWholeLineItemHasTwoRoles() {
        for (Lexicon.Language language : Lexicon.get().languages().values()) {
            Map<String, String> owner = new HashMap<>();
            language.sections().keySet().forEach(k -> owner.put(k, "sections.tsv"));
            for (Label label : Lexicon.RULE_LABELS) {
                for (String item : language.lines().get(label)) {
                    String previous = owner.put(item, label.id() + ".lines.txt");
                    assertThat(previous).as(language.code() + ": '" + item + "' is in " + previous + " and "
                            + label.id() + ".lines.txt").isNull();
                }
            }
        }
    }

    @Test
    void phrasesAreLowercaseSoTheyCanMatch() {
        for (Lexicon.Language language : Lexicon.get().languages().values()) {
            language.phrases().forEach((label, phrases) -> phrases.forEach(p ->
                    assertThat(p).as(language.code() + " " + label).isEqualTo(p.toLowerCase())));
        }
    }

    @Test
    void exampleLinesMatchTheRulesMeantForThem() {
        LinePass pass = new LinePass(Config.defaults(), Lexicon.get(), Lexicon.get().english);
        Map<String, Label> examples = Map.ofEntries(
                Map.entry("Advertisement", Label.AD),
                Map.entry("Leave a Reply", Label.NAVIGATION),
                Map.entry("By admin", Label.CREDIT),
                Map.entry("Fri. Jan 21st, 2022", Label.CREDIT),
                Map.entry("4 min read", Label.CREDIT),
                Map.entry("Last Reviewed April 2017", Label.CREDIT),
                Map.entry("Page last modified Jan. 17, 2025 @ 01:39 PM EST", Label.CREDIT),
                Map.entry("Photographer: Jane Roe | Source: Unsplash", Label.CREDIT),
                Map.entry("Alexei Filippov / AP", Label.CREDIT),
                Map.entry("Russian troops patrolling a street in Almaty today. Alamy Stock Photo", Label.CAPTION),
                Map.entry("© 2024 SBS. All rights reserved.", Label.NAVIGATION),
                Map.entry("Support from readers like you keeps The Journal open.", Label.AD),
                Map.entry("Image copyright AFP", Label.CREDIT),
                Map.entry("Courtesy of the museum", Label.CREDIT),
                Map.entry("Featured Image Credit: Upgraded Points", Label.CREDIT),
                Map.entry("Photo Illustration: Getty Images, PlugShare", Label.CREDIT),
                Map.entry("Above: A native tulip tree grows in Washington Square Park.", Label.CAPTION),
                Map.entry("2017-03-10 09:58 来源：网易科学人", Label.CREDIT),
                Map.entry("[责任编辑:肖春芳]", Label.CREDIT),
                Map.entry("My image for the studio redesign. Source & Photography: Jane Roe", Label.CAPTION),
                Map.entry("Transparent solar cells can replace windows Photo Credit: Acme Energy, Inc.", Label.CAPTION),
                Map.entry("Image caption The minister arrives in Paris", Label.CAPTION));
        examples.forEach((line, label) ->
                assertThat(pass.assess(line, Lexicon.get().english).label()).as(line).isEqualTo(label));
    }
}
