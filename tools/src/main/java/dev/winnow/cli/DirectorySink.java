package dev.winnow.cli;

import dev.winnow.format.Format;
import dev.winnow.format.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one file per document below an output directory, mirroring the inputs' relative paths with
 * the format's extension in place of the input's: {@code dumps/a/b.txt} found in {@code dumps} becomes
 * {@code DIR/a/b.labels.tsv}, {@code pages/a/b.html.gz} becomes {@code DIR/a/b.labels.tsv}. Directories
 * are created as needed; existing files are replaced. The documents of a crawl file (WARC, WET, JSONL)
 * go one after another into its one output file: {@code crawl/a.warc.gz} becomes {@code DIR/a.jsonl}.
 */
final class DirectorySink implements Sink {
    private final Map<Input, Path> targets;
    /** The files written so far in this run: a crawl file's further documents are appended to its output. */
    private final java.util.Set<Path> written = new java.util.HashSet<>();

    private DirectorySink(Map<Input, Path> targets) {
        this.targets = targets;
    }

    /**
     * Plans the output file of every input.
     *
     * @throws IllegalArgumentException if two inputs would write the same file, or an output would
     *                                  replace an input
     */
    static DirectorySink plan(Path dir, Format format, List<Input> inputs) {
        Map<Input, Path> targets = new HashMap<>();
        Map<Path, Input> byTarget = new HashMap<>();
        for (Input input : inputs) {
            Path target = dir.resolve(withExtension(input.relative(), format.extension()));
            Path key = target.toAbsolutePath().normalize();
            Input other = byTarget.putIfAbsent(key, input);
            if (other != null) {
                throw new IllegalArgumentException(other.source() + " and " + input.source()
                        + " would both be written to " + target);
            }
            targets.put(input, target);
        }
        for (Input input : inputs) {
            if (!input.isStdin() && byTarget.containsKey(input.file().toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("output would replace the input " + input.source()
                        + "; choose another -o directory or --format");
            }
        }
        return new DirectorySink(targets);
    }

    /**
     * {@code a/b.txt} with extension {@code jsonl} is {@code a/b.jsonl}; a final {@code .gz} goes first, so
     * {@code a/b.html.gz} is {@code a/b.jsonl} too; a name without a dot keeps it.
     */
    static Path withExtension(Path relative, String extension) {
        String name = relative.getFileName().toString();
        if (name.length() > 3 && name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return relative.resolveSibling(stem + "." + extension);
    }

    @Override
    public void write(Input input, String rendered) throws IOException {
        Path target = targets.get(input);
        try {
            if (written.add(target)) {
                TextFiles.write(target, rendered);
            } else {
                java.nio.file.Files.writeString(target, rendered, java.nio.charset.StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new IOException(target + ": cannot write: " + e.getMessage(), e);
        }
    }
}
