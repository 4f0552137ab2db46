package dev.winnow;

import java.util.Locale;

/** Character-level helpers shared by the passes. */
final class Text {
    private Text() {
    }

    /** True for characters that draw nothing: white space, no-break and zero-width spaces, BOM. */
    static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    /** True when the line has no visible character. */
    static boolean isBlank(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isInvisible(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True for characters of a {@code \w} token (Unicode): letters, digits, marks, connectors. */
    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }

    /**
     * The form used to look a line up in whole-line lists: lowercase, without leading or trailing
     * characters that are not letters or digits (bullets, arrows, punctuation, icons), inner white
     * space folded to one space.
     */
    static String normalize(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && !Character.isLetterOrDigit(line.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(line.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (isInvisible(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
