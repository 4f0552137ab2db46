package dev.winnow.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Label;
import dev.winnow.format.LabelsTsv;
import dev.winnow.format.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Guards the hand-made {@code truth.labels.tsv} files: each is lossless against its case's
 * {@code input.txt} (removing the first field of every row gives back the input's lines), uses only
 * the six label ids of LABELS.md, and labels a line {@code blank} exactly when it has no visible character.
 */
class TruthFilesTest {
    @TestFactory
    Stream<DynamicTest> everyTruthFileIsLosslessAndValid() throws IOException {
        List<GoldenCase> cases = GoldenOutputsTest.suite().cases().stream()
                .filter(golden -> Files.exists(golden.dir().resolve(GoldenCase.TRUTH))).toList();
        assertThat(cases).as("cases with a %s", GoldenCase.TRUTH).isNotEmpty();
        return cases.stream().map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
    }

    private static void check(GoldenCase golden) throws IOException {
        List<LabelsTsv.Row> rows = LabelsTsv.parse(TextFiles.read(golden.dir().resolve(GoldenCase.TRUTH)));
        List<String> input = golden.input().lines().toList();
        assertThat(rows.stream().map(LabelsTsv.Row::text).toList())
                .as("%s without its first field gives back %s", GoldenCase.TRUTH, GoldenCase.INPUT)
                .containsExactlyElementsOf(input);
        for (int i = 0; i < rows.size(); i++) {
            LabelsTsv.Row row = rows.get(i);
            assertThat(row.label() == Label.BLANK)
                    .as("line %d is labelled %s but %s a visible character: '%s'", i + 1, row.label().id(),
                            isBlank(row.text()) ? "has no" : "has", row.text())
                    .isEqualTo(isBlank(row.text()));
        }
    }

    /** LABELS.md: a line with no visible character (white space, no-break and zero-width spaces). */
    private static boolean isBlank(String line) {
        return line.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF);
    }
}
