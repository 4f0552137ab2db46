package dev.winnow.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.Label;
import dev.winnow.measure.LabelScores;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report's static site into a folder: {@code index.html} and one page per document under
 * {@code pages/} ({@code pages/00001.html}, ... in input order), from the JSONL that
 * {@code winnow clean --format jsonl} writes. Documents are read one at a time, so memory holds one
 * document and a row per document. Not thread-safe.
 */
public final class ReportSite {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Truth truth;
    private final List<IndexPage.Row> rows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final LabelScores batchScores = new LabelScores();

    /**
     * A site in {@code dir} (created if missing; the document pages of an earlier report there are
     * deleted), its documents compared with the hand labels in {@code truthDir} when that is not null.
     */
    public ReportSite(Path dir, Path truthDir) throws IOException {
        this.dir = dir;
        this.truth = truthDir == null ? null : new Truth(truthDir);
        Path pages = Files.createDirectories(dir.resolve("pages"));
        // the pages of an earlier report in the same folder go: the index would not link them
        try (java.util.stream.Stream<Path> old = Files.list(pages)) {
            for (Path page : old.filter(p -> p.getFileName().toString().matches("\\d{5,}\\.html")).toList()) {
                Files.delete(page);
            }
        }
    }

    /** Reads every document of a JSONL file (one object per line) and writes its page. */
    public void addAll(Path jsonl) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    add(ReportDocument.of(JSON.readTree(line)));
                }
            }
        }
    }

    /** Problems met so far: hand labels that could not be used, one line each, naming the file. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The number of documents written so far. */
    public int documents() {
        return rows.size();
    }

    void add(ReportDocument doc) throws IOException {
        int number = rows.size() + 1;
        String href = String.format("pages/%05d.html", number);
        List<Label> labels = null;
        String truthFile = null;
        if (truth != null) {
            try {
                Optional<Truth.Labels> found = truth.of(doc.source(), doc.lines().size());
                if (found.isPresent()) {
                    labels = found.get().labels();
                    truthFile = found.get().file().toString();
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(doc.name() + ": hand labels not used: " + e.getMessage());
            }
        }
        Files.writeString(dir.resolve(href), DocumentPage.render(doc, labels, truthFile), StandardCharsets.UTF_8);
        LabelScores scores = null;
        if (labels != null) {
            scores = new LabelScores();
            for (int i = 0; i < labels.size(); i++) {
                scores.add(labels.get(i), doc.lines().get(i).label());
            }
            batchScores.addAll(scores);
        }
        rows.add(new IndexPage.Row(number, doc.name(), href, doc.title(), doc.text().length(), doc.counts(), scores));
    }

    /** Writes {@code index.html}; returns its path. */
    public Path finish() throws IOException {
        return finish(null);
    }

    /** Writes {@code index.html} with a preformatted text (eval's table) above the rows; returns its path. */
    public Path finish(String preformatted) throws IOException {
        Path index = dir.resolve("index.html");
        Files.writeString(index, IndexPage.render(rows, batchScores, problems, preformatted), StandardCharsets.UTF_8);
        return index;
    }

    /**
     * Writes the page of a document the caller cleaned, its lines' words found in {@code reference} marked
     * (eval's worst pages).
     */
    public void addScored(String name, String url, dev.winnow.Result result, String reference) throws IOException {
        ReportDocument doc = ReportDocument.of(name, url, result);
        int number = rows.size() + 1;
        String href = String.format("pages/%05d.html", number);
        Files.writeString(dir.resolve(href), DocumentPage.render(doc, null, null, reference), StandardCharsets.UTF_8);
        rows.add(new IndexPage.Row(number, doc.name(), href, doc.title(), doc.text().length(), doc.counts(), null));
    }
}
