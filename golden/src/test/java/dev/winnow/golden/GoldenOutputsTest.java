package dev.winnow.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.winnow.Winnow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per golden case below {@code golden/cases}: winnow's output (labels, clean text, JSON) must
 * equal the case's reviewed {@code expected.*} files. After an intended change of the classifier,
 * review and accept the new outputs with {@code ./winnow golden update}.
 */
class GoldenOutputsTest {
    /** The golden cases of the repository (surefire sets {@code winnow.golden.dir} to the module's directory). */
    static GoldenSuite suite() throws IOException {
        Path cases = Path.of(System.getProperty("winnow.golden.dir", "golden")).resolve("cases");
        GoldenSuite suite = GoldenSuite.at(cases);
        assertThat(suite.cases()).as("golden cases in %s", cases).isNotEmpty();
        return suite;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsExpectedOutputs() throws IOException {
        return suite().cases().stream().map(golden -> DynamicTest.dynamicTest(golden.name(), () -> {
            CaseReport report = golden.verify(Winnow.cleaner());
            if (!report.matches()) {
                fail(golden.name() + ": " + report.differences().size() + " differences from the expected outputs"
                        + " (if intended: ./winnow golden update, then review git diff):\n" + report.describe());
            }
        }));
    }
}
