package dev.winnow.read;

import dev.winnow.Metadata;
import dev.winnow.read.AttributeReader.Attrs;
import dev.winnow.read.AttributeReader.RoleToken;
import dev.winnow.read.Structure.Hint;
import dev.winnow.read.TagKinds.Kind;
import dev.winnow.text.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Cuts an HTML page into the lines a reader sees, as a browser's {@code innerText} would: a block
 * element, {@code <br>}, a list item or a table cell starts a new line; white space folds to one space
 * except in {@code <pre>}. Each line carries its {@link Structure}.
 *
 * <p>Scripts, styles, templates, comments, embedded media, form controls and hidden elements
 * ({@code hidden}, {@code aria-hidden} is not hiding, {@code display:none}, {@code visibility:hidden},
 * the class names of {@code html/hidden.classes.txt}) never reach a line. {@code <noscript>} content is
 * kept, as a browser with scripts off shows it, and flagged. {@link AttributeReader} reads each element's
 * attributes and what its class and id name.
 */
public final class HtmlSegmenter {
    /** Elements whose content is never text a reader sees ({@link TagKinds#SKIPPED}). */
    static final Set<String> SKIPPED = TagKinds.SKIPPED;
    /** Elements that start and end a line ({@link TagKinds#BLOCKS}). */
    static final Set<String> BLOCKS = TagKinds.BLOCKS;

    /** The lines of a page with their structure, and what the page declares. */
    public record Page(List<String> texts, List<Structure> structures, Metadata metadata) {
    }

    private HtmlSegmenter() {
    }

    /** Segments the page as a reader sees it: hidden elements give no line. */
    public static Page segment(Document doc) {
        return segment(doc, false);
    }

    /**
     * Segments the page; with {@code withHidden}, hidden elements give lines too: the retry for pages
     * that a script reveals (a body hidden until loaded, content streamed into hidden blocks).
     */
    public static Page segment(Document doc, boolean withHidden) {
        return segment(doc, withHidden, null);
    }

    /**
     * Like {@link #segment(Document, boolean)}, with the page's metadata already read, or null: then it
     * is read, the walk over the body collecting the JSON-LD scripts it meets on the way (it looks into
     * the elements it skips for them), so that only the rest of the page is searched again.
     */
    public static Page segment(Document doc, boolean withHidden, Metadata metadata) {
        Walker walker = new Walker(withHidden, metadata == null ? doc : null);
        Element body = doc.body();
        if (body != null) {
            walker.frames.push(new Frame(body, 0, null, null, body, -1, false, 0));
            walker.walk(body);
            walker.flush();
        }
        List<Structure> structures = walker.structures();
        Metadata read = metadata != null ? metadata : MetadataReader.read(doc, body, walker.scripts);
        if (metadata == null) {
            read = MetadataReader.withHeading(read, MetadataReader.singleH1(walker.texts, structures), doc.title());
        }
        return new Page(walker.texts, structures, read);
    }

    /**
     * An open element: the region flags and role hint its lines inherit. Its marker is known by its
     * number on the page ({@link Walker#markers}), -1 for none.
     */
    private record Frame(Element element, int flags, Hint hint, String hintReason, Element block, int marker,
                         boolean strong, int kind) {
        boolean in(int flag) {
            return (flags & flag) != 0;
        }

        Frame with(int flag) {
            return new Frame(element, flags | flag, hint, hintReason, block, marker, strong, kind);
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
        double[] densities = new double[64];
        int[] sizes = new int[64];
        final Deque<Frame> frames = new ArrayDeque<>();
        /** The line being built: {@code line[0, length)}. */
        char[] line = new char[256];
        int length;
        /** A text node's characters, copied once to be scanned. */
        char[] text = new char[256];
        /** The open nodes of {@link #walk} and the index of the next child of each. */
        Node[] open = new Node[64];
        int[] nextChild = new int[64];
        final Attrs attrs = new Attrs();
        Frame lineFrame;
        /** How many elements of the walk are markers: the next one's number. */
        int markers;
        int linkDepth;
        int linkChars;
        int visibleChars;
        boolean pendingSpace;

        /** The document when the walk collects its JSON-LD scripts, else null. */
        final Document scriptsOf;
        /** The JSON-LD scripts of the walked subtree, in document order. */
        final List<Element> scripts = new ArrayList<>();

        Walker(boolean withHidden, Document scriptsOf) {
            this.withHidden = withHidden;
            this.scriptsOf = scriptsOf;
        }

        /** An element the walk skips with its subtree: its JSON-LD scripts are collected all the same. */
        private FilterResult skip(Element e) {
            if (scriptsOf != null) {
                MetadataReader.jsonLd(scriptsOf, e, scripts);
            }
            return FilterResult.SKIP_ENTIRELY;
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
            Kind kind = TagKinds.kind(e.normalName());
            int bits = kind.bits();
            if ((bits & TagKinds.SKIP) != 0) {
                return skip(e);
            }
            Attrs a = attrs.read(e);
            if (!withHidden && a.hidden()) {
                return skip(e);
            }
            if ((bits & TagKinds.BR) != 0) {
                flush();
                return skip(e);
            }
            boolean block = (bits & TagKinds.BLOCK) != 0;
            Frame parent = frames.peek();
            if ((bits & TagKinds.CELL) != 0 && parent != null && parent.in(Structure.IN_DATA_ROW)) {
                block = false;
                if (length > 0) {
                    put('\t');
                    pendingSpace = false;
                }
            }
            if (block) {
                flush();
            }
            if ((bits & TagKinds.LINK) != 0) {
                linkDepth++;
            }
            Frame frame = frame(e, kind, a, parent, block, markers);
            if (frame.marker() == markers) {
                markers++;
            }
            if ((bits & TagKinds.ROW) != 0 && dataRow(e)) {
                frame = frame.with(Structure.IN_DATA_ROW);
            }
            frames.push(frame);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (depth > 0 && node instanceof Element) {
                Frame frame = frames.peek();
                int bits = frame.kind();
                boolean cellOfRow = (bits & TagKinds.CELL) != 0 && frames.size() > 1 && frame.in(Structure.IN_DATA_ROW);
                if ((bits & TagKinds.BLOCK) != 0 && !cellOfRow) {
                    flush();
                }
                if ((bits & TagKinds.LINK) != 0) {
                    linkDepth--;
                }
                frames.pop();
            }
            return FilterResult.CONTINUE;
        }

        /** The lines' structures; a marker's share is the part of the page's characters it holds. */
        List<Structure> structures() {
            int[] markerChars = new int[markers];
            long total = 0;
            for (int i = 0; i < lineFrames.size(); i++) {
                total += sizes[i];
                int marker = lineFrames.get(i).marker();
                if (marker >= 0) {
                    markerChars[marker] += sizes[i];
                }
            }
            List<Structure> out = new ArrayList<>(lineFrames.size());
            for (int i = 0; i < lineFrames.size(); i++) {
                Frame f = lineFrames.get(i);
                double share = f.marker() < 0 ? 0 : markerChars[f.marker()] / (double) total;
                out.add(new Structure(f.block(), f.marker(), f.strong(), f.flags(), densities[i], f.hint(),
                        f.hintReason(), share));
            }
            return out;
        }

        /**
         * Walks the subtree of {@code root} in document order as {@code NodeTraversor.filter} does for
         * the two results this filter gives: {@code CONTINUE} visits the children and then calls
         * {@link #tail}, {@code SKIP_ENTIRELY} neither. Iterative, by child index (no sibling lookups).
         */
        void walk(Element root) {
            if (head(root, 0) != FilterResult.CONTINUE) {
                return;
            }
            int top = 0;
            open[0] = root;
            nextChild[0] = 0;
            while (top >= 0) {
                Node parent = open[top];
                int i = nextChild[top];
                if (i < parent.childNodeSize()) {
                    nextChild[top] = i + 1;
                    Node child = parent.childNode(i);
                    int depth = top + 1;
                    if (head(child, depth) == FilterResult.CONTINUE) {
                        if (child.childNodeSize() > 0) {
                            if (depth == open.length) {
                                open = java.util.Arrays.copyOf(open, 2 * depth);
                                nextChild = java.util.Arrays.copyOf(nextChild, 2 * depth);
                            }
                            open[depth] = child;
                            nextChild[depth] = 0;
                            top = depth;
                        } else {
                            tail(child, depth);
                        }
                    }
                } else {
                    open[top] = null;
                    tail(parent, top);
                    top--;
                }
            }
        }

        /** Appends one character to the line. */
        private void put(char c) {
            if (length == line.length) {
                line = java.util.Arrays.copyOf(line, 2 * length);
            }
            line[length++] = c;
        }

        /**
         * Appends a text node's characters to the line: white space folds to one pending space (outside
         * {@code <pre>}), a line end in {@code <pre>} ends the line.
         */
        private void append(String raw) {
            boolean pre = frames.peek() != null && (frames.peek().flags() & Structure.IN_CODE) != 0 && inPre();
            int n = raw.length();
            if (text.length < n) {
                text = new char[Math.max(n, 2 * text.length)];
            }
            raw.getChars(0, n, text, 0);
            if (pre) {
                appendPre(text, n);
            } else {
                appendFolded(text, n);
            }
        }

        /**
         * Appends {@code chars[0, n)} outside {@code <pre>}, character by character: a run of white space
         * becomes one pending space, written only before the next character that is not white space.
         * (Copying each word as a range cost a call per word; most text nodes are short.)
         */
        private void appendFolded(char[] chars, int n) {
            // at most one pending space and then the n characters
            if (length + n + 1 > line.length) {
                line = java.util.Arrays.copyOf(line, Math.max(length + n + 1, 2 * line.length));
            }
            char[] out = line;
            int end = length;
            boolean pending = pendingSpace;
            int visible = 0;
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if (space(c)) {
                    pending = end > 0 && out[end - 1] != '\t';
                } else {
                    if (pending) {
                        out[end++] = ' ';
                        pending = false;
                    }
                    out[end++] = c;
                    // printable ASCII is visible: one comparison for most characters
                    if ((c > ' ' && c < 0x7f) || !Text.isInvisible(c)) {
                        visible++;
                    }
                }
            }
            length = end;
            pendingSpace = pending;
            countVisible(visible);
        }

        /** Appends {@code chars[0, n)} inside {@code <pre>}: white space is kept, a line end ends the line. */
        private void appendPre(char[] chars, int n) {
            int i = 0;
            while (i < n) {
                char c = chars[i];
                if (c == '\n' || c == '\r') {
                    flush();
                    i++;
                    continue;
                }
                int start = i;
                int visible = 0;
                while (true) {
                    if (!Text.isInvisible(c)) {
                        visible++;
                    }
                    if (++i == n) {
                        break;
                    }
                    c = chars[i];
                    if (c == '\n' || c == '\r') {
                        break;
                    }
                }
                if (pendingSpace) {
                    put(' ');
                    pendingSpace = false;
                }
                int run = i - start;
                if (length + run > line.length) {
                    line = java.util.Arrays.copyOf(line, Math.max(length + run, 2 * line.length));
                }
                System.arraycopy(chars, start, line, length, run);
                length += run;
                countVisible(visible);
            }
        }

        /** Counts {@code visible} characters just appended; the first ones of a line give it its frame. */
        private void countVisible(int visible) {
            if (visible > 0) {
                if (lineFrame == null) {
                    lineFrame = frames.peek();
                }
                visibleChars += visible;
                if (linkDepth > 0) {
                    linkChars += visible;
                }
            }
        }

        /** The white space that folds, as bits by character: space, tab, line feed, carriage return, form feed. */
        private static final long SPACES = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\r' | 1L << '\f';

        /** True for white space that folds; one table test rather than a branch per kind of space. */
        private static boolean space(char c) {
            return c <= ' ' && (SPACES >>> c & 1) != 0;
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
                int end = length;
                while (end > 0 && Text.isInvisible(line[end - 1])) {
                    end--;
                }
                int start = 0;
                while (start < end && Text.isInvisible(line[start])) {
                    start++;
                }
                int index = texts.size();
                if (index == sizes.length) {
                    sizes = java.util.Arrays.copyOf(sizes, 2 * index);
                    densities = java.util.Arrays.copyOf(densities, 2 * index);
                }
                texts.add(new String(line, start, end - start));
                lineFrames.add(lineFrame);
                densities[index] = (double) linkChars / visibleChars;
                sizes[index] = visibleChars;
            }
            length = 0;
            lineFrame = null;
            linkChars = 0;
            visibleChars = 0;
            pendingSpace = false;
        }
    }

    /** The frame of element {@code e}; {@code newMarker} is the number it takes if it is a marker. */
    private static Frame frame(Element e, Kind kind, Attrs a, Frame parent, boolean block, int newMarker) {
        int own = kind.flags() | TagKinds.roleFlags(a.role());
        int flags = (parent == null ? 0 : parent.flags()) | own;
        int marker = parent == null ? -1 : parent.marker();
        boolean strong = parent != null && parent.strong();
        if ((own & CHROME_FLAGS) != 0) {
            marker = newMarker;
            strong = false;
        }
        Hint hint = parent == null ? null : parent.hint();
        String reason = parent == null ? null : parent.hintReason();
        RoleToken best = a.attributes() ? AttributeReader.bestToken(a.id(), a.classToken()) : null;
        if (best != null) {
            hint = best.hint();
            reason = best.reason();
            if (hint != Hint.BODY) {
                marker = newMarker;
                strong = best.strong();
            }
        }
        String itemprop = a.itemprop();
        String credit = TagKinds.creditMarkup(e, a, itemprop);
        if (itemprop.equalsIgnoreCase("articleBody")) {
            flags |= Structure.IN_ARTICLE;
        } else if (credit != null) {
            hint = Hint.CREDIT;
            reason = credit;
            marker = newMarker;
            strong = true;
        } else if (a.dataAd() || TagKinds.AD_LABEL.matcher(a.ariaLabel()).find()) {
            hint = Hint.AD;
            reason = a.dataAd() ? "an ad slot's data-ad attribute" : "aria-label '" + a.ariaLabel() + "'";
            marker = newMarker;
            strong = true;
        }
        return new Frame(e, flags, hint, reason, block || parent == null ? e : parent.block(), marker, strong,
                kind.bits());
    }
}
