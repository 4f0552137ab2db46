package dev.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The layouts {@code eval --dataset} reads, recognised by their files:
 * <ul>
 *   <li>the workplace's: {@code wcxb/pages.json}, {@code wcxb/ground-truth/}, {@code wcxb/html/} and the
 *       text dumps {@code wcxb-dumps/} ({@link Wcxb#pages});</li>
 *   <li>the WCXB repository as published: {@code dev/} and {@code test/}, each with {@code html/}
 *       ({@code ID.html.gz} or {@code ID.html}), {@code ground-truth/ID.json} (the same files) and
 *       {@code metadata.json} (page type and URL by id; when missing or silent, those of each ground-truth
 *       file); no text dumps;</li>
 *   <li>the ScrapingHub article-extraction-benchmark as published: {@code ground-truth.json} (each id to
 *       its {@code articleBody} and {@code url}) and {@code html/ID.html.gz}; every page an article.</li>
 * </ul>
 */
public final class Datasets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Datasets() {
    }

    /** A dataset's pages, what to call it, and whether it has text dumps. */
    public record Loaded(String name, List<Wcxb.Page> pages, Path html, Path dumps) {
        public boolean hasDumps() {
            return dumps != null;
        }
    }

    /**
     * The pages of the dataset in {@code dir} (of {@code split}, {@code dev} or {@code test}, in the published
     * WCXB), restricted to {@code types} (all when empty), in id order.
     *
     * @throws IOException naming what is missing when {@code dir} holds none of the layouts
     */
    public static Loaded load(Path dir, String split, Set<String> types) throws IOException {
        if (Files.isRegularFile(dir.resolve("wcxb/pages.json"))) {
            if (!split.equals("dev")) {
                throw new IOException("this layout holds the dev pages only, not --split " + split);
            }
            return new Loaded("WCXB dev", Wcxb.pages(dir, types), dir.resolve("wcxb/html"), dir.resolve("wcxb-dumps"));
        }
        if (Files.isDirectory(dir.resolve(split).resolve("ground-truth"))) {
            Path root = dir.resolve(split);
            return new Loaded("WCXB " + split, published(root, types), root.resolve("html"), null);
        }
        if (Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"))) {
            List<Wcxb.Page> pages = types.isEmpty() || types.contains("article") ? scrapinghub(dir) : List.of();
            return new Loaded("ScrapingHub article-extraction-benchmark", pages, dir.resolve("html"), null);
        }
        throw new IOException(dir + " is not a WCXB dataset directory (no wcxb/pages.json, no " + split
                + "/ground-truth/ of the published WCXB, no ground-truth.json and html/ of the ScrapingHub benchmark)");
    }

    private static List<Wcxb.Page> published(Path root, Set<String> types) throws IOException {
        Map<String, JsonNode> metadata = metadata(root.resolve("metadata.json"));
        List<Wcxb.Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("ground-truth"))) {
            for (Path truth : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String id = truth.getFileName().toString().replaceFirst("\\.json$", "");
                JsonNode meta = metadata.get(id);
                JsonNode own = (meta == null || text(meta, "url").isEmpty() || type(meta).isEmpty()) ? JSON.readTree(truth.toFile()) : null;
                String type = meta != null && !type(meta).isEmpty() ? type(meta) : type(own.path("_internal"));
                String url = meta != null && !text(meta, "url").isEmpty() ? text(meta, "url") : text(own, "url");
                if (!types.isEmpty() && !types.contains(type)) {
                    continue;
                }
                Path html = root.resolve("html").resolve(id + ".html.gz");
                if (!Files.exists(html)) {
                    html = root.resolve("html").resolve(id + ".html");
                }
                pages.add(new Wcxb.Page(id, type, url, null, truth, html));
            }
        }
        return pages;
    }

    /** The entries of {@code metadata.json} by page id: an object by id, or a list of objects naming their id. */
    private static Map<String, JsonNode> metadata(Path file) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode pages = root.has("pages") ? root.get("pages") : root;
        if (pages.isArray()) {
            for (JsonNode entry : pages) {
                String id = entry.has("file_id") ? text(entry, "file_id") : text(entry, "id");
                if (!id.isEmpty()) {
                    out.put(id, entry);
                }
            }
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = pages.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isObject()) {
                    out.put(e.getKey(), e.getValue());
                }
            }
        }
        return out;
    }

    /** A page type given as {@code page_type} (a name, or an object with {@code primary}) or {@code type}. */
    private static String type(JsonNode node) {
        JsonNode t = node.has("page_type") ? node.get("page_type") : node.path("type");
        return t.isObject() ? text(t, "primary") : t.asText("");
    }

    private static String text(JsonNode node, String field) {
        return node == null ? "" : node.path(field).asText("");
    }

    private static List<Wcxb.Page> scrapinghub(Path dir) throws IOException {
        JsonNode root = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<Wcxb.Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.exists(html)) {
                html = dir.resolve("html").resolve(e.getKey() + ".html");
            }
            pages.add(new Wcxb.Page(e.getKey(), "article", text(e.getValue(), "url"), null, null, html,
                    text(e.getValue(), "articleBody")));
        }
        pages.sort((a, b) -> a.id().compareTo(b.id()));
        return pages;
    }
}
