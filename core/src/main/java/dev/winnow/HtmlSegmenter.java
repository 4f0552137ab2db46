package dev.winnow;

import dev.winnow.Structure.Hint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts an HTML page into the lines a reader sees, as a browser's {@code innerText} would: a block
 * element, {@code <br>}, a list item or a table cell starts a new line; white space folds to one space
 * except in {@code <pre>}. Each line carries its {@link Structure}.
 *
 * <p>Scripts, styles, templates, comments, embedded media, form controls and hidden elements
 * ({@code hidden}, {@code aria-hidden} is not hiding, {@code display:none}, {@code visibility:hidden},
 * the class names of {@code html/hidden.classes.txt}) never reach a line. {@code <noscript>} content is
 * kept, as a browser with scripts off shows it, and flagged.
 */
final class HtmlSegmenter {
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

    /** A row of {@code html/tokens.tsv}: a lower row index wins when an element has several tokens. */
    private record RoleToken(String token, Hint hint, int rank, boolean strong) {
    }

    private static final Map<String, RoleToken> TOKENS = roleTokens();
    private static final Set<String> HIDDEN_CLASSES = Set.copyOf(DataFiles.items("html/hidden.classes.txt"));

    private static Map<String, RoleToken> roleTokens() {
        Map<String, RoleToken> tokens = new HashMap<>();
        for (String[] row : DataFiles.rows("html/tokens.tsv", 3)) {
            if (!row[2].equals("strong") && !row[2].equals("weak")) {
                throw new IllegalStateException("html/tokens.tsv: strength must be strong or weak: " + row[2]);
            }
            String token = row[0].toLowerCase(Locale.ROOT);
            tokens.put(token, new RoleToken(token, Hint.valueOf(row[1].toUpperCase(Locale.ROOT)), tokens.size(),
                    row[2].equals("strong")));
        }
        return Map.copyOf(tokens);
    }

    /**
     * The id of a block that a streaming server renderer (React's Suspense, {@code <div hidden id="S:1">})
     * sends hidden and a script moves into place at once: its content is the page's, not hidden.
     */
    static final Pattern STREAMED_BOUNDARY = Pattern.compile("S:[0-9a-f]+");

    /** The lines of a page with their structure, and what the page declares. */
    record Page(List<String> texts, List<Structure> structures, Metadata metadata) {
    }

    private HtmlSegmenter() {
    }

    /** Segments the page as a reader sees it: hidden elements give no line. */
    static Page segment(Document doc) {
        return segment(doc, false);
    }

    /**
     * Segments the page; with {@code withHidden}, hidden elements give lines too: the retry for pages
     * that a script reveals (a body hidden until loaded, content streamed into hidden blocks).
     */
    static Page segment(Document doc, boolean withHidden) {
        Walker walker = new Walker(withHidden);
        Element body = doc.body();
        if (body != null) {
            walker.frames.push(new Frame(body, 0, null, null, body, null, false));
            NodeTraversor.filter(walker, body);
            walker.flush();
        }
        return new Page(walker.texts, walker.structures(), MetadataReader.read(doc));
    }

    /** An open element: the region flags and role hint its lines inherit. */
    private record Frame(Element element, int flags, Hint hint, String hintReason, Element block, Element marker,
                         boolean strong) {
        boolean in(int flag) {
            return (flags & flag) != 0;
        }

        Frame with(int flag) {
            return new Frame(element, flags | flag, hint, hintReason, block, marker, strong);
        }
    }

    /** Elements inside a table cell that make it a layout cell rather than a datum. */
    private static final Set<String> CELL_BLOCKS = Set.of("p", "div", "table", "ul", "ol", "dl", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "section", "article", "figure", "form", "br", "hr");

    /**
     * True for a row of a data table: at least two cells, none holding a block (a paragraph, a list, a
     * nested table). Such a row is one line, its cells separated by tabs, as a browser copies it.
     */
    static boolean dataRow(Element tr) {
        int cells = 0;
        for (Element cell : tr.children()) {
            String tag = cell.normalName();
            if (!tag.equals("td") && !tag.equals("th")) {
                continue;
            }
            cells++;
            for (Element inner : cell.getAllElements()) {
                if (inner != cell && CELL_BLOCKS.contains(inner.normalName())) {
                    return false;
                }
            }
        }
        return cells >= 2;
    }

    /** Flags that mark page chrome; an element that sets one (or a role other than body) is a marker. */
    static final int CHROME_FLAGS = Structure.IN_NAV | Structure.IN_ASIDE | Structure.IN_FOOTER | Structure.IN_HEADER
            | Structure.IN_FORM;

    private static final class Walker implements NodeFilter {
        final boolean withHidden;
        final List<String> texts = new ArrayList<>();
        final List<Frame> lineFrames = new ArrayList<>();
        final List<Double> densities = new ArrayList<>();
        final List<Integer> sizes = new ArrayList<>();
        final Deque<Frame> frames = new ArrayDeque<>();
        final StringBuilder line = new StringBuilder();
        Frame lineFrame;
        int linkDepth;
        int linkChars;
        int visibleChars;
        boolean pendingSpace;

        Walker(boolean withHidden) {
            this.withHidden = withHidden;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (depth == 0) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || (!withHidden && hidden(e))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean block = BLOCKS.contains(tag);
            Frame parent = frames.peek();
            if ((tag.equals("td") || tag.equals("th")) && parent != null && parent.in(Structure.IN_DATA_ROW)) {
                block = false;
                if (line.length() > 0) {
                    line.append('\t');
                    pendingSpace = false;
                }
            }
            if (block) {
                flush();
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            Frame frame = frame(e, tag, parent, block);
            if (tag.equals("tr") && dataRow(e)) {
                frame = frame.with(Structure.IN_DATA_ROW);
            }
            frames.push(frame);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && depth > 0) {
                String tag = e.normalName();
                boolean cellOfRow = (tag.equals("td") || tag.equals("th")) && frames.size() > 1
                        && frames.peek().in(Structure.IN_DATA_ROW);
                if (BLOCKS.contains(tag) && !cellOfRow) {
                    flush();
                }
                if (tag.equals("a")) {
                    linkDepth--;
                }
                frames.pop();
            }
            return FilterResult.CONTINUE;
        }

        /** The lines' structures; a marker's share is the part of the page's characters it holds. */
        List<Structure> structures() {
            Map<Element, Integer> markerChars = new IdentityHashMap<>();
            long total = 0;
            for (int i = 0; i < lineFrames.size(); i++) {
                total += sizes.get(i);
                Element marker = lineFrames.get(i).marker();
                if (marker != null) {
                    markerChars.merge(marker, sizes.get(i), Integer::sum);
                }
            }
            List<Structure> out = new ArrayList<>(lineFrames.size());
            for (int i = 0; i < lineFrames.size(); i++) {
                Frame f = lineFrames.get(i);
                double share = f.marker() == null ? 0 : markerChars.get(f.marker()) / (double) total;
                out.add(new Structure(f.block(), f.marker(), f.strong(), f.flags(), densities.get(i), f.hint(),
                        f.hintReason(), share));
            }
            return out;
        }

        private void append(String raw) {
            boolean pre = frames.peek() != null && (frames.peek().flags() & Structure.IN_CODE) != 0 && inPre();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (pre && (c == '\n' || c == '\r')) {
                    flush();
                    continue;
                }
                if (!pre && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
                    pendingSpace = line.length() > 0 && line.charAt(line.length() - 1) != '\t';
                    continue;
                }
                if (pendingSpace) {
                    line.append(' ');
                    pendingSpace = false;
                }
                line.append(c);
                if (!Text.isInvisible(c)) {
                    if (lineFrame == null) {
                        lineFrame = frames.peek();
                    }
                    visibleChars++;
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
        }

        private boolean inPre() {
            for (Frame f : frames) {
                String tag = f.element().normalName();
                if (tag.equals("pre") || tag.equals("listing") || tag.equals("plaintext") || tag.equals("xmp")) {
                    return true;
                }
            }
            return false;
        }

        void flush() {
            if (lineFrame != null && visibleChars > 0) {
                int end = line.length();
                while (end > 0 && Text.isInvisible(line.charAt(end - 1))) {
                    end--;
                }
                int start = 0;
                while (start < end && Text.isInvisible(line.charAt(start))) {
                    start++;
                }
                texts.add(line.substring(start, end));
                lineFrames.add(lineFrame);
                densities.add((double) linkChars / visibleChars);
                sizes.add(visibleChars);
            }
            line.setLength(0);
            lineFrame = null;
            linkChars = 0;
            visibleChars = 0;
            pendingSpace = false;
        }
    }

    private static Frame frame(Element e, String tag, Frame parent, boolean block) {
        int own = tagFlags(tag) | roleFlags(e);
        int flags = (parent == null ? 0 : parent.flags()) | own;
        Element marker = parent == null ? null : parent.marker();
        boolean strong = parent != null && parent.strong();
        if ((own & CHROME_FLAGS) != 0) {
            marker = e;
            strong = false;
        }
        Hint hint = parent == null ? null : parent.hint();
        String reason = parent == null ? null : parent.hintReason();
        RoleToken best = null;
        for (String token : tokens(e.className() + " " + e.id())) {
            RoleToken t = TOKENS.get(token);
            if (t != null && (best == null || t.rank() < best.rank())) {
                best = t;
            }
        }
        if (best != null) {
            hint = best.hint();
            reason = "class or id token '" + best.token() + "'";
            if (hint != Hint.BODY) {
                marker = e;
                strong = best.strong();
            }
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody")) {
            flags |= Structure.IN_ARTICLE;
        } else if (itemprop.equalsIgnoreCase("author")) {
            hint = Hint.CREDIT;
            reason = "itemprop=author";
            marker = e;
            strong = true;
        }
        return new Frame(e, flags, hint, reason, block || parent == null ? e : parent.block(), marker, strong);
    }

    private static int tagFlags(String tag) {
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

    private static int roleFlags(Element e) {
        String role = e.attr("role");
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

    /** True when the element is hidden from a sighted reader by an attribute, inline style or class. */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") && !STREAMED_BOUNDARY.matcher(e.id()).matches()) {
            return true;
        }
        if (e.attr("type").equalsIgnoreCase("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        String cls = e.className();
        int start = 0;
        for (int i = 0; i <= cls.length(); i++) {
            if (i == cls.length() || Character.isWhitespace(cls.charAt(i))) {
                if (i > start && HIDDEN_CLASSES.contains(cls.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** The lowercase tokens of class and id values: split at non-letters and camelCase boundaries. */
    static List<String> tokens(String value) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            boolean camel = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1));
            if (start >= 0 && (!letter || camel)) {
                out.add(value.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        return out;
    }
}
