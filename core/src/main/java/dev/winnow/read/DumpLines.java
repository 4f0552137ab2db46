package dev.winnow.read;

import java.util.ArrayList;
import java.util.List;

/** A text dump's lines: the dump path's reading step, as {@link HtmlSegmenter} is the HTML path's. */
public final class DumpLines {
    private DumpLines() {
    }

    /** Splits text into lines at {@code \r\n}, {@code \r} or {@code \n}; a final line end adds no empty line. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int nextReturn = text.indexOf('\r');
        while (start < n) {
            int newline = text.indexOf('\n', start);
            if (nextReturn >= 0 && nextReturn < start) {
                nextReturn = text.indexOf('\r', start);
            }
            int end = newline < 0 ? nextReturn : nextReturn < 0 ? newline : Math.min(newline, nextReturn);
            if (end < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, end));
            start = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return lines;
    }
}
