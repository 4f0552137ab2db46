package dev.winnow.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import dev.winnow.eval.LabelEval;
import dev.winnow.eval.ShingleScore;
import dev.winnow.eval.TruthSet;
import dev.winnow.eval.WordScore;
import dev.winnow.measure.LabelScores;
import dev.winnow.measure.Prf;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The quality gate: the measures of METRICS.md on the cases in {@code golden/cases}, against the pinned
 * floors in {@code golden/floors.properties}. The build fails below a floor; raising a floor locks in
 * progress. Reads only files of the repository.
 */
class QualityGateTest {
    private static final Cleaner CLEANER = new Cleaner();
    private static Path cases;
    private static Properties floors;

    @BeforeAll
    static void load() throws IOException {
        Path golden = Path.of(System.getProperty("winnow.golden.dir", "golden"));
        cases = golden.resolve("cases");
        floors = new Properties();
        try (Reader in = Files.newBufferedReader(golden.resolve("floors.properties"), StandardCharsets.UTF_8)) {
            floors.load(in);
        }
    }

    private static double floor(String key) {
        String value = floors.getProperty(key);
        assertThat(value).as("floors.properties has no " + key).isNotNull();
        return Double.parseDouble(value);
    }

    private static List<Path> casesWith(String file) throws IOException {
        try (Stream<Path> dirs = Files.list(cases)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(file))).sorted().toList();
        }
    }

    @Test
    void theSeedsAreLabelledExactlyAsTheirTruth() throws IOException {
        List<Path> seeds = casesWith("truth.labels.tsv").stream()
                .filter(d -> d.getFileName().toString().startsWith("seed-")).toList();
        assertThat(seeds).hasSize(5);
        List<String> differences = new ArrayList<>();
        for (Path seed : seeds) {
            List<String> rows = Files.readAllLines(seed.resolve("truth.labels.tsv"), StandardCharsets.UTF_8);
            Result result = CLEANER.clean(Files.readString(seed.resolve("input.txt"), StandardCharsets.UTF_8));
            assertThat(result.lines()).as(seed.toString()).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Label truth = Label.parse(rows.get(i).substring(0, rows.get(i).indexOf('\t')));
                Line line = result.lines().get(i);
                if (line.label() != truth) {
                    differences.add(String.format(Locale.ROOT, "%s:%d truth %s, winnow %s (%s): %s",
                            seed.getFileName(), i + 1, truth.id(), line.label().id(), line.rule(), line.text()));
                }
            }
        }
        assertThat(differences).as("seed lines labelled differently from their truth").isEmpty();
    }

    /**
     * Line labels on the check part of the truth (golden/split.tsv), on each input path: the dumps, the
     * same dumps in WET shape, and the HTML pages they were rendered from. The tune part's figures are
     * printed beside them; only check's are pinned.
     */
    @ParameterizedTest
    @EnumSource(LabelEval.Shape.class)
    void lineLabelsOnTheCheckSplitStayAboveTheirFloors(LabelEval.Shape shape) throws IOException {
        LabelEval.Report check = LabelEval.run(CLEANER, TruthSet.cases(cases, TruthSet.Part.CHECK, null), shape, false, 2);
        LabelEval.Report tune = LabelEval.run(CLEANER, TruthSet.cases(cases, TruthSet.Part.TUNE, null), shape, false, 2);
        System.out.printf(Locale.ROOT, "quality gate, line labels, %s: check macro-F1 %.3f (tune %.3f)%n%s",
                shape.id(), check.total().macroF1(), tune.total().macroF1(), check.total().report());
        String key = "check." + shape.id() + ".";
        assertThat(check.cases()).as("check cases").isNotEmpty();
        assertThat(check.total().macroF1()).as(shape.id() + " macro-F1 on check").isGreaterThanOrEqualTo(floor(key + "macroF1"));
        for (Label label : LabelScores.LABELS) {
            assertThat(check.total().of(label).f1()).as(shape.id() + " " + label.id() + " F1 on check")
                    .isGreaterThanOrEqualTo(floor(key + label.id()));
        }
        if (shape == LabelEval.Shape.HTML) {
            assertThat(check.matchedShare()).as("share of HTML lines matched to the truth").isGreaterThanOrEqualTo(floor(key + "matched"));
        }
    }

    @Test
    void everyTruthCaseIsInTheSplit() throws IOException {
        assertThat(TruthSet.cases(cases, TruthSet.Part.TUNE, null).size() + TruthSet.cases(cases, TruthSet.Part.CHECK, null).size())
                .isEqualTo(casesWith("truth.labels.tsv").size());
    }

    @Test
    void articleTextOfTheDumpCasesStaysAboveItsFloors() throws IOException {
        assertTextAboveFloors(false, "reference");
    }

    @Test
    void articleTextOfTheHtmlCasesStaysAboveItsFloors() throws IOException {
        assertTextAboveFloors(true, "html");
    }

    /** Word and shingle F1 of the reference cases whose input is HTML (or a dump), against the floors {@code <key>.*}. */
    private static void assertTextAboveFloors(boolean html, String key) throws IOException {
        List<Prf> words = new ArrayList<>();
        List<ShingleScore> shingles = new ArrayList<>();
        List<Prf> articleWords = new ArrayList<>();
        for (Path dir : casesWith("reference.txt")) {
            GoldenCase golden = new GoldenCase(dir.getFileName().toString(), dir);
            if (golden.html() != html) {
                continue;
            }
            String reference = Files.readString(dir.resolve("reference.txt"), StandardCharsets.UTF_8);
            String text = golden.result(CLEANER).text();
            Prf word = WordScore.of(text, reference);
            words.add(word);
            shingles.add(ShingleScore.of(text, reference));
            if (pageType(dir).equals("article")) {
                articleWords.add(word);
            }
        }
        Prf word = WordScore.corpus(words);
        Prf article = WordScore.corpus(articleWords);
        Prf shingle = ShingleScore.corpus(shingles);
        System.out.printf(Locale.ROOT, "quality gate, %d %s reference cases: word F1 %.4f, shingle F1 %.4f;"
                + " %d article cases: word F1 %.4f%n", words.size(), html ? "HTML" : "dump", word.f1(), shingle.f1(),
                articleWords.size(), article.f1());
        assertThat(words).as(key + " reference cases").isNotEmpty();
        assertThat(word.f1()).as("word F1, " + key + " cases").isGreaterThanOrEqualTo(floor(key + ".wordF1"));
        assertThat(shingle.f1()).as("shingle F1, " + key + " cases").isGreaterThanOrEqualTo(floor(key + ".shingleF1"));
        assertThat(article.f1()).as("word F1, " + key + " article cases")
                .isGreaterThanOrEqualTo(floor(key + ".article.wordF1"));
    }

    private static String pageType(Path dir) throws IOException {
        return GoldenCase.property(dir, "page_type");
    }
}
