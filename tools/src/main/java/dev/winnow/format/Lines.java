package dev.winnow.format;

/**
 * Helpers for lines of text. (To split text into lines the way {@link dev.winnow.Cleaner} does, at
 * {@code \r\n}, {@code \r} or {@code \n} with no empty line after a final line end, use {@link String#lines()}.)
 */
public final class Lines {
    private Lines() {
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
