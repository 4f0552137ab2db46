package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.winnow.read.DumpLines;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the text-dump path, {@link Cleaner#clean(String)}: whatever the characters, every input line
 * comes back once, in order, unchanged, with a label. In the normal build this replays the saved inputs
 * under {@code src/test/resources/dev/winnow/DumpFuzzTestInputs/cleanDump/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see README, "Robustness").
 */
class DumpFuzzTest {
    private static final Cleaner CLEANER = new Cleaner();

    @FuzzTest(maxDuration = "30m")
    void cleanDump(byte[] data) {
        String dump = new String(data, StandardCharsets.UTF_8);
        Result result = CLEANER.clean(dump);
        List<String> expected = DumpLines.split(dump);
        assertThat(result.lines()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Line line = result.lines().get(i);
            assertThat(line.text()).isEqualTo(expected.get(i));
            assertThat(line.number()).isEqualTo(i + 1);
            assertThat(line.label()).isNotNull();
        }
        assertThat(result.text()).isNotNull();
    }
}
