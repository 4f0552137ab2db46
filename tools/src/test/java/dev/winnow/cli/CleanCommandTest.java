package dev.winnow.cli;

import static dev.winnow.cli.Documents.article;
import static dev.winnow.cli.Documents.read;
import static dev.winnow.cli.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.Label;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow clean}, run in-process over temporary files. Labels are not asserted, only structure. */
class CleanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path corpus() {
        Path dir = tmp.resolve("dumps");
        write(dir.resolve("b.txt"), article("bridge"));
        write(dir.resolve("a.txt"), article("airport"));
        write(dir.resolve("sub/deeper/c.txt"), article("canal"));
        write(dir.resolve("sub/d.dump"), article("dam"));
        write(dir.resolve("notes.md"), "not a dump\n");
        return dir;
    }

    private static List<String> headers(String out) {
        return out.lines().filter(l -> l.startsWith("==> ")).toList();
    }

    @Test
    void directoriesAreSearchedRecursivelyInSortedOrderWithTheGlob() {
        Path dir = corpus();
        CliRun run = CliRun.run("clean", dir);
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(headers(run.out())).containsExactly(
                "==> " + dir.resolve("a.txt") + " <==",
                "==> " + dir.resolve("b.txt") + " <==",
                "==> " + dir.resolve("sub/deeper/c.txt") + " <==");

        CliRun dumps = CliRun.run("clean", "--glob", "*.dump", dir);
        assertThat(headers(dumps.out())).isEmpty();
        assertThat(dumps.out()).isEqualTo(CliRun.run("clean", dir.resolve("sub/d.dump")).out());

        CliRun slash = CliRun.run("clean", "--format", "labels", "--glob", "sub/**", dir);
        assertThat(headers(slash.out())).containsExactly(
                "==> " + dir.resolve("sub/d.dump") + " <==",
                "==> " + dir.resolve("sub/deeper/c.txt") + " <==");
    }

    @Test
    void theGlobDoesNotFilterFilesNamedOnTheCommandLine() {
        Path dir = corpus();
        CliRun run = CliRun.run("clean", "--format", "labels", dir.resolve("notes.md"), dir.resolve("sub"));
        assertThat(run.exit()).isZero();
        assertThat(headers(run.out())).containsExactly(
                "==> " + dir.resolve("notes.md") + " <==",
                "==> " + dir.resolve("sub/deeper/c.txt") + " <==");
    }

    @Test
    void outputDirectoryMirrorsRelativePathsWithTheFormatsExtension() {
        Path dir = corpus();
        Path out = tmp.resolve("out");
        for (String format : List.of("text", "labels", "jsonl")) {
            CliRun run = CliRun.run("clean", "--format", format, "-o", out, dir, dir.resolve("notes.md"));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isEmpty();
        }
        assertThat(filesBelow(out)).containsExactly(
                "a.jsonl", "a.labels.tsv", "a.txt", "b.jsonl", "b.labels.tsv", "b.txt",
                "notes.jsonl", "notes.labels.tsv", "notes.txt",
                "sub/deeper/c.jsonl", "sub/deeper/c.labels.tsv", "sub/deeper/c.txt");
        Path c = dir.resolve("sub/deeper/c.txt");
        assertThat(read(out.resolve("sub/deeper/c.labels.tsv")))
                .isEqualTo(CliRun.run("clean", "--format", "labels", c).out());
        assertThat(read(out.resolve("sub/deeper/c.txt"))).isEqualTo(CliRun.run("clean", c).out());
        assertThat(read(out.resolve("sub/deeper/c.jsonl"))).hasLineCount(1)
                .isEqualTo(CliRun.run("clean", "--format", "jsonl", c).out());
    }

    private static List<String> filesBelow(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void jsonlHasTheStableFieldsAndEveryInputLineInOrder() throws Exception {
        Path dir = corpus();
        CliRun run = CliRun.run("clean", "--format", "jsonl", dir);
        assertThat(run.exit()).isZero();
        List<String> records = run.out().lines().toList();
        assertThat(records).hasSize(3);
        for (String record : records) {
            JsonNode doc = JSON.readTree(record);
            assertThat(fieldNames(doc)).isIn(List.of("source", "title", "text", "lines"),
                    List.of("source", "title", "text", "lines", "metadata"));
            Path source = Path.of(doc.get("source").asText());
            assertThat(source).startsWith(dir);
            assertThat(doc.get("title").isNull() || doc.get("title").isTextual()).isTrue();
            assertThat(doc.get("text").isTextual()).isTrue();
            List<String> input = read(source).lines().toList();
            JsonNode lines = doc.get("lines");
            assertThat(lines.size()).isEqualTo(input.size());
            for (int i = 0; i < input.size(); i++) {
                JsonNode line = lines.get(i);
                assertThat(fieldNames(line).subList(0, 3)).containsExactly("label", "text", "reason");
                assertThat(line.get("text").asText()).isEqualTo(input.get(i));
                assertThat(Label.parse(line.get("label").asText()).id()).isEqualTo(line.get("label").asText());
                assertThat(line.get("reason").asText()).isNotBlank();
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void labelsRoundTripByteForByteWithLineEndsNormalised() {
        String input = "Menu\r\n\r\nA headline with trailing space \r\n\u00a0\r\n\tTabbed\tline\twith tabs\r\n"
                + "Ünïcödé — “quotes” 😀\rold Mac line end\n" + article("river").replace("\n", "\r\n")
                + "last line without end";
        Path file = write(tmp.resolve("crlf.txt"), input);
        CliRun run = CliRun.run("clean", "--format", "labels", file);
        assertThat(run.exit()).isZero();
        String withoutLabels = run.out().lines().map(row -> row.substring(row.indexOf('\t') + 1))
                .collect(Collectors.joining("\n", "", "\n"));
        String normalised = input.replace("\r\n", "\n").replace('\r', '\n') + "\n";
        assertThat(withoutLabels.getBytes(StandardCharsets.UTF_8)).isEqualTo(normalised.getBytes(StandardCharsets.UTF_8));
        assertThat(run.out().lines().map(row -> row.substring(0, row.indexOf('\t'))))
                .allSatisfy(id -> assertThat(Label.parse(id).id()).isEqualTo(id));
    }

    @Test
    void aFileThatIsNotUtf8TextIsReportedAndTheOthersGoOn() {
        Path dir = tmp.resolve("mixed");
        write(dir.resolve("a.txt"), article("airport"));
        byte[] bad = "Caf\u00e9 ok\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = Arrays.copyOf(bad, bad.length + 4);
        System.arraycopy(new byte[] {'x', (byte) 0xE9, 'y', '\n'}, 0, latin1, bad.length, 4);
        write(dir.resolve("b-latin1.txt"), latin1);
        write(dir.resolve("c-binary.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2});
        write(dir.resolve("d.txt"), article("dam"));
        write(dir.resolve("e-empty.txt"), new byte[0]);

        CliRun run = CliRun.run("clean", "--format", "labels", dir);
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(run.errLines()).containsExactly(
                "winnow: " + dir.resolve("b-latin1.txt") + ": not valid UTF-8 text (byte offset " + (bad.length + 1) + ")",
                "winnow: " + dir.resolve("c-binary.txt") + ": binary file, not text: NUL byte (byte offset 3)");
        assertThat(headers(run.out())).containsExactly(
                "==> " + dir.resolve("a.txt") + " <==",
                "==> " + dir.resolve("d.txt") + " <==",
                "==> " + dir.resolve("e-empty.txt") + " <==");
    }

    @Test
    void aMissingPathIsAFailureAndTheOthersGoOn() {
        Path good = write(tmp.resolve("good.txt"), article("airport"));
        Path missing = tmp.resolve("missing.txt");
        CliRun run = CliRun.run("clean", missing, good);
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(run.errLines()).containsExactly("winnow: " + missing + ": no such file or directory");
        assertThat(run.out()).isEqualTo(CliRun.run("clean", good).out());
    }

    @Test
    void anEmptyFileGivesAnEmptyResult() throws Exception {
        Path empty = write(tmp.resolve("empty.txt"), "");
        assertThat(CliRun.run("clean", empty)).isEqualTo(new CliRun(0, "", ""));
        assertThat(CliRun.run("clean", "--format", "labels", empty)).isEqualTo(new CliRun(0, "", ""));
        JsonNode doc = JSON.readTree(CliRun.run("clean", "--format", "jsonl", empty).out());
        assertThat(doc.get("text").asText()).isEmpty();
        assertThat(doc.get("lines").size()).isZero();
    }

    @Test
    void standardInputIsReadWithoutPathOrAsDash() throws Exception {
        String input = article("harbour");
        Path file = write(tmp.resolve("harbour.txt"), input);
        CliRun fromFile = CliRun.run("clean", "--format", "labels", file);
        assertThat(CliRun.withStdin(input, "clean", "--format", "labels").out()).isEqualTo(fromFile.out());
        CliRun dash = CliRun.withStdin(input, "clean", "--format", "jsonl", "-");
        assertThat(JSON.readTree(dash.out()).get("source").asText()).isEqualTo("-");
        CliRun invalid = CliRun.withStdin(new byte[] {(byte) 0xFF}, "clean");
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.err()).startsWith("winnow: -: not valid UTF-8 text (byte offset 0)");
    }

    @Test
    void parallelOutputIsIdenticalToSequentialOutput() {
        Path dir = tmp.resolve("many");
        for (int i = 0; i < 40; i++) {
            write(dir.resolve(String.format("doc-%02d.txt", i)), article("topic " + i)
                    + "Line " + "number ".repeat(i) + i + "\n");
        }
        write(dir.resolve("doc-17.txt"), new byte[] {'b', (byte) 0xC3, 'x'});
        for (String format : List.of("text", "labels", "jsonl", "explain")) {
            CliRun one = CliRun.run("clean", "--format", format, "--threads", "1", dir);
            CliRun four = CliRun.run("clean", "--format", format, "--threads", "4", dir);
            CliRun two = CliRun.run("clean", "--format", format, "-j", "2", dir);
            CliRun byDefault = CliRun.run("clean", "--format", format, dir);
            assertThat(one.exit()).isEqualTo(1);
            assertThat(two).isEqualTo(one);
            assertThat(four).isEqualTo(one);
            assertThat(byDefault).isEqualTo(one);
        }
    }

    @Test
    void explainShowsEveryLineThenTheArticle() {
        String input = article("tunnel");
        Path file = write(tmp.resolve("tunnel.txt"), input);
        CliRun run = CliRun.run("clean", "--explain", file);
        assertThat(run.exit()).isZero();
        List<String> out = run.out().lines().toList();
        assertThat(out.get(0)).matches(" *# +label +rule +text +reason");
        int lines = (int) input.lines().count();
        for (int i = 1; i <= lines; i++) {
            assertThat(out.get(i)).matches(" *" + i + "  (body|caption|credit|ad|navigation|blank)\\b.*");
        }
        assertThat(out.get(lines + 2)).startsWith("==== article:");
        assertThat(out.get(lines + 4)).startsWith("title: ");
        assertThat(run.out()).endsWith(CliRun.run("clean", file).out());
        assertThat(CliRun.run("clean", "--format", "explain", file)).isEqualTo(run);
    }

    @Test
    void settingsAreAcceptedAndChangeNothingStructural() {
        Path file = write(tmp.resolve("settings.txt"), article("market"));
        CliRun run = CliRun.run("clean", "--format", "labels", "--title-in-text", "--short-max-chars", "50",
                "--long-min-chars", "150", "--stopwords-high", "0.35", "--stopwords-low", "0.1",
                "--min-article-chars", "100", "--title-lookback", "5", "--max-line-chars", "5000", file);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().count()).isEqualTo(read(file).lines().count());
    }
}
