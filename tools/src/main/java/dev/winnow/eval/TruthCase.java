package dev.winnow.eval;

import dev.winnow.Label;
import dev.winnow.format.LabelsTsv;
import dev.winnow.golden.GoldenCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * One hand-labelled page: its truth file ({@code .labels.tsv}), and when the case has one, the HTML page
 * its dump was rendered from ({@value #PAGE}, gzipped; its address is the {@code url} of
 * {@code case.properties}), for scoring the HTML path.
 *
 * @param name  the case's name: its directory's name (or the file's, for a loose truth file)
 * @param truth the {@code .labels.tsv} file
 * @param page  the HTML page gzipped, or null when there is none
 */
public record TruthCase(String name, Path truth, Path page) {
    /** The HTML page a truth case's dump was rendered from. */
    public static final String PAGE = "page.html.gz";

    /** The truth rows: every line of the dump with its label. */
    public List<LabelsTsv.Row> rows() throws IOException {
        return LabelsTsv.parse(Files.readString(truth, StandardCharsets.UTF_8));
    }

    /** The truth rows of the dump in WET shape: blank lines dropped. */
    public List<LabelsTsv.Row> wetRows() throws IOException {
        List<LabelsTsv.Row> out = new ArrayList<>();
        for (LabelsTsv.Row row : rows()) {
            if (row.label() != Label.BLANK) {
                out.add(row);
            }
        }
        return out;
    }

    /** The HTML page's bytes, gunzipped. */
    public byte[] pageBytes() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }

    /** The {@code url} of the case's {@code case.properties}, or empty. */
    public String url() throws IOException {
        return GoldenCase.property(truth.toAbsolutePath().getParent(), "url");
    }
}
