package dev.winnow.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hand-labelled cases below a directory, and the split of the truth into the part rules are tuned on
 * ({@code tune}) and the part they are checked on ({@code check}), recorded once in a file
 * {@value #SPLIT_FILE}: one row {@code <case name>\t<tune|check>} per case, {@code #} comments.
 */
public final class TruthSet {
    /** The split file's name, looked for in the truth directory and its parent. */
    public static final String SPLIT_FILE = "split.tsv";

    /** Which part of the truth to score. */
    public enum Part {
        TUNE, CHECK, ALL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private TruthSet() {
    }

    /**
     * Every truth case below {@code dir} (a {@code truth.labels.tsv} in a case directory, or any other
     * {@code *.labels.tsv} but winnow's {@code expected.labels.tsv}), in name order, restricted to
     * {@code part} of the split in {@code splitFile} (null: found beside the cases, needed unless the
     * part is {@link Part#ALL}).
     *
     * @throws IOException when the directory cannot be read, or a part is asked for and the split file is
     *                     missing or leaves a case out
     */
    public static List<TruthCase> cases(Path dir, Part part, Path splitFile) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".labels.tsv"))
                    .filter(p -> !p.getFileName().toString().startsWith("expected")).sorted().toList();
        }
        Map<String, Part> split = part == Part.ALL ? Map.of() : split(splitFile != null ? splitFile : find(dir));
        List<TruthCase> out = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().equals("truth.labels.tsv")
                    ? file.getParent().getFileName().toString()
                    : file.getFileName().toString();
            if (part != Part.ALL) {
                Part p = split.get(name);
                if (p == null) {
                    throw new IOException("case " + name + " is in neither part of the split (" + SPLIT_FILE + ")");
                }
                if (p != part) {
                    continue;
                }
            }
            Path page = file.resolveSibling(TruthCase.PAGE);
            out.add(new TruthCase(name, file, Files.isRegularFile(page) ? page : null));
        }
        return out;
    }

    private static Path find(Path dir) throws IOException {
        for (Path candidate : new Path[] {dir.resolve(SPLIT_FILE), dir.toAbsolutePath().getParent().resolve(SPLIT_FILE)}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("no " + SPLIT_FILE + " in " + dir + " or its parent: the split of the truth is unknown");
    }

    /** The split file's rows: case name to part. */
    public static Map<String, Part> split(Path file) throws IOException {
        Map<String, Part> split = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i).strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] fields = row.split("\t");
            if (fields.length != 2 || !(fields[1].equals("tune") || fields[1].equals("check"))) {
                throw new IOException(file + ":" + (i + 1) + ": expected '<case>\\t<tune|check>', found: " + row);
            }
            if (split.put(fields[0], Part.valueOf(fields[1].toUpperCase(Locale.ROOT))) != null) {
                throw new IOException(file + ":" + (i + 1) + ": case " + fields[0] + " is listed twice");
            }
        }
        return split;
    }
}
