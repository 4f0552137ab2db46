package dev.winnow.read;

import dev.winnow.data.DataFiles;
import dev.winnow.match.AsciiTable;
import dev.winnow.read.Structure.Hint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What {@link HtmlSegmenter} reads from the attributes of an element ({@link Attrs}, one pass over
 * them), and what class and id values name: the role tokens of {@code html/tokens.tsv} and the hidden
 * class names of {@code html/hidden.classes.txt}, looked up in place for values of ASCII characters
 * and as strings for any others.
 */
public final class AttributeReader {
    /**
     * A row of {@code html/tokens.tsv}: a lower row index wins when an element has several tokens. Its
     * {@code reason}, the hint reason of the lines it marks, is built once with the token.
     */
    record RoleToken(String token, Hint hint, int rank, boolean strong, String reason) {
        RoleToken(String token, Hint hint, int rank, boolean strong) {
            this(token, hint, rank, strong, "class or id token '" + token + "'");
        }
    }

    private static final Map<String, RoleToken> TOKENS = roleTokens();
    /** {@link #TOKENS} by their token, looked up in place for class and id values of ASCII characters. */
    private static final RoleToken[] TOKEN_LIST = TOKENS.values().toArray(new RoleToken[0]);
    private static final AsciiTable TOKEN_TABLE = new AsciiTable(
            java.util.Arrays.stream(TOKEN_LIST).map(RoleToken::token).toList());
    private static final Set<String> HIDDEN_CLASSES = Set.copyOf(DataFiles.items("html/hidden.classes.txt"));
    /** {@link #HIDDEN_CLASSES}, looked up in place for class values of ASCII characters. */
    private static final AsciiTable HIDDEN_TABLE = new AsciiTable(List.copyOf(HIDDEN_CLASSES));

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

    /** The role token of {@code value} that ranks before {@code best} (its tokens as {@link #tokens} splits them), else {@code best}. */
    static RoleToken bestToken(String value, RoleToken best) {
        RoleToken found = best;
        int start = -1;
        int hash = 0;
        int n = value.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? value.charAt(i) : ' ';
            if (c >= 0x80) {
                return bestTokenOfStrings(value, best);
            }
            boolean letter = asciiLetter(c);
            boolean camel = letter && start >= 0 && c <= 'Z' && isAsciiLower(value.charAt(i - 1));
            if (start >= 0 && (!letter || camel)) {
                int k = TOKEN_TABLE.indexOf(value, start, i, hash);
                if (k >= 0) {
                    RoleToken t = TOKEN_LIST[k];
                    if (found == null || t.rank() < found.rank()) {
                        found = t;
                    }
                }
                start = -1;
            }
            if (letter) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = AsciiTable.step(hash, c);
            }
        }
        return found;
    }

    /** {@link #bestToken} for any characters: the tokens as strings, lowercased by {@code String}. */
    static RoleToken bestTokenOfStrings(String value, RoleToken best) {
        for (String token : tokens(value)) {
            RoleToken t = TOKENS.get(token);
            if (t != null && (best == null || t.rank() < best.rank())) {
                best = t;
            }
        }
        return best;
    }

    /** Per ASCII character: {@code Character.isWhitespace}, {@code isLetter}, {@code isUpperCase} as bits. */
    private static final byte[] ASCII_KINDS = new byte[128];
    private static final int ASCII_WHITESPACE = 1;
    private static final int ASCII_LETTER = 2;
    private static final int ASCII_UPPER = 4;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KINDS[c] = (byte) ((Character.isWhitespace(c) ? ASCII_WHITESPACE : 0)
                    | (Character.isLetter(c) ? ASCII_LETTER : 0) | (Character.isUpperCase(c) ? ASCII_UPPER : 0));
        }
    }

    private static boolean asciiLetter(char c) {
        return c < 0x80 && (char) ((c | 0x20) - 'a') < 26;
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * The attributes of one element that the segmenter reads, found in one pass over its attributes
     * (names compared ignoring case, the first of a name counting, as {@code Element.attr} does). One
     * instance per walk, refilled for each element.
     */
    static final class Attrs {
        private boolean any;
        private boolean hiddenAttr;
        private String cls;
        private String id;
        private String style;
        private String type;
        private String role;
        private String itemprop;
        private String rel;
        private String ariaLabel;
        /** Whether the element has an attribute named {@code data-ad...} (ad slots: data-ad-slot, data-ad-unit). */
        private boolean dataAd;
        /** Whether {@link #scanClass} ran for this element, and what it found. */
        private boolean scanned;
        private boolean hiddenByClass;
        private RoleToken classToken;
        private char[] scratch = new char[128];
        /** What {@link #scanClass} found for each class value of the page so far (at most {@link #MAX_SCANS}). */
        private final Map<String, ClassScan> scans = new HashMap<>();
        private static final int MAX_SCANS = 10_000;

        private record ClassScan(boolean hidden, RoleToken token) {
        }

        Attrs read(Element e) {
            any = false;
            hiddenAttr = false;
            scanned = false;
            cls = null;
            id = null;
            style = null;
            type = null;
            role = null;
            itemprop = null;
            rel = null;
            ariaLabel = null;
            dataAd = false;
            if (e.attributesSize() == 0) {
                return this;
            }
            any = true;
            for (Attribute attribute : e.attributes()) {
                String key = attribute.getKey();
                switch (key.length()) {
                    case 2 -> {
                        if (id == null && named(key, "id")) {
                            id = attribute.getValue();
                        }
                    }
                    case 3 -> {
                        if (rel == null && named(key, "rel")) {
                            rel = attribute.getValue();
                        }
                    }
                    case 4 -> {
                        if (type == null && named(key, "type")) {
                            type = attribute.getValue();
                        } else if (role == null && named(key, "role")) {
                            role = attribute.getValue();
                        }
                    }
                    case 5 -> {
                        if (cls == null && named(key, "class")) {
                            cls = attribute.getValue();
                        } else if (style == null && named(key, "style")) {
                            style = attribute.getValue();
                        }
                    }
                    case 6 -> {
                        if (named(key, "hidden")) {
                            hiddenAttr = true;
                        }
                    }
                    case 8 -> {
                        if (itemprop == null && named(key, "itemprop")) {
                            itemprop = attribute.getValue();
                        }
                    }
                    case 10 -> {
                        if (ariaLabel == null && key.equalsIgnoreCase("aria-label")) {
                            ariaLabel = attribute.getValue();
                        }
                    }
                    default -> {
                    }
                }
                if (key.length() >= 7 && key.regionMatches(true, 0, "data-ad", 0, 7)
                        && (key.length() == 7 || key.charAt(7) == '-' || key.charAt(7) == 's' || key.charAt(7) == 'u')) {
                    dataAd = true;
                }
            }
            return this;
        }

        /**
         * {@code key.equalsIgnoreCase(name)} for a lowercase ASCII {@code name} of letters and a key of
         * its length: ASCII keys compared by folding case, others by {@code String}.
         */
        static boolean named(String key, String name) {
            for (int i = 0; i < name.length(); i++) {
                char c = key.charAt(i);
                if (c >= 0x80) {
                    return key.equalsIgnoreCase(name);
                }
                if ((c | 0x20) != name.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** True when the element has any attribute. */
        boolean attributes() {
            return any;
        }

        /** {@code Element.className()}: the class attribute, trimmed. */
        String className() {
            return cls == null ? "" : cls.trim();
        }

        String id() {
            return id == null ? "" : id;
        }

        String role() {
            return role == null ? "" : role;
        }

        String itemprop() {
            return itemprop == null ? "" : itemprop;
        }

        String rel() {
            return rel == null ? "" : rel;
        }

        String ariaLabel() {
            return ariaLabel == null ? "" : ariaLabel;
        }

        /** True when the element carries an ad slot's attribute ({@code data-ad}, {@code data-ad-slot}, ...). */
        boolean dataAd() {
            return dataAd;
        }

        /** {@link AttributeReader#hidden(Element)} from these attributes. */
        boolean hidden() {
            if (!any) {
                return false;
            }
            if (hiddenAttr && !STREAMED_BOUNDARY.matcher(id()).matches()) {
                return true;
            }
            if (type != null && type.equalsIgnoreCase("hidden")) {
                return true;
            }
            if (style != null && !style.isEmpty()) {
                String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
                if (s.contains("display:none") || s.contains("visibility:hidden")) {
                    return true;
                }
            }
            if (cls == null) {
                return false;
            }
            if (!scanned) {
                scanClass(className());
            }
            return hiddenByClass;
        }

        /** {@code bestToken(className(), null)}: the role token of the class value. */
        RoleToken classToken() {
            if (cls == null) {
                return null;
            }
            if (!scanned) {
                scanClass(className());
            }
            return classToken;
        }

        /**
         * One pass over a class value for both {@link AttributeReader#hiddenClass} and
         * {@link AttributeReader#bestToken}: the value is split at white space for the hidden names and
         * at non-letters and camelCase boundaries for the role tokens at the same time. A value with a
         * non-ASCII character takes the string paths.
         */
        void scanClass(String value) {
            scanned = true;
            // a page repeats its class values: most are scanned once per page
            ClassScan known = scans.get(value);
            if (known != null) {
                hiddenByClass = known.hidden();
                classToken = known.token();
                return;
            }
            scan(value);
            if (scans.size() < MAX_SCANS) {
                scans.put(value, new ClassScan(hiddenByClass, classToken));
            }
        }

        /** {@link #scanClass} without the cache. */
        private void scan(String value) {
            int n = value.length();
            if (scratch.length < n) {
                scratch = new char[Math.max(n, 2 * scratch.length)];
            }
            char[] chars = scratch;
            value.getChars(0, n, chars, 0);
            boolean hidden = false;
            RoleToken best = null;
            int nameStart = 0;
            int nameHash = 0;
            int tokenStart = -1;
            int tokenHash = 0;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? chars[i] : ' ';
                if (c >= 0x80) {
                    hiddenByClass = hiddenClassOfStrings(value);
                    classToken = bestTokenOfStrings(value, null);
                    return;
                }
                int kind = ASCII_KINDS[c];
                if ((kind & ASCII_WHITESPACE) != 0) {
                    if (!hidden && i > nameStart && HIDDEN_TABLE.indexOf(value, nameStart, i, nameHash) >= 0) {
                        hidden = true;
                    }
                    nameStart = i + 1;
                    nameHash = 0;
                } else {
                    nameHash = AsciiTable.stepAscii(nameHash, c);
                }
                boolean letter = (kind & ASCII_LETTER) != 0;
                if (tokenStart >= 0 && (!letter || ((kind & ASCII_UPPER) != 0 && isAsciiLower(chars[i - 1])))) {
                    int k = TOKEN_TABLE.indexOf(value, tokenStart, i, tokenHash);
                    if (k >= 0 && (best == null || TOKEN_LIST[k].rank() < best.rank())) {
                        best = TOKEN_LIST[k];
                    }
                    tokenStart = -1;
                }
                if (letter) {
                    if (tokenStart < 0) {
                        tokenStart = i;
                        tokenHash = 0;
                    }
                    tokenHash = AsciiTable.stepAscii(tokenHash, c);
                }
            }
            hiddenByClass = hidden;
            classToken = best;
        }

        /** What the last {@link #scanClass} found: a hidden class name. */
        boolean hiddenByClass() {
            return hiddenByClass;
        }

        /** What the last {@link #scanClass} found: the role token. */
        RoleToken scannedToken() {
            return classToken;
        }
    }

    /** True when one of the whitespace-separated names of a class value is a hidden class. */
    static boolean hiddenClass(String cls) {
        int start = 0;
        int hash = 0;
        int n = cls.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? cls.charAt(i) : ' ';
            if (c >= 0x80) {
                return hiddenClassOfStrings(cls);
            }
            if (c <= ' ' && Character.isWhitespace(c)) {
                if (i > start && HIDDEN_TABLE.indexOf(cls, start, i, hash) >= 0) {
                    return true;
                }
                start = i + 1;
                hash = 0;
            } else {
                hash = AsciiTable.step(hash, c);
            }
        }
        return false;
    }

    /** {@link #hiddenClass} for any characters: the names as strings, lowercased by {@code String}. */
    static boolean hiddenClassOfStrings(String cls) {
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

    /** True when the element is hidden from a sighted reader by an attribute, inline style or class. */
    static boolean hidden(Element e) {
        return new Attrs().read(e).hidden();
    }

    /** The lowercase tokens of class and id values: split at non-letters and camelCase boundaries. */
    public static List<String> tokens(String value) {
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

    private AttributeReader() {
    }
}
