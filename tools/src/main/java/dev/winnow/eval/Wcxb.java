package dev.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The WCXB layout of a dataset directory: {@code wcxb/pages.json} (page type and URL),
 * {@code wcxb/ground-truth/NNNN.json} (reference {@code main_content}), {@code wcxb-dumps/NNNN.txt}
 * (text dumps) and {@code wcxb/html/NNNN.html.gz} (pages).
 */
public final class Wcxb {
    /**
     * One page of the benchmark.
     *
     * @param dump          its text dump, or null in a layout without dumps
     * @param groundTruth   its WCXB ground-truth file, or null in a layout without one
     * @param referenceText its reference article text when the layout gives it inline, else null (read from
     *                      {@code groundTruth})
     */
    public record Page(String id, String type, String url, Path dump, Path groundTruth, Path html, String referenceText) {
        /** A page of the workplace's layout: the reference is read from its ground-truth file. */
        public Page(String id, String type, String url, Path dump, Path groundTruth, Path html) {
            this(id, type, url, dump, groundTruth, html, null);
        }

        /** The reference article text. */
        public String reference() {
            if (referenceText != null) {
                return referenceText;
            }
            try {
                JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
                return root.path("ground_truth").path("main_content").asText("");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + groundTruth, e);
            }
        }

        /** The page's HTML bytes, as fetched (gunzipped when the file's name ends in {@code .gz}). */
        public byte[] htmlBytes() {
            try (InputStream file = Files.newInputStream(html);
                 InputStream in = html.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(file) : file) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + html, e);
            }
        }

        /** The text dump, or with {@code wet} its WET shape: every blank line removed. */
        public String dump(boolean wet) {
            try {
                String text = Files.readString(dump, StandardCharsets.UTF_8);
                return wet ? withoutBlankLines(text) : text;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dump, e);
            }
        }
    }

    private Wcxb() {
    }

    /** The pages of the dataset, in id order, restricted to the given types (all when empty). */
    public static List<Page> pages(Path dataset, Set<String> types) throws IOException {
        Path pagesJson = dataset.resolve("wcxb/pages.json");
        if (!Files.isRegularFile(pagesJson)) {
            throw new IOException(dataset + " is not a WCXB dataset directory (no wcxb/pages.json)");
        }
        JsonNode root = new ObjectMapper().readTree(pagesJson.toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String type = e.getValue().path("page_type").asText("");
            if (!types.isEmpty() && !types.contains(type)) {
                continue;
            }
            pages.add(new Page(e.getKey(), type, e.getValue().path("url").asText(""),
                    dataset.resolve("wcxb-dumps/" + e.getKey() + ".txt"),
                    dataset.resolve("wcxb/ground-truth/" + e.getKey() + ".json"),
                    dataset.resolve("wcxb/html/" + e.getKey() + ".html.gz")));
        }
        pages.sort((a, b) -> a.id().compareTo(b.id()));
        return pages;
    }

    /** The text with every line that has no visible character removed (the shape of a WET record). */
    public static String withoutBlankLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (!line.isBlank() && !line.replaceAll("[\\s\\u00A0\\u200B-\\u200D\\u2060\\uFEFF]", "").isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(line);
            }
        }
        return out.toString();
    }
}
