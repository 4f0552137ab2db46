package dev.winnow.read;

import dev.winnow.Metadata;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

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

    /** The JSON-LD blocks, parsed once: {@code Element.select} would parse the query for every page. */
    private static final Evaluator LD_JSON = QueryParser.parse("script[type=application/ld+json]");
    /**
     * The {@code <meta>} names read, and for each its query (property or name), parsed once; at most 32,
     * since {@link #namedBy} answers in the bits of an int.
     */
    static final String[] META_NAMES = {"og:title", "twitter:title", "author", "article:author",
            "article:published_time", "date", "pubdate", "og:site_name",
            // other names for the publication date, read in this order when the three above are missing
            "og:published_time", "og:article:published_time", "published", "published-date", "publish-date",
            "publishdate", "publish_date", "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date",
            "dc.date.issued", "dcterms.issued"};
    // not "dc.date", which as many pages give the last change
    /** A scholarly page's {@code <meta>} for each of its authors, in order. */
    private static final String CITATION_AUTHOR = "citation_author";
    /** The index in {@link #META_NAMES} of the first other name of the publication date. */
    private static final int OTHER_DATES = 8;
    private static final Evaluator[] META_QUERIES = new Evaluator[META_NAMES.length];

    static {
        for (int i = 0; i < META_NAMES.length; i++) {
            META_QUERIES[i] = QueryParser.parse("meta[property=\"" + META_NAMES[i] + "\"], meta[name=\"" + META_NAMES[i] + "\"]");
        }
    }

    private MetadataReader() {
    }

    static Metadata read(Document doc) {
        return read(doc, null, List.of());
    }

    /**
     * Reads the metadata when the JSON-LD scripts below {@code body} are already known: those that
     * {@link #jsonLd} found in the subtree of {@code body} (a child of the document), in document order.
     * The rest of the document is searched here. With a null {@code body}, the whole document is.
     */
    static Metadata read(Document doc, Element body, List<Element> bodyScripts) {
        // what doc.select(LD_JSON) finds: the matching elements in document order; only a <script> can match
        List<Element> scripts = new ArrayList<>();
        ArrayDeque<Element> stack = new ArrayDeque<>();
        stack.push(doc);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (e == body) {
                scripts.addAll(bodyScripts);
                continue;
            }
            if (e.normalName().equals("script") && LD_JSON.matches(doc, e)) {
                scripts.add(e);
            }
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                if (e.childNode(i) instanceof Element child) {
                    stack.push(child);
                }
            }
        }
        StringBuilder ld = new StringBuilder();
        for (Element script : scripts) {
            ld.append(script.data()).append('\n');
        }
        String json = ld.toString();
        // what head.selectFirst(META_QUERIES[i]) finds for each name, in one walk of the head: only a <meta> can match
        Element head = doc.head();
        Element[] metas = new Element[META_NAMES.length];
        List<String> citationAuthors = new ArrayList<>();
        forEachElement(head, e -> {
            if (e.normalName().equals("meta")) {
                if (e.attr("name").equalsIgnoreCase(CITATION_AUTHOR)) {
                    citationAuthors.add(e.attr("content"));
                }
                int named = namedBy(e);
                for (int i = 0; i < metas.length; i++) {
                    if (metas[i] == null && (named & 1 << i) != 0 && META_QUERIES[i].matches(head, e)) {
                        metas[i] = e;
                    }
                }
            }
        });
        Optional<String> headline = first(() -> json(HEADLINE, json, 1).map(h -> whole(h, metas)), () -> meta(metas, 0),
                () -> meta(metas, 1), () -> Optional.of(doc.title()));
        Optional<String> author = first(() -> joined(LdAuthors.of(json)),
                () -> json(AUTHOR, json, 1).filter(MetadataReader::mayBeName),
                () -> json(AUTHOR, json, 2).filter(MetadataReader::mayBeName),
                () -> meta(metas, 2).filter(MetadataReader::mayBeName),
                () -> meta(metas, 3).filter(MetadataReader::mayBeName),
                () -> joined(citationAuthors));
        Optional<String> published = first(() -> json(DATE, json, 1), () -> meta(metas, 4), () -> meta(metas, 5),
                () -> meta(metas, 6), () -> firstMeta(metas, OTHER_DATES, META_NAMES.length), () -> markedDate(doc));
        Optional<String> site = first(() -> meta(metas, 7), () -> json(PUBLISHER, json, 1));
        return new Metadata(headline, author, published, site);
    }

    /**
     * The {@link #META_NAMES} whose query could match a {@code <meta>}, as bits: the names equal,
     * ignoring case and surrounding white space, to the value of an attribute of the element named
     * {@code property} or {@code name} (ignoring case and white space). A query matches only an element
     * with such a value, so only these queries run: most {@code <meta>}s of a page match none.
     */
    static int namedBy(Element meta) {
        int named = 0;
        if (meta.attributesSize() == 0) {
            return named;
        }
        for (Attribute attribute : meta.attributes()) {
            String key = attribute.getKey();
            if (key.equalsIgnoreCase("property") || key.equalsIgnoreCase("name")) {
                String value = attribute.getValue().trim();
                for (int i = 0; i < META_NAMES.length; i++) {
                    if (value.equalsIgnoreCase(META_NAMES[i])) {
                        named |= 1 << i;
                    }
                }
            }
        }
        return named;
    }

    /**
     * Adds to {@code out}, in document order, the elements of the subtree of {@code root} (itself
     * included) that are JSON-LD scripts as {@link #read} reads them ({@code root} is in {@code doc}).
     */
    static void jsonLd(Document doc, Element root, List<Element> out) {
        forEachElement(root, e -> {
            if (e.normalName().equals("script") && LD_JSON.matches(doc, e)) {
                out.add(e);
            }
        });
    }

    /**
     * Visits the element {@code root} and every element below it in document order (pre-order), as
     * {@code select} visits them; found by child index, without sibling lookups. Most roots the
     * segmenter hands over (an image, a script, a line break) have no child element: they need no stack.
     */
    private static void forEachElement(Element root, Consumer<Element> visit) {
        ArrayDeque<Element> stack = null;
        Element e = root;
        while (true) {
            visit.accept(e);
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                if (e.childNode(i) instanceof Element child) {
                    if (stack == null) {
                        stack = new ArrayDeque<>();
                    }
                    stack.push(child);
                }
            }
            if (stack == null || stack.isEmpty()) {
                return;
            }
            e = stack.pop();
        }
    }

    /** A run of letters or digits: a word, for comparing a heading with a declared title. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Separators between a title's parts: {@code Title | Site}, {@code Title • Site}, {@code Title - Site}. */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\\-–—·•:]{1,2}\\s+|\\s*[|·»•]\\s*");
    /** A heading found whole in the page's {@code <title>} is its headline from this many words. */
    static final int HEADING_IN_TITLE_MIN_WORDS = 3;

    /**
     * The metadata with the page's one {@code <h1>} ({@code h1}, or null) as its headline, when the page
     * declares no title or when the heading shares a word with the declared one; or, sharing none, when the
     * page's {@code <title>} ({@code pageTitle}) holds the heading whole ({@code og:title} is then often
     * only the site's name). The visible heading is the article's headline as a reader sees it, where
     * {@code og:title} and {@code <title>} are often rewritten for search engines and social networks; a
     * heading with no word of the declared title is the site's or a section's name ({@code Our Blog}),
     * and the declared title stays. So does it when the heading is the last part of the declared title,
     * where a site's name goes, and shorter than its first ({@code A Brief Intro • Jane Roe} over
     * {@code Jane Roe}): the headline is then that first part.
     */
    static Metadata withHeading(Metadata declared, String h1, String pageTitle) {
        if (h1 == null || h1.isBlank()) {
            return declared;
        }
        if (declared.headline().isPresent()) {
            String written = declared.headline().get();
            String other = otherPart(written, h1);
            if (other != null) {
                return new Metadata(Optional.of(other), declared.author(), declared.published(), declared.siteName());
            }
            if (otherPart(pageTitle, h1) != null) {
                return declared;
            }
            if (!sharesAWord(h1, written) && !(h1.split("\\s+").length >= HEADING_IN_TITLE_MIN_WORDS
                    && pageTitle.toLowerCase(Locale.ROOT).contains(h1.strip().toLowerCase(Locale.ROOT)))) {
                return declared;
            }
        }
        return new Metadata(Optional.of(h1), declared.author(), declared.published(), declared.siteName());
    }

    /**
     * When {@code part} is the last of two or more parts of {@code title} (ignoring case), where a site's
     * name goes ({@code Headline | Site}), the first part if it has more words; else null.
     */
    private static String otherPart(String title, String part) {
        String[] parts = TITLE_PARTS.split(title.strip());
        if (parts.length < 2 || !parts[parts.length - 1].strip().equalsIgnoreCase(part.strip().replaceAll("\\s+", " "))) {
            return null;
        }
        String first = parts[0].strip();
        return first.split("\\s+").length > part.strip().split("\\s+").length ? first : null;
    }

    /** The text of the page's one visible {@code <h1>} (its lines joined), or null when it has none or several. */
    static String singleH1(List<String> texts, List<Structure> structures) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < structures.size(); i++) {
            if (structures.get(i).in(Structure.IN_H1) && !texts.get(i).isBlank()) {
                if (first >= 0 && i > last + 1) {
                    return null;
                }
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = first; i <= last; i++) {
            out.append(out.length() == 0 ? "" : " ").append(texts.get(i).strip());
        }
        return out.toString();
    }

    /**
     * A date the page marks up where it shows it, when its head declares none: the first element with
     * {@code itemprop=datePublished} (its {@code content} or {@code datetime}, else its text), else the
     * first {@code <time datetime>} (most often the byline's); or empty. Searched only for pages that
     * declare no date.
     */
    static Optional<String> markedDate(Document doc) {
        // both found in one walk of the page, which stops at the first itemprop
        Element[] found = new Element[2];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (DATE_PUBLISHED.matches(doc, e)) {
                        found[0] = e;
                        return FilterResult.STOP;
                    }
                    if (found[1] == null && TIME.matches(doc, e)) {
                        found[1] = e;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        Element e = found[0];
        if (e != null) {
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            if (!v.isBlank()) {
                return Optional.of(v);
            }
        }
        return found[1] == null ? Optional.empty() : Optional.of(found[1].attr("datetime"));
    }

    private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");

    /**
     * An address ({@code https://www.facebook.com/jane}), a number, or a template's unfilled field
     * ({@code page.head.extra.author}), which pages declare as an author.
     */
    private static final Pattern NOT_A_NAME = Pattern.compile("\\s*(?:[a-z][a-z0-9+.-]*://|www\\.)\\S*\\s*|[\\d\\s\\p{P}]*"
            + "|(?-i:[a-z_]+(?:\\.[a-z_]+){3,})", Pattern.CASE_INSENSITIVE);

    /** Whether a declared author may be a name: not an address nor a number (the next candidate is taken). */
    static boolean mayBeName(String author) {
        return !NOT_A_NAME.matcher(author).matches();
    }

    private static boolean sharesAWord(String a, String b) {
        Set<String> words = new HashSet<>();
        for (Matcher m = WORD.matcher(b.toLowerCase(Locale.ROOT)); m.find(); ) {
            words.add(m.group());
        }
        for (Matcher m = WORD.matcher(a.toLowerCase(Locale.ROOT)); m.find(); ) {
            if (words.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first candidate present and not blank, stripped. The candidates are read in order and only
     * as far as needed: a later one (a regex search, the document's title) costs nothing when an
     * earlier one answers.
     */
    @SafeVarargs
    private static Optional<String> first(Supplier<Optional<String>>... candidates) {
        for (Supplier<Optional<String>> candidate : candidates) {
            Optional<String> c = candidate.get();
            if (c.isPresent() && !c.get().isBlank()) {
                // values are often written with HTML entities (JSON-LD's "Maria &amp; Katerina")
                return Optional.of(Parser.unescapeEntities(c.get(), false).strip());
            }
        }
        return Optional.empty();
    }

    /** A list's item is read as a name up to this many words (not "Our Network on Facebook"). */
    static final int LISTED_NAME_MAX_WORDS = 5;
    private static final Pattern BY = Pattern.compile("^by\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * The JSON-LD headline, or the {@code og:title} that starts with it and goes on when it is long enough
     * to have been cut: search engines take a structured headline up to 110 characters, and pages cut theirs
     * there, often mid-phrase, where the page's title is whole.
     */
    private static String whole(String headline, Element[] metas) {
        String og = meta(metas, 0).map(t -> Parser.unescapeEntities(t, false).strip()).orElse("");
        String h = Parser.unescapeEntities(headline, false).strip();
        return h.length() >= CUT_HEADLINE_MIN_CHARS && og.length() > h.length() && og.startsWith(h) ? og : headline;
    }

    /** A structured headline this long may have been cut (at 110 characters, words kept whole). */
    static final int CUT_HEADLINE_MIN_CHARS = 95;

    /** The listed names that may be names, unescaped, without a leading "By", joined by commas; empty when none is. */
    private static Optional<String> joined(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            String n = BY.matcher(unescape(name).strip()).replaceFirst("");
            if (!n.isEmpty() && mayBeName(n) && n.split("\\s+").length <= LISTED_NAME_MAX_WORDS) {
                out.append(out.length() == 0 ? "" : ", ").append(n);
            }
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }

    /** The first of the {@code <meta>}s {@code from} (inclusive) to {@code to} with a value, by their order in {@link #META_NAMES}. */
    private static Optional<String> firstMeta(Element[] metas, int from, int to) {
        for (int i = from; i < to; i++) {
            Optional<String> v = meta(metas, i);
            if (v.isPresent() && !v.get().isBlank()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Element[] metas, int i) {
        Element e = metas[i];
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
