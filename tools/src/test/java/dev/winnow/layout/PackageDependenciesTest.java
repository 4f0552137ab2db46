package dev.winnow.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tools' packages depend on each other one way: a package may use only those before it in
 * {@link #ORDER} (and the library), so that the commands sit on top and the formats and measures at the
 * bottom. Read from the sources: every {@code dev.winnow.<package>.} reference, imported or written out.
 * The tools, the benchmarks and the Spark module use the library through its API ({@code dev.winnow}) and
 * its one internal route ({@code dev.winnow.internal}), never its stages' packages.
 */
class PackageDependenciesTest {
    /** From the bottom (used by others, uses none of them) to the top (the commands). */
    static final List<String> ORDER = List.of("format", "measure", "input", "crawl", "report", "golden", "eval",
            "train", "cli");
    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "winnow");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.winnow\\.([a-z]+)\\.");

    @Test
    void everyPackageUsesOnlyThoseBelowIt() throws IOException {
        List<String> backwards = new ArrayList<>();
        int references = 0;
        for (String pkg : ORDER) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = REFERENCE.matcher(Files.readString(file));
                    while (m.find()) {
                        String used = m.group(1);
                        if (ORDER.contains(used) && !used.equals(pkg)) {
                            references++;
                            if (ORDER.indexOf(used) > ORDER.indexOf(pkg)) {
                                backwards.add(file + " uses " + used);
                            }
                        }
                    }
                }
            }
        }
        assertThat(references).isGreaterThan(20);
        assertThat(backwards).isEmpty();
    }

    /** The library's machinery, which the other modules reach only through {@code dev.winnow.internal}. */
    static final Pattern MACHINERY = Pattern.compile(
            "\\bdev\\.winnow\\.(text|data|match|read|lexicon|classify|context|model|pipeline)\\.");

    @Test
    void theOtherModulesUseTheLibraryOnlyThroughItsApiAndItsInternalRoute() throws IOException {
        List<String> wrong = new ArrayList<>();
        int files = 0;
        for (String module : List.of("tools", "benchmarks", "spark")) {
            try (Stream<Path> all = Files.walk(Path.of("..", module, "src"))) {
                for (Path file : all.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    Matcher m = MACHINERY.matcher(Files.readString(file));
                    if (m.find()) {
                        wrong.add(file + " uses " + m.group());
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(100);
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
}
