package dev.winnow;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the {@link Metadata} a page declares. JSON-LD is scanned for a few well-known keys rather
 * than parsed: core has no JSON library, and a malformed block then costs nothing but its fields.
 */
final class MetadataReader {
    /** A JSON string value of a key: {@code "key" : "value"}. Group 1 is the raw (escaped) value. */
    private static final String STRING_VALUE = "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,500})\"";
    private static final Pattern HEADLINE = Pattern.compile("\"headline" + STRING_VALUE);
    private static final Pattern DATE = Pattern.compile("\"datePublished" + STRING_VALUE);
    /** {@code "author": "Name"} or {@code "author": {... "name": "Name"} or a list of such objects. */
    private static final Pattern AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.){1,200})\"|[\\[{][^\\]}]{0,400}?\"name" + STRING_VALUE + ")");
    private static final Pattern PUBLISHER = Pattern.compile(
            "\"publisher\"\\s*:\\s*\\{[^}]{0,400}?\"name" + STRING_VALUE);
    private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|.)");

    private MetadataReader() {
    }

    static Metadata read(Document doc) {
        StringBuilder ld = new StringBuilder();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            ld.append(script.data()).append('\n');
        }
        String json = ld.toString();
        Optional<String> headline = first(json(HEADLINE, json, 1), meta(doc, "og:title"), meta(doc, "twitter:title"),
                Optional.of(doc.title()));
        Optional<String> author = first(json(AUTHOR, json, 1), json(AUTHOR, json, 2), meta(doc, "author"),
                meta(doc, "article:author"));
        Optional<String> published = first(json(DATE, json, 1), meta(doc, "article:published_time"),
                meta(doc, "date"), meta(doc, "pubdate"));
        Optional<String> site = first(meta(doc, "og:site_name"), json(PUBLISHER, json, 1));
        return new Metadata(headline, author, published, site);
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        for (Optional<String> c : candidates) {
            if (c.isPresent() && !c.get().isBlank()) {
                return Optional.of(c.get().strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document doc, String name) {
        Element e = doc.head().selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? Optional.empty() : Optional.of(e.attr("content"));
    }

    private static Optional<String> json(Pattern key, String json, int group) {
        if (json.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = key.matcher(json);
        return m.find() && m.group(group) != null ? Optional.of(unescape(m.group(group))) : Optional.empty();
    }

    private static String unescape(String raw) {
        Matcher m = ESCAPE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e.charAt(0)) {
                case 'u' -> String.valueOf((char) Integer.parseInt(e.substring(1), 16));
                case 'n', 'r', 't' -> " ";
                default -> e;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }
}
