package dev.winnow.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML events that Apache Tika's parsers emit into text with one line per paragraph, the
 * shape of a text dump. A line ends at the start and the end of every block element (paragraphs,
 * headings, list items, table cells and rows, divisions, {@code <br>}); inside a block, line breaks
 * (as PDF text has at the end of every printed line) and runs of white space become one space, so a
 * paragraph that a PDF prints over several lines stays one line. In {@code <pre>} every line break
 * ends a line. Nothing in {@code <head>} (title, metadata) is kept; empty lines are dropped.
 */
final class ParagraphHandler extends DefaultHandler {
    /** The elements that end a line where they start and where they end. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt",
            "dd", "td", "th", "tr", "table", "caption", "ul", "ol", "dl", "pre", "blockquote", "address", "section",
            "article", "header", "footer", "aside", "nav", "figure", "figcaption", "br", "hr", "body");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean space;
    private int head;
    private int pre;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (name.equals("head")) {
            head++;
        } else if (BLOCKS.contains(name)) {
            endLine();
            if (name.equals("pre")) {
                pre++;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (name.equals("head")) {
            head = Math.max(0, head - 1);
        } else if (BLOCKS.contains(name)) {
            endLine();
            if (name.equals("pre")) {
                pre = Math.max(0, pre - 1);
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (head > 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (pre > 0 && (c == '\n' || c == '\r')) {
                if (c == '\r' || i == start || ch[i - 1] != '\r') {
                    endLine();
                }
            } else if (Character.isWhitespace(c)) {
                space = line.length() > 0;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        space = line.length() > 0;
    }

    @Override
    public void endDocument() {
        endLine();
    }

    private void endLine() {
        if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
        space = false;
    }

    private static String name(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    /** The paragraphs so far, in order, one per line, each line ended by {@code \n}. */
    String text() {
        endLine();
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        return text.toString();
    }
}
