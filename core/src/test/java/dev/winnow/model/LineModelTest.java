package dev.winnow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import dev.winnow.data.DataFiles;
import dev.winnow.internal.ModelTraining;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.read.DumpLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The line model: its fast scoring, its bounds on the rules, its reasons. */
class LineModelTest {
    private static final Path CASES = Path.of("../golden/cases");

    /**
     * The scores by positions and shared atoms equal the scores of every feature by its full name, as
     * the trainer computes them, on every line of 20 golden dumps (and of the same dumps shuffled).
     */
    @Test
    void fastScoringEqualsScoringEveryFeatureByName() throws IOException {
        Map<String, float[]> first = LineModel.weights(LineModel.FILE);
        Map<String, float[]> second = LineModel.weights(LineModel.CONTEXT_FILE);
        LineModel model = new LineModel(first, second);
        List<String> dumps = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CASES)) {
            for (Path dir : dirs.sorted().filter(d -> Files.isRegularFile(d.resolve("input.txt"))).limit(20).toList()) {
                {
                    dumps.add(new String(Files.readAllBytes(dir.resolve("input.txt")), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        List<String> shuffled = new ArrayList<>(List.of(dumps.get(0).split("\n")));
        java.util.Collections.shuffle(shuffled, new Random(16));
        dumps.add(String.join("\n", shuffled));
        assertThat(dumps).hasSizeGreaterThan(5);
        for (String dump : dumps) {
            ModelFeatures.Input input = Pipeline.ruled(Config.defaults(), Lexicon.get(), DumpLines.split(dump), null);
            ModelFeatures.Lines lines = ModelFeatures.of(input);
            int[] labels = new int[lines.size()];
            double[] sure = new double[lines.size()];
            double[][] fast = model.scores(lines, labels, sure);
            List<List<String>> named = new ArrayList<>();
            for (int v = 0; v < lines.size(); v++) {
                named.add(lines.strings(v));
            }
            List<List<String>> stage2 = ModelTraining.secondStage(first, named);
            for (int v = 0; v < lines.size(); v++) {
                double[] slow = ModelTraining.scores(second, stage2.get(v));
                for (int l = 0; l < slow.length; l++) {
                    assertThat(fast[v][l]).isCloseTo(slow[l], within(1e-6));
                }
            }
        }
    }

    @Test
    void theModelKeepsTheRegionLongProseUnsureRevisionsAndLockedRules() {
        // body and navigation: the rules' region decides
        assertThat(LineModel.revised(Label.BODY, "body.region", false, Label.NAVIGATION, 0.99)).isEqualTo(Label.BODY);
        assertThat(LineModel.revised(Label.NAVIGATION, "navigation.outside", false, Label.BODY, 0.99)).isEqualTo(Label.NAVIGATION);
        // long prose stays in the article; so does a body line the model is not sure enough to take out
        assertThat(LineModel.revised(Label.BODY, "body.region", true, Label.CAPTION, 0.99)).isEqualTo(Label.BODY);
        assertThat(LineModel.revised(Label.BODY, "body.region", false, Label.CAPTION, LineModel.BODY_REVISION_MIN - 0.01))
                .isEqualTo(Label.BODY);
        assertThat(LineModel.revised(Label.BODY, "body.region", false, Label.CAPTION, 0.99)).isEqualTo(Label.CAPTION);
        // a locked rule (model/locked.txt) stands
        assertThat(DataFiles.items(LineModel.LOCKED_FILE)).contains("ad.phrase");
        assertThat(LineModel.revised(Label.AD, "ad.phrase", false, Label.NAVIGATION, 0.99)).isEqualTo(Label.AD);
        assertThat(LineModel.revised(Label.NAVIGATION, "navigation.outside", false, Label.CREDIT, 0.9)).isEqualTo(Label.CREDIT);
    }

    @Test
    void aRevisionNamesTheFeaturesThatWeighedMost() {
        assertThat(LineModel.describe("-1:date")).isEqualTo("the line above holds a date");
        assertThat(LineModel.describe("t=amazon")).isEqualTo("the word 'amazon'");
        assertThat(LineModel.describe("r=credit.date-line")).isEqualTo("decided by credit.date-line");
        for (Line line : new Cleaner().clean(dump()).lines()) {
            if (line.rule().endsWith(".model")) {
                assertThat(line.reason()).startsWith("the line model weighed ");
            }
        }
    }

    @Test
    void withoutTheModelTheRulesAloneDecide() {
        Result model = new Cleaner().clean(dump());
        Result rules = new Cleaner(Config.builder().lineModel(false).build()).clean(dump());
        assertThat(rules.lines()).noneMatch(l -> l.rule().endsWith(".model"));
        assertThat(model.lines()).hasSameSizeAs(rules.lines());
    }

    private static String dump() {
        try {
            return Files.readString(CASES.resolve("wcxb-0031/input.txt"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
