package dev.winnow.read;

import dev.winnow.read.AttributeReader.Attrs;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What the segmenter ({@link HtmlSegmenter}) knows of an element from its tag, its ARIA role and a few
 * attributes, looked up once per element: whether its content is skipped, starts a line, is a link, a
 * cell or a row; the regions it opens for the lines inside it ({@link Structure} flags: navigation,
 * aside, footer, figure, heading...); and the markup that names a credit or an ad. Immutable tables.
 */
final class TagKinds {
    private TagKinds() {
    }

    /** Elements whose content is never text a reader sees. */
    static final Set<String> SKIPPED = Set.of("script", "style", "template", "svg", "math", "canvas", "iframe",
            "object", "embed", "video", "audio", "select", "datalist", "option", "optgroup", "textarea", "head",
            "title", "meta", "link", "input", "img", "map", "area", "source", "track", "param", "dialog");
    /** Elements that start and end a line. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "caption", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "legend", "main", "menu", "nav",
            "noscript", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
            "ul", "picture", "frameset", "frame", "noframes", "listing", "plaintext", "xmp");

    /** What a tag is to the segmenter, one lookup per element: bits below, and its {@code Structure} flags. */
    static final int SKIP = 1;
    static final int BLOCK = 1 << 1;
    static final int BR = 1 << 2;
    static final int LINK = 1 << 3;
    static final int CELL = 1 << 4;
    static final int ROW = 1 << 5;
    static final Map<String, Kind> KINDS = kinds();

    /** A tag's {@link #SKIP}, {@link #BLOCK}... bits and the region flags it sets ({@link #tagFlags}). */
    record Kind(int bits, int flags) {
        static final Kind OTHER = new Kind(0, 0);
    }

    private static Map<String, Kind> kinds() {
        Set<String> tags = new java.util.HashSet<>();
        tags.addAll(SKIPPED);
        tags.addAll(BLOCKS);
        tags.addAll(List.of("br", "a", "td", "th", "tr", "button", "code", "figure", "picture", "figcaption", "caption",
                "nav", "aside", "footer", "header", "form", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "pre",
                "listing", "xmp", "plaintext", "article", "main", "noscript", "blockquote", "p"));
        Map<String, Kind> kinds = new HashMap<>();
        for (String tag : tags) {
            int bits = (SKIPPED.contains(tag) ? SKIP : 0) | (BLOCKS.contains(tag) ? BLOCK : 0)
                    | (tag.equals("br") ? BR : 0) | (tag.equals("a") ? LINK : 0)
                    | (tag.equals("td") || tag.equals("th") ? CELL : 0) | (tag.equals("tr") ? ROW : 0);
            kinds.put(tag, new Kind(bits, tagFlags(tag)));
        }
        return kinds;
    }

    static Kind kind(String tag) {
        Kind kind = KINDS.get(tag);
        return kind == null ? Kind.OTHER : kind;
    }

    /** An ARIA label that names an ad: {@code Advertisement}, {@code Sponsored content}. */
    static final java.util.regex.Pattern AD_LABEL = java.util.regex.Pattern.compile(
            "^\\s*(?:advertisements?|advertising|ads?|sponsored(?: content)?|anzeige|publicité|publicidad|pubblicità)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * What names an element a credit, or null: {@code itemprop} author, creator, datePublished or
     * dateModified; {@code rel=author}; a {@code <time>} or {@code <address>} element.
     */
    static String creditMarkup(Element e, Attrs a, String itemprop) {
        if (!itemprop.isEmpty()) {
            for (String prop : List.of("author", "creator", "datePublished", "dateModified", "dateCreated")) {
                if (itemprop.equalsIgnoreCase(prop)) {
                    return "itemprop=" + prop;
                }
            }
        }
        if (!a.rel().isEmpty() && a.rel().toLowerCase(Locale.ROOT).matches("(?:.*\\s)?author(?:\\s.*)?")) {
            return "rel=author";
        }
        String tag = e.normalName();
        return tag.equals("time") || tag.equals("address") ? "<" + tag + ">" : null;
    }

    static int tagFlags(String tag) {
        return switch (tag) {
            case "nav" -> Structure.IN_NAV;
            case "aside" -> Structure.IN_ASIDE;
            case "footer" -> Structure.IN_FOOTER;
            case "header" -> Structure.IN_HEADER;
            case "form", "button" -> Structure.IN_FORM;
            case "figure", "picture" -> Structure.IN_FIGURE;
            case "figcaption", "caption" -> Structure.IN_FIGCAPTION;
            case "h1" -> Structure.IN_HEADING | Structure.IN_H1;
            case "h2", "h3", "h4", "h5", "h6" -> Structure.IN_HEADING;
            case "li", "dd", "dt" -> Structure.IN_LIST;
            case "td", "th" -> Structure.IN_TABLE;
            case "pre", "code", "listing", "xmp", "plaintext" -> Structure.IN_CODE;
            case "article", "main" -> Structure.IN_ARTICLE;
            case "noscript" -> Structure.IN_NOSCRIPT;
            case "blockquote" -> Structure.IN_QUOTE;
            case "p" -> Structure.IN_PARAGRAPH;
            default -> 0;
        };
    }

    static int roleFlags(String role) {
        if (role.isEmpty()) {
            return 0;
        }
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "navigation", "menu", "menubar", "tablist" -> Structure.IN_NAV;
            case "complementary" -> Structure.IN_ASIDE;
            case "contentinfo" -> Structure.IN_FOOTER;
            case "banner" -> Structure.IN_HEADER;
            case "search", "dialog", "alertdialog", "form" -> Structure.IN_FORM;
            case "main", "article" -> Structure.IN_ARTICLE;
            default -> 0;
        };
    }
}
