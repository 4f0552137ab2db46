package dev.winnow.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import dev.winnow.eval.EvalCommand;
import dev.winnow.eval.LabelScores;
import dev.winnow.eval.Prf;
import dev.winnow.eval.ShingleScore;
import dev.winnow.eval.WordScore;
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

    @Test
    void lineLabelsOnTheTruthFilesStayAboveTheirFloors() throws IOException {
        LabelScores all = new LabelScores();
        for (Path dir : casesWith("truth.labels.tsv")) {
            all.addAll(EvalCommand.scoreLabels(CLEANER, dir.resolve("truth.labels.tsv")));
        }
        System.out.printf(Locale.ROOT, "quality gate, line labels on %d truth cases:%n%s",
                casesWith("truth.labels.tsv").size(), all.report());
        assertThat(all.macroF1()).as("macro-F1 on truth files").isGreaterThanOrEqualTo(floor("truth.macroF1"));
        assertThat(all.accuracy()).as("accuracy on truth files").isGreaterThanOrEqualTo(floor("truth.accuracy"));
        assertThat(all.of(Label.BODY).f1()).as("body F1 on truth files").isGreaterThanOrEqualTo(floor("truth.bodyF1"));
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
        Path props = dir.resolve("case.properties");
        if (!Files.isRegularFile(props)) {
            return "";
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.getProperty("page_type", "");
    }
}
