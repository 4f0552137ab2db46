package dev.winnow.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors a JSON-LD block lists: {@code "author": [{"name": "Jane Roe"}, {"name": "John Doe"}]} or
 * {@code "author": ["Jane Roe", "John Doe"]}. Scanned, not parsed (core has no JSON library): the list is
 * walked with its strings and brackets counted, and only the names of its own items are taken, not those
 * of objects inside them (an affiliation's {@code "name"}).
 */
final class LdAuthors {
    /** At most this many names are taken from one list. */
    static final int MAX_NAMES = 12;

    private static final Pattern AUTHOR = Pattern.compile("\"author\"\\s*:\\s*(\\[)?");

    private LdAuthors() {
    }

    /**
     * The names of the first {@code "author"} of {@code json} when it is a list of more than one, in order;
     * empty when it is not (a later block's authors are most often a related article's).
     */
    static List<String> of(String json) {
        Matcher m = AUTHOR.matcher(json);
        if (!m.find() || m.group(1) == null) {
            return List.of();
        }
        List<String> names = names(json, m.end());
        return names.size() > 1 ? names : List.of();
    }

    /** The names of the list whose items start at {@code from} (just after its {@code [}). */
    private static List<String> names(String json, int from) {
        List<String> names = new ArrayList<>();
        int depth = 1;
        String lastKey = null;
        for (int i = from; i < json.length() && depth > 0 && names.size() < MAX_NAMES; i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = endOfString(json, i);
                if (end < 0) {
                    break;
                }
                String s = json.substring(i + 1, end);
                int next = nextNonSpace(json, end + 1);
                boolean isKey = next < json.length() && json.charAt(next) == ':';
                if (isKey) {
                    lastKey = s;
                } else if (depth == 1 || depth == 2 && "name".equals(lastKey)) {
                    names.add(s);
                }
                i = end;
            } else if (c == '[' || c == '{') {
                depth++;
                lastKey = null;
            } else if (c == ']' || c == '}') {
                depth--;
                lastKey = null;
            } else if (c == ',') {
                lastKey = null;
            }
        }
        return depth == 0 ? names : List.of();
    }

    /** The index of the quote that closes the string opening at {@code open}, or -1. */
    private static int endOfString(String json, int open) {
        for (int i = open + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int nextNonSpace(String json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }
}
