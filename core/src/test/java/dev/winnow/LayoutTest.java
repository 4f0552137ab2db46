package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's packages follow the flow of data one way: a stage's package uses only the stages before
 * it in {@link #ORDER} and the API's values ({@link #VALUES}); {@code internal} alone may use all the API;
 * the API's other classes use the stages and never {@code internal}. Read from the sources, comments left out: every {@code dev.winnow.} reference,
 * imported or written out.
 */
class LayoutTest {
    /** The stages from the bottom (used by others) to the top. */
    static final List<String> ORDER = List.of("text", "data", "match", "read", "lexicon", "classify", "context",
            "model", "pipeline", "internal");
    /** The API's classes that every stage may use: values that depend on no stage. */
    static final Set<String> VALUES = Set.of("Label", "Line", "Metadata", "Config", "Result");
    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "winnow");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.winnow\\.(?:([a-z]+)\\.)?([A-Z]\\w*)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void everyStageUsesOnlyThoseBeforeItAndTheApisValues() throws IOException {
        List<String> backwards = new ArrayList<>();
        int references = 0;
        for (String pkg : ORDER) {
            for (Path file : sources(SOURCES.resolve(pkg))) {
                Matcher m = REFERENCE.matcher(code(file));
                while (m.find()) {
                    String used = m.group(1);
                    references++;
                    boolean back = used == null ? !VALUES.contains(m.group(2)) && !pkg.equals("internal")
                            : ORDER.indexOf(used) > ORDER.indexOf(pkg);
                    if (back) {
                        backwards.add(file + " uses " + m.group());
                    }
                }
            }
        }
        assertThat(references).isGreaterThan(100);
        assertThat(backwards).isEmpty();
    }

    @Test
    void theApiNeverUsesTheInternalRoute() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (code(file).contains("dev.winnow.internal.")) {
                    wrong.add(file.toString());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPackageIsInTheOrderAndSaysItsPlace() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            List<String> packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
            assertThat(packages).containsExactlyInAnyOrderElementsOf(ORDER);
        }
        for (String pkg : ORDER) {
            assertThat(SOURCES.resolve(pkg).resolve("package-info.java")).exists();
        }
    }

    @Test
    void noSourceFileIsOverFiveHundredLines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources(SOURCES)) {
            long lines = Files.readAllLines(file).size();
            if (lines > 500) {
                long_.add(file + ": " + lines);
            }
        }
        assertThat(long_).isEmpty();
    }

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static String code(Path file) throws IOException {
        return COMMENT.matcher(Files.readString(file)).replaceAll("");
    }
}
