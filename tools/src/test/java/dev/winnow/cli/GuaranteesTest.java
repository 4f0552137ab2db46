package dev.winnow.cli;

import static dev.winnow.cli.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guarantees of {@code winnow clean}: {@code --format labels} without its first field gives back the
 * input byte for byte (line ends {@code \r\n} and {@code \r} normalised to {@code \n}, a final line end
 * added), over every golden case's input and over generated inputs; and the output does not depend on
 * {@code --threads}.
 */
class GuaranteesTest {
    /** The golden cases, seen from the tools module. */
    private static final Path GOLDEN_CASES = Path.of("..", "golden", "cases");

    /** Characters a scraped dump may hold beyond ordinary words. */
    private static final String ODD = "\t \u00a0\u200b\u200d\ufeff\u2028\u2029\u0085\u000b\u000c\u001b\u00ad"
            + "é—“”…•·|»«€😀👍🏽𝒜中文العربيةעברית\u0301\u202e\ud7ff\ue000\uffff";
    private static final String[] WORDS = {"the", "council", "voted", "Home", "News", "Advertisement", "By",
        "Jane", "Doe", "photo:", "Getty", "Images", "read", "more", "...", "©", "2026", "|", "»", "and", "of"};
    private static final String[] LINE_ENDS = {"\n", "\r\n", "\r", "\n\n", "\r\r\n", "\n\r"};

    @TempDir
    Path tmp;

    static Stream<Path> goldenInputs() throws IOException {
        try (Stream<Path> cases = Files.list(GOLDEN_CASES)) {
            return cases.map(c -> c.resolve("input.txt")).filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    /** The input as the labels format gives it back: line ends normalised to \n, a final line end. */
    private static String normalised(String input) {
        String lines = input.replace("\r\n", "\n").replace('\r', '\n');
        return lines.isEmpty() || lines.endsWith("\n") ? lines : lines + "\n";
    }

    private static String withoutLabels(String labels) {
        StringBuilder out = new StringBuilder();
        for (String row : labels.split("\n", -1)) {
            if (!row.isEmpty() || out.length() > 0) {
                out.append(row.substring(row.indexOf('\t') + 1)).append('\n');
            }
        }
        // split leaves one empty field after the final \n
        return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
    }

    private void assertLossless(Path file) throws IOException {
        byte[] input = Files.readAllBytes(file);
        CliRun run = CliRun.run("clean", "--format", "labels", file);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(withoutLabels(run.out()).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(normalised(new String(input, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("goldenInputs")
    void labelsAreLosslessOverEveryGoldenInput(Path input) throws IOException {
        assertLossless(input);
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 60).boxed();
    }

    /** A dump of random words, odd characters, blank and invisible lines and mixed line ends. */
    static String generated(long seed) {
        Random random = new Random(seed);
        StringBuilder dump = new StringBuilder();
        int lines = random.nextInt(60);
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(6)) {
                case 0 -> { } // empty line
                case 1 -> dump.append(" \t\u00a0\u200b".charAt(random.nextInt(4)));
                case 2 -> IntStream.range(0, 1 + random.nextInt(4))
                        .forEach(k -> dump.appendCodePoint(ODD.codePointAt(ODD.offsetByCodePoints(0,
                                random.nextInt(ODD.codePointCount(0, ODD.length()))))));
                default -> dump.append(IntStream.range(0, 1 + random.nextInt(60))
                        .mapToObj(k -> WORDS[random.nextInt(WORDS.length)]).collect(Collectors.joining(" ")));
            }
            if (i < lines - 1 || random.nextBoolean()) {
                dump.append(LINE_ENDS[random.nextInt(LINE_ENDS.length)]);
            }
        }
        return dump.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void labelsAreLosslessOverGeneratedInputs(long seed) throws IOException {
        assertLossless(write(tmp.resolve("generated-" + seed + ".txt"), generated(seed)));
    }

    @Test
    void theOutputIsTheSameWithOneAndWithFourThreads() throws IOException {
        Path dir = tmp.resolve("corpus");
        List<Path> inputs = goldenInputs().toList();
        for (int i = 0; i < inputs.size(); i++) {
            Files.createDirectories(dir);
            Files.copy(inputs.get(i), dir.resolve(String.format("golden-%03d.txt", i)));
        }
        for (long seed = 0; seed < 20; seed++) {
            write(dir.resolve("generated-" + seed + ".txt"), generated(seed));
        }
        for (String format : List.of("labels", "jsonl")) {
            CliRun one = CliRun.run("clean", "--format", format, "--threads", "1", dir);
            CliRun four = CliRun.run("clean", "--format", format, "--threads", "4", dir);
            assertThat(one.exit()).as(one.err()).isZero();
            assertThat(four).isEqualTo(one);
        }
    }
}
