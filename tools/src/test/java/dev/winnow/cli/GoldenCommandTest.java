package dev.winnow.cli;

import static dev.winnow.cli.Documents.article;
import static dev.winnow.cli.Documents.read;
import static dev.winnow.cli.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.Label;
import dev.winnow.format.LabelsTsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow golden verify} and {@code update} over a temporary suite. */
class GoldenCommandTest {
    @TempDir
    Path tmp;

    private Path suite() {
        Path suite = tmp.resolve("cases");
        write(suite.resolve("airport/input.txt"), article("airport"));
        write(suite.resolve("airport/truth.labels.tsv"), "hand-made, never written\n");
        write(suite.resolve("airport/reference.txt"), "the reference\n");
        write(suite.resolve("nested/bridge/input.txt"), article("bridge"));
        return suite;
    }

    @Test
    void verifyReportsMissingOutputsUpdateCreatesThemThenVerifyPasses() throws Exception {
        Path suite = suite();
        CliRun before = CliRun.run("golden", "verify", suite);
        assertThat(before.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(before.out()).contains("airport: no expected output (expected.labels.tsv, expected.txt,"
                + " expected.jsonl); run `winnow golden update`", "nested/bridge: no expected output")
                .endsWith("golden: 2 cases, 0 match, 2 differ: airport, nested/bridge\n");

        CliRun update = CliRun.run("golden", "update", suite);
        assertThat(update.exit()).isZero();
        assertThat(update.out()).endsWith("golden: updated 2 of 2 cases (6 files)\n");
        Path airport = suite.resolve("airport");
        assertThat(read(airport.resolve("expected.labels.tsv")))
                .isEqualTo(CliRun.run("clean", "--format", "labels", airport.resolve("input.txt")).out());
        assertThat(read(airport.resolve("expected.txt"))).isEqualTo(CliRun.run("clean", airport.resolve("input.txt")).out());
        assertThat(new ObjectMapper().readTree(read(airport.resolve("expected.jsonl"))).get("source").asText())
                .isEqualTo("airport");
        assertThat(read(airport.resolve("truth.labels.tsv"))).isEqualTo("hand-made, never written\n");
        assertThat(read(airport.resolve("reference.txt"))).isEqualTo("the reference\n");

        assertThat(CliRun.run("golden", "verify", suite)).isEqualTo(new CliRun(0, "golden: all 2 cases match\n", ""));
        assertThat(CliRun.run("golden", "update", suite).out()).isEqualTo("golden: 2 cases, none changed\n");
        assertThat(CliRun.run("golden", "verify", airport).out()).isEqualTo("golden: all 1 cases match\n");
    }

    @Test
    void verifyShowsAChangedLabelAndUpdateFixesIt() throws Exception {
        Path suite = suite();
        CliRun.run("golden", "update", suite);
        Path expected = suite.resolve("nested/bridge/expected.labels.tsv");
        String original = read(expected);
        List<LabelsTsv.Row> rows = LabelsTsv.parse(original);
        int changed = 5;
        LabelsTsv.Row row = rows.get(changed - 1);
        Label other = row.label() == Label.AD ? Label.CAPTION : Label.AD;
        List<String> edited = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            edited.add((i == changed - 1 ? other : rows.get(i).label()).id() + "\t" + rows.get(i).text());
        }
        write(expected, String.join("\n", edited) + "\n");

        CliRun verify = CliRun.run("golden", "verify", suite);
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).containsPattern("(?m)^nested/bridge:" + changed + ": " + other.id() + " -> "
                + row.label().id() + "  \\[[^:]+: .+\\]  " + java.util.regex.Pattern.quote(row.text().strip()) + "$");
        assertThat(verify.out()).endsWith("golden: 2 cases, 1 match, 1 differ: nested/bridge\n");

        CliRun update = CliRun.run("golden", "update", suite);
        assertThat(update.out()).isEqualTo("updated nested/bridge: expected.labels.tsv\n"
                + "golden: updated 1 of 2 cases (1 files)\n");
        assertThat(read(expected)).isEqualTo(original);
        assertThat(CliRun.run("golden", "verify", suite).exit()).isZero();
    }

    @Test
    void verifyShowsATextDiff() {
        Path suite = suite();
        CliRun.run("golden", "update", suite);
        Path text = suite.resolve("airport/expected.txt");
        write(text, "An invented first paragraph.\n\n" + read(text));
        CliRun verify = CliRun.run("golden", "verify", suite);
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("airport: expected.txt differs (- expected, + actual):\n"
                + "    @@ -1,4 +1,2 @@\n    -An invented first paragraph.\n    -\n");
    }

    @Test
    void aMissingSuiteIsAUsageError() {
        CliRun run = CliRun.run("golden", "verify", tmp.resolve("nowhere"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere: not a directory");
        CliRun empty = CliRun.run("golden", "update", tmp);
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("no golden cases");
    }

    @Test
    void anUnreadableInputIsADifferenceAndAnUpdateFailure() throws Exception {
        Path suite = suite();
        write(suite.resolve("broken/input.txt"), new byte[] {'a', 0, 'b'});
        CliRun verify = CliRun.run("golden", "verify", suite);
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("broken: input.txt: binary file, not text: NUL byte (byte offset 1)");
        CliRun update = CliRun.run("golden", "update", suite);
        assertThat(update.exit()).isEqualTo(1);
        assertThat(update.out()).contains("failed broken: input.txt: binary file").endsWith(", 1 failed: broken\n");
        assertThat(Files.list(suite.resolve("broken")).count()).isEqualTo(1);
    }
}
