package dev.winnow.golden;

import dev.winnow.Cleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A directory of golden cases: every directory below it (or itself) that holds an
 * {@value GoldenCase#INPUT} or {@value GoldenCase#INPUT_HTML} is a case, named by its path below the suite and listed in name order.
 *
 * <pre>{@code
 * GoldenSuite suite = GoldenSuite.at(Path.of("golden/cases"));
 * SuiteReport report = suite.verify(Winnow.cleaner());
 * System.out.print(report.describe());
 * System.out.println(report.summary());
 * }</pre>
 */
public final class GoldenSuite {
    private final Path dir;
    private final List<GoldenCase> cases;

    private GoldenSuite(Path dir, List<GoldenCase> cases) {
        this.dir = dir;
        this.cases = List.copyOf(cases);
    }

    /**
     * Finds the cases below a directory.
     *
     * @throws NotDirectoryException if {@code dir} is not a directory
     */
    public static GoldenSuite at(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        List<GoldenCase> cases;
        try (Stream<Path> paths = Files.walk(dir)) {
            cases = paths.filter(GoldenCase::isCase)
                    .map(p -> new GoldenCase(name(dir, p), p))
                    .sorted((a, b) -> a.name().compareTo(b.name()))
                    .toList();
        }
        return new GoldenSuite(dir, cases);
    }

    private static String name(Path suite, Path caseDir) {
        Path relative = suite.relativize(caseDir);
        if (relative.toString().isEmpty()) {
            return suite.toAbsolutePath().normalize().getFileName().toString();
        }
        return Stream.of(relative.toString().split("[/\\\\]")).collect(Collectors.joining("/"));
    }

    public Path dir() {
        return dir;
    }

    /** The cases, in name order. */
    public List<GoldenCase> cases() {
        return cases;
    }

    /** Runs and compares every case. */
    public SuiteReport verify(Cleaner cleaner) {
        return new SuiteReport(cases.stream().map(c -> c.verify(cleaner)).toList());
    }

    /** Rewrites the expected files of every case that changed; a case that fails does not stop the others. */
    public UpdateReport update(Cleaner cleaner) {
        Map<String, List<String>> changed = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (GoldenCase golden : cases) {
            try {
                List<String> written = golden.update(cleaner);
                if (!written.isEmpty()) {
                    changed.put(golden.name(), written);
                }
            } catch (IOException e) {
                failures.put(golden.name(), GoldenCase.message(e));
            }
        }
        return new UpdateReport(cases.size(), changed, failures);
    }
}
