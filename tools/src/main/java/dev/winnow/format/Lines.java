package dev.winnow.format;

import java.util.ArrayList;
import java.util.List;

/** Splitting text into lines the way {@link dev.winnow.Cleaner} does. */
public final class Lines {
    private Lines() {
    }

    /**
     * Splits text into lines at {@code \r\n}, {@code \r} or {@code \n}, without the line ends. A final
     * line end adds no empty line, so {@code "a\nb\n"} and {@code "a\r\nb"} both give {@code [a, b]}.
     */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * Shortens a line for display: tabs become spaces, and a line of more than {@code max} code points
     * keeps its first {@code max - 1} and ends in {@code …}.
     */
    public static String truncate(String line, int max) {
        String flat = line.replace('\t', ' ');
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
    }
}
