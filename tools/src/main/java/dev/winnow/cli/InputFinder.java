package dev.winnow.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the command line's paths into documents: {@code -} is standard input, a file is itself, a
 * directory is every regular file below it whose path matches the glob, in sorted order.
 */
final class InputFinder {
    private final PathMatcher glob;
    private final boolean globHasSlash;

    /** What was found: the documents in order, and a message for each path that could not be used. */
    record Found(List<Input> inputs, List<String> problems) {
    }

    /**
     * @param glob a {@link java.nio.file.FileSystem#getPathMatcher glob}; without a {@code /} it is
     *             matched against file names, with one against paths relative to the directory
     * @throws java.util.regex.PatternSyntaxException if the glob is malformed
     */
    InputFinder(String glob) {
        this.glob = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        this.globHasSlash = glob.contains("/");
    }

    /** Finds the documents of the given paths (none: standard input). */
    Found find(List<String> paths) {
        List<Input> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (paths.isEmpty()) {
            inputs.add(Input.stdin());
        }
        for (String given : paths) {
            if (given.equals(Input.STDIN)) {
                inputs.add(Input.stdin());
                continue;
            }
            Path path;
            try {
                path = Path.of(given);
            } catch (InvalidPathException e) {
                problems.add(given + ": not a valid path");
                continue;
            }
            if (Files.isDirectory(path)) {
                try {
                    inputs.addAll(walk(given, path));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(given + ": cannot list directory: " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                inputs.add(new Input(given, path, path.getFileName()));
            } else if (Files.exists(path)) {
                problems.add(given + ": not a regular file or directory");
            } else {
                problems.add(given + ": no such file or directory");
            }
        }
        return new Found(List.copyOf(inputs), List.copyOf(problems));
    }

    private List<Input> walk(String given, Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(dir::relativize)
                    .filter(relative -> glob.matches(globHasSlash ? relative : relative.getFileName()))
                    .sorted()
                    .map(relative -> new Input(dir.resolve(relative).toString(), dir.resolve(relative), relative))
                    .toList();
        }
    }
}
