package dev.winnow.report;

import dev.winnow.Label;
import dev.winnow.format.LabelsTsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand labels for the report ({@code --truth DIR}): the {@code .labels.tsv} file of a document, found by
 * its name. For a document read from {@code .../case/name.ext} these are tried in order:
 * {@code DIR/name.labels.tsv}, {@code DIR/case/name.labels.tsv} and {@code DIR/case/truth.labels.tsv} (the
 * layout of winnow's golden cases).
 */
final class Truth {
    private final Path dir;

    Truth(Path dir) {
        this.dir = dir;
    }

    /** The files tried for a document from {@code source}, in order. */
    List<Path> candidates(String source) {
        Path file = Path.of(source).getFileName();
        List<Path> out = new ArrayList<>();
        if (file == null) {
            return out;
        }
        String stem = stem(file.toString());
        out.add(dir.resolve(stem + ".labels.tsv"));
        Path parent = Path.of(source).getParent();
        if (parent != null && parent.getFileName() != null) {
            out.add(dir.resolve(parent.getFileName().toString()).resolve(stem + ".labels.tsv"));
            out.add(dir.resolve(parent.getFileName().toString()).resolve("truth.labels.tsv"));
        }
        return out;
    }

    /** The name without its extensions ({@code page.html.gz}: {@code page}). */
    static String stem(String name) {
        int dot = name.indexOf('.', 1);
        return dot < 0 ? name : name.substring(0, dot);
    }

    /**
     * The hand labels of a document with {@code lines} lines, or empty when no file is found.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is not a {@code .labels.tsv} file or holds another number of
     *                                  lines than the document (the message says which)
     */
    Optional<Labels> of(String source, int lines) throws IOException {
        for (Path candidate : candidates(source)) {
            if (Files.isRegularFile(candidate)) {
                List<LabelsTsv.Row> rows = LabelsTsv.parse(Files.readString(candidate, StandardCharsets.UTF_8));
                if (rows.size() != lines) {
                    throw new IllegalArgumentException(candidate + " has " + rows.size() + " lines, the document "
                            + lines);
                }
                return Optional.of(new Labels(candidate, rows.stream().map(LabelsTsv.Row::label).toList()));
            }
        }
        return Optional.empty();
    }

    /** The hand labels of a document's lines, in order, and the file they came from. */
    record Labels(Path file, List<Label> labels) {
    }
}
