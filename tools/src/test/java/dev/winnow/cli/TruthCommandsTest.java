package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow eval --labels} on the three input paths, {@code winnow train}, and {@code clean --rules}. */
class TruthCommandsTest {
    @TempDir
    Path tmp;

    private static final String[] TOPICS = {"bridge", "harbour", "library", "museum"};

    /** Four labelled cases with the HTML their dumps come from, split two and two. */
    private Path truth() throws IOException {
        Path cases = tmp.resolve("golden/cases");
        StringBuilder split = new StringBuilder();
        for (int i = 0; i < TOPICS.length; i++) {
            String t = TOPICS[i];
            String p1 = "The city council voted on Tuesday to approve the new " + t + " plan, which had been debated for"
                    + " more than a year by residents, business owners and the members of the council.";
            String p2 = "Supporters said that the " + t + " plan would make the city a better place to live and that it was"
                    + " the result of a long and open consultation with the people who live here.";
            Path dir = Files.createDirectories(cases.resolve("case-" + t));
            Files.writeString(dir.resolve("truth.labels.tsv"), "navigation\tHome\nnavigation\tNews\nblank\t\nbody\tCouncil approves the "
                    + t + " plan\ncredit\tBy Ann Lee\nblank\t\nbody\t" + p1 + "\nblank\t\nbody\t" + p2
                    + "\nblank\t\nad\tSubscribe to our newsletter\nnavigation\t© 2026 The Daily Example\n");
            String html = "<html><body><nav><a href=/>Home</a><br><a href=/news>News</a></nav><article><h1>Council approves the "
                    + t + " plan</h1><p class=byline>By Ann Lee</p><p>" + p1 + "</p><p>" + p2 + "</p></article>"
                    + "<aside class=newsletter>Subscribe to our newsletter</aside><footer>© 2026 The Daily Example</footer></body></html>";
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                out.write(html.getBytes(StandardCharsets.UTF_8));
            }
            Files.write(dir.resolve("page.html.gz"), gz.toByteArray());
            split.append("case-").append(t).append('\t').append(i < 2 ? "tune" : "check").append('\n');
        }
        Files.writeString(tmp.resolve("golden/split.tsv"), split.toString());
        return cases;
    }

    @Test
    void labelsAreScoredOnTheChosenPartAndPath() throws IOException {
        Path cases = truth();
        CliRun dump = CliRun.run("eval", "--labels", cases, "--split", "check");
        assertThat(dump.exit()).as(dump.err()).isZero();
        assertThat(dump.out()).contains("case-library", "case-museum").doesNotContain("case-bridge")
                .contains("corpus: " + cases + ", check split, 2 cases, input: text dumps", "confusion (rows: truth, columns: winnow)");
        assertThat(CliRun.run("eval", "--labels", cases, "--split", "tune", "--wet").out())
                .contains("2 cases, input: text dumps in WET shape (blank lines removed)");
        CliRun html = CliRun.run("eval", "--labels", cases, "--input", "html", "--mistakes");
        assertThat(html.exit()).as(html.err()).isZero();
        assertThat(html.out()).contains("4 cases, input: HTML pages, truth carried over by text", "HTML lines matched to a truth line: 100.0% of 32");
        assertThat(CliRun.run("eval", "--labels", cases, "--no-line-model").exit()).isZero();
    }

    @Test
    void aSplitThatLeavesACaseOutIsAUsageError() throws IOException {
        Path cases = truth();
        Files.writeString(tmp.resolve("golden/split.tsv"), "case-bridge\ttune\n");
        CliRun run = CliRun.run("eval", "--labels", cases, "--split", "tune");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("is in neither part of the split");
    }

    @Test
    void trainWritesBothStagesAndMeasuresByFolds() throws IOException {
        Path cases = truth();
        Path out = tmp.resolve("model");
        CliRun train = CliRun.run("train", "--labels", cases, "-o", out, "--min-count", "1");
        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.out()).contains("2 cases (tune)", "wrote");
        assertThat(Files.readString(out.resolve("lines.tsv"))).startsWith("# The line model's weights").contains("\nbias\t");
        assertThat(Files.readString(out.resolve("context.tsv"))).contains("\ns1=body\t");
        CliRun folds = CliRun.run("train", "--labels", cases, "--split", "all", "--folds", "2", "--min-count", "1");
        assertThat(folds.exit()).as(folds.err()).isZero();
        assertThat(folds.out()).contains("== dump, 2-fold cross-validation: rules alone macro-F1", "== html, 2-fold");
        assertThat(CliRun.run("train", "--labels", cases).err()).contains("give -o DIR");
    }

    @Test
    void cleanWithRulesAddsThemAndABrokenFileIsAUsageError() throws IOException {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules.resolve("lang/en"));
        Files.writeString(rules.resolve("lang/en/ad.lines.txt"), "Support the Daily Bugle\n");
        CliRun ok = CliRun.withStdin("Support the Daily Bugle\n", "clean", "--format", "labels", "--rules", rules, "-");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).isEqualTo("ad\tSupport the Daily Bugle\n");
        Files.writeString(rules.resolve("lang/en/patterns.tsv"), "bad\tcredit\t(\tx\n");
        CliRun bad = CliRun.withStdin("x\n", "clean", "--rules", rules, "-");
        assertThat(bad.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(bad.err()).contains("--rules " + rules + ": " + rules.resolve("lang/en/patterns.tsv") + ":1: pattern bad does not compile");
    }
}
