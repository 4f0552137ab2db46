package dev.winnow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a line must look like for a pattern of {@code patterns.tsv} to have a chance to match, derived
 * from the pattern's text, so that the regular expression runs only on candidate lines: a maximum
 * length (from {@code ^...$} or a leading {@code (?=.{0,N}$)}), the ASCII characters a match can start
 * or end with (for patterns anchored there), and a set of literals one of which every match contains
 * (for example {@code "ago"} for {@code ^...ago$}).
 *
 * <p>The literals are given as they appear in the line lowercased character by character ({@link
 * Text#lower(char)}), which is how the pattern's case-insensitive matching sees them; literals from a
 * case-sensitive part of the pattern ({@code (?-i:...)}) also carry their exact text. All of this is
 * only valid for lines without {@link Text#SPECIAL} characters: the caller runs every pattern on the
 * others.
 *
 * <p>The derivation is conservative: a line it rejects cannot match. It reads the subset of the regular
 * expression syntax the data files use; anything else (back references, flags other than {@code i},
 * nested classes...) gives {@link #NONE}, a filter that lets every line through.
 */
final class PatternFilter {
    /** No length limit. */
    static final int UNBOUNDED = Integer.MAX_VALUE;
    /** Sets of literals larger than this are not kept. */
    static final int MAX_LITERALS = 64;
    /** A bounded repeat of literals is expanded into literals up to this many repetitions. */
    static final int MAX_EXPANDED_REPEAT = 4;
    /** A character class with a range wider than this is not enumerated. */
    static final int MAX_RANGE = 256;
    /** {@code $} may match before a final line terminator of at most this many characters. */
    static final int LINE_TERMINATOR_SLACK = 2;

    /** The filter that admits every line. */
    static final PatternFilter NONE = new PatternFilter(UNBOUNDED, null, null, null);

    /**
     * A text that every match of a pattern contains.
     *
     * @param lowered the text as it appears in the line lowercased character by character
     * @param exact   the text exactly as in the line when it comes from a case-sensitive part, else null
     */
    record Literal(String lowered, String exact) {
    }

    private final int maxLength;
    private final long[] first;
    private final long[] last;
    private final Set<Literal> literals;

    private PatternFilter(int maxLength, long[] first, long[] last, Set<Literal> literals) {
        this.maxLength = maxLength;
        this.first = first;
        this.last = last;
        this.literals = literals;
    }

    /** The filter of a regular expression compiled with the given flags; {@link #NONE} when it cannot tell. */
    static PatternFilter of(String regex, int flags) {
        try {
            Info root = new Parser(regex, flags).parse();
            int maxLength = UNBOUNDED;
            if (root.startsAnchored && root.endsAnchored && root.maxLength != UNBOUNDED) {
                maxLength = root.maxLength + LINE_TERMINATOR_SLACK;
            }
            maxLength = Math.min(maxLength, root.leadBound);
            long[] first = root.startsAnchored && !root.nullable ? new long[] {root.first0, root.first1} : null;
            long[] last = root.endsAnchored && !root.nullable ? new long[] {root.last0, root.last1} : null;
            return new PatternFilter(maxLength, first, last, Info.required(root));
        } catch (Unsupported e) {
            return NONE;
        }
    }

    /** The longest stripped line that can match. */
    int maxLength() {
        return maxLength;
    }

    /** The literals one of which a matching line contains, or null when there is no such set. */
    Set<Literal> literals() {
        return literals;
    }

    /**
     * Whether a line without special characters, stripped to {@code line[from, to)}, passes the length,
     * first- and last-character tests (the literals are the caller's).
     */
    boolean admits(String line, int from, int to) {
        if (to - from > maxLength) {
            return false;
        }
        if (to == from) {
            return true;
        }
        return admits(first, line.charAt(from)) && admits(last, line.charAt(to - 1));
    }

    private static boolean admits(long[] set, char c) {
        if (set == null || c >= 128 || c == '\n' || c == '\r') {
            return true;
        }
        return ((c < 64 ? set[0] >>> c : set[1] >>> (c - 64)) & 1) != 0;
    }

    @Override
    public String toString() {
        return "PatternFilter[max " + (maxLength == UNBOUNDED ? "-" : maxLength) + ", first " + describe(first)
                + ", last " + describe(last) + ", literals " + literals + "]";
    }

    private static String describe(long[] set) {
        if (set == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < 128; c++) {
            if (admits(set, (char) c)) {
                out.append(c < 32 ? '?' : (char) c);
            }
        }
        return out.toString();
    }

    /** Thrown for syntax the filter does not read. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** What is known about a part of a pattern. */
    private static final class Info {
        boolean nullable;
        long first0, first1, last0, last1;
        int maxLength;
        /** Every string the part matches, when few and known, else null. */
        Set<Literal> exact;
        /** Literals one of which every match of the part contains, else null. */
        Set<Literal> required;
        boolean start, end, startsAnchored, endsAnchored;
        /** For a positive lookahead ending in {@code $}: the longest text it admits. */
        int lookBound = UNBOUNDED;
        /** For a sequence: the smallest bound of the lookaheads right after a leading {@code ^}. */
        int leadBound = UNBOUNDED;

        static Info zeroWidth() {
            Info info = new Info();
            info.nullable = true;
            info.exact = Set.of(new Literal("", ""));
            return info;
        }

        static Info atom(long ascii0, long ascii1, Set<Literal> exact) {
            Info info = new Info();
            info.first0 = info.last0 = ascii0;
            info.first1 = info.last1 = ascii1;
            info.maxLength = 1;
            info.exact = exact;
            info.required = exact;
            return info;
        }

        static Info sequence(List<Info> items) {
            if (items.isEmpty()) {
                return zeroWidth();
            }
            if (items.size() == 1) {
                Info only = items.get(0);
                only.startsAnchored |= only.start;
                only.endsAnchored |= only.end;
                return only;
            }
            Info out = new Info();
            out.nullable = true;
            for (Info item : items) {
                out.nullable &= item.nullable;
                out.maxLength = add(out.maxLength, item.maxLength);
            }
            for (Info item : items) {
                out.first0 |= item.first0;
                out.first1 |= item.first1;
                if (!item.nullable) {
                    break;
                }
            }
            for (int i = items.size() - 1; i >= 0; i--) {
                out.last0 |= items.get(i).last0;
                out.last1 |= items.get(i).last1;
                if (!items.get(i).nullable) {
                    break;
                }
            }
            out.startsAnchored = items.get(0).start;
            out.endsAnchored = items.get(items.size() - 1).end;
            for (int i = 1; out.startsAnchored && i < items.size() && items.get(i).maxLength == 0
                    && items.get(i).nullable; i++) {
                out.leadBound = Math.min(out.leadBound, items.get(i).lookBound);
            }
            Set<Literal> all = Set.of(new Literal("", ""));
            Set<Literal> run = all;
            Set<Literal> best = null;
            for (Info item : items) {
                all = all == null || item.exact == null ? null : product(all, item.exact);
                if (item.exact != null) {
                    Set<Literal> longer = product(run, item.exact);
                    if (longer == null) {
                        best = better(best, withoutEmpty(run));
                        run = item.exact;
                    } else {
                        run = longer;
                    }
                } else {
                    best = better(best, withoutEmpty(run));
                    best = better(best, item.required);
                    run = Set.of(new Literal("", ""));
                }
            }
            out.exact = all;
            out.required = better(best, withoutEmpty(run));
            return out;
        }

        static Info alternation(List<Info> alternatives) {
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            Info out = new Info();
            Set<Literal> exact = new LinkedHashSet<>();
            Set<Literal> required = new LinkedHashSet<>();
            for (Info alternative : alternatives) {
                out.nullable |= alternative.nullable;
                out.first0 |= alternative.first0;
                out.first1 |= alternative.first1;
                out.last0 |= alternative.last0;
                out.last1 |= alternative.last1;
                out.maxLength = Math.max(out.maxLength, alternative.maxLength);
                exact = exact == null || alternative.exact == null ? null : union(exact, alternative.exact);
                required = required == null ? null : union(required, required(alternative));
            }
            out.exact = exact;
            out.required = required;
            return out;
        }

        static Info repeat(Info item, int min, int max) {
            Info out = new Info();
            out.nullable = min == 0 || item.nullable;
            out.first0 = item.first0;
            out.first1 = item.first1;
            out.last0 = item.last0;
            out.last1 = item.last1;
            out.maxLength = max == UNBOUNDED ? (item.maxLength == 0 ? 0 : UNBOUNDED) : multiply(item.maxLength, max);
            if (item.exact != null && max <= MAX_EXPANDED_REPEAT) {
                Set<Literal> power = Set.of(new Literal("", ""));
                Set<Literal> exact = new LinkedHashSet<>();
                for (int k = 0; k <= max && exact != null; k++) {
                    if (k >= min) {
                        exact = union(exact, power);
                    }
                    power = k < max ? product(power, item.exact) : power;
                    if (power == null) {
                        exact = null;
                    }
                }
                out.exact = exact;
            }
            out.required = min >= 1 ? required(item) : null;
            return out;
        }

        /** The best set of literals that every match of the part contains, or null. */
        static Set<Literal> required(Info info) {
            return better(withoutEmpty(info.exact), info.required);
        }

        static Set<Literal> withoutEmpty(Set<Literal> set) {
            if (set == null) {
                return null;
            }
            for (Literal literal : set) {
                if (literal.lowered().isEmpty()) {
                    return null;
                }
            }
            return set;
        }

        /** The more selective of two sets of literals: longer shortest literal, then fewer literals. */
        static Set<Literal> better(Set<Literal> a, Set<Literal> b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            int shortestA = shortest(a);
            int shortestB = shortest(b);
            if (shortestA != shortestB) {
                return shortestA > shortestB ? a : b;
            }
            return a.size() <= b.size() ? a : b;
        }

        private static int shortest(Set<Literal> set) {
            int shortest = Integer.MAX_VALUE;
            for (Literal literal : set) {
                shortest = Math.min(shortest, literal.lowered().length());
            }
            return shortest;
        }

        static Set<Literal> product(Set<Literal> a, Set<Literal> b) {
            if ((long) a.size() * b.size() > MAX_LITERALS) {
                return null;
            }
            Set<Literal> out = new LinkedHashSet<>();
            for (Literal x : a) {
                for (Literal y : b) {
                    out.add(new Literal(x.lowered() + y.lowered(),
                            x.exact() == null || y.exact() == null ? null : x.exact() + y.exact()));
                }
            }
            return out;
        }

        static Set<Literal> union(Set<Literal> a, Set<Literal> b) {
            if (a == null || b == null) {
                return null;
            }
            Set<Literal> out = new LinkedHashSet<>(a);
            out.addAll(b);
            return out.size() > MAX_LITERALS ? null : out;
        }

        static int add(int a, int b) {
            return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : (int) Math.min((long) a + b, UNBOUNDED - 1);
        }

        static int multiply(int a, int b) {
            return a == UNBOUNDED ? UNBOUNDED : (int) Math.min((long) a * b, UNBOUNDED - 1);
        }
    }

    /** A recursive-descent reader of the regular expression that computes the {@link Info} of each part. */
    private static final class Parser {
        private final String regex;
        private final int flags;
        private final Map<String, long[]> asciiCache = new HashMap<>();
        private int at;
        private boolean caseInsensitive;

        Parser(String regex, int flags) throws Unsupported {
            if ((flags & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)) != 0
                    || (flags & Pattern.CASE_INSENSITIVE) != 0 && (flags & (Pattern.UNICODE_CASE
                    | Pattern.UNICODE_CHARACTER_CLASS)) == 0) {
                throw new Unsupported("flags " + flags);
            }
            this.regex = regex;
            this.flags = flags;
            this.caseInsensitive = (flags & Pattern.CASE_INSENSITIVE) != 0;
        }

        Info parse() throws Unsupported {
            Info root = alternation();
            if (at != regex.length()) {
                throw new Unsupported("unbalanced ) at " + at);
            }
            return root;
        }

        private Info alternation() throws Unsupported {
            List<Info> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                alternatives.add(sequence());
            }
            return Info.alternation(alternatives);
        }

        private Info sequence() throws Unsupported {
            List<Info> items = new ArrayList<>();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                Info item = atom();
                if (item != null) {
                    items.add(quantified(item));
                }
            }
            return Info.sequence(items);
        }

        private Info quantified(Info item) throws Unsupported {
            if (at >= regex.length()) {
                return item;
            }
            int min;
            int max;
            char c = regex.charAt(at);
            if (c == '?' || c == '*' || c == '+') {
                at++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : UNBOUNDED;
            } else if (c == '{') {
                int close = regex.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported("{ without }");
                }
                String[] bounds = regex.substring(at + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1 ? min : bounds[1].isEmpty() ? UNBOUNDED : Integer.parseInt(bounds[1]);
                } catch (NumberFormatException e) {
                    throw new Unsupported("quantifier " + regex.substring(at, close + 1));
                }
                if (bounds.length > 2 || min < 0 || max < min) {
                    throw new Unsupported("quantifier " + regex.substring(at, close + 1));
                }
                at = close + 1;
            } else {
                return item;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++;
            }
            if (item.maxLength == 0 && item.nullable && !item.start && !item.end && item.exact != null) {
                return min == 0 ? Info.zeroWidth() : item;
            }
            if (item.start || item.end) {
                throw new Unsupported("quantified anchor");
            }
            return quantified(Info.repeat(item, min, max));
        }

        /** The next atom, or null for an inline flag that only changes the case sensitivity. */
        private Info atom() throws Unsupported {
            char c = regex.charAt(at);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '.':
                    at++;
                    return opaque(".");
                case '^': {
                    at++;
                    Info info = Info.zeroWidth();
                    info.start = true;
                    return info;
                }
                case '$': {
                    at++;
                    Info info = Info.zeroWidth();
                    info.end = true;
                    return info;
                }
                case '\\':
                    return escape();
                case '*': case '+': case '?': case '{':
                    throw new Unsupported("dangling quantifier at " + at);
                default:
                    at++;
                    return literal(c);
            }
        }

        private Info group() throws Unsupported {
            boolean saved = caseInsensitive;
            int open = at;
            at++;
            boolean look = false;
            boolean positiveAhead = false;
            if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
                at += 2;
            } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                look = true;
                positiveAhead = regex.charAt(at + 1) == '=';
                at += 2;
            } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                look = true;
                at += 3;
            } else if (regex.startsWith("?<", at)) {
                int close = regex.indexOf('>', at);
                if (close < 0) {
                    throw new Unsupported("group name at " + open);
                }
                at = close + 1;
            } else if (at < regex.length() && regex.charAt(at) == '?') {
                at++;
                boolean on = true;
                boolean turnOn = caseInsensitive;
                for (; at < regex.length() && regex.charAt(at) != ':' && regex.charAt(at) != ')'; at++) {
                    char f = regex.charAt(at);
                    if (f == '-') {
                        on = false;
                    } else if (f == 'i') {
                        turnOn = on;
                    } else {
                        throw new Unsupported("inline flag " + f);
                    }
                }
                if (at >= regex.length()) {
                    throw new Unsupported("unclosed flags");
                }
                caseInsensitive = turnOn;
                if (regex.charAt(at) == ')') {
                    at++;
                    return null;
                }
                at++;
            }
            Info inner = alternation();
            if (at >= regex.length() || regex.charAt(at) != ')') {
                throw new Unsupported("unclosed group at " + open);
            }
            at++;
            caseInsensitive = saved;
            if (look) {
                Info info = Info.zeroWidth();
                if (positiveAhead && inner.endsAnchored && inner.maxLength != UNBOUNDED) {
                    info.lookBound = inner.maxLength + LINE_TERMINATOR_SLACK;
                }
                return info;
            }
            return inner;
        }

        private Info escape() throws Unsupported {
            if (at + 1 >= regex.length()) {
                throw new Unsupported("trailing backslash");
            }
            char c = regex.charAt(at + 1);
            int start = at;
            at += 2;
            switch (c) {
                case 'Q': {
                    int end = regex.indexOf("\\E", at);
                    String quoted = end < 0 ? regex.substring(at) : regex.substring(at, end);
                    at = end < 0 ? regex.length() : end + 2;
                    List<Info> items = new ArrayList<>();
                    for (int i = 0; i < quoted.length(); i++) {
                        items.add(literal(quoted.charAt(i)));
                    }
                    return Info.sequence(items);
                }
                case 'b': case 'B': case 'A': case 'G': case 'z': case 'Z':
                    return Info.zeroWidth();
                case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
                    return opaque(regex.substring(start, at));
                case 'p': case 'P': {
                    if (at < regex.length() && regex.charAt(at) == '{') {
                        int close = regex.indexOf('}', at);
                        if (close < 0) {
                            throw new Unsupported("unclosed \\p{");
                        }
                        at = close + 1;
                    } else {
                        at++;
                    }
                    return opaque(regex.substring(start, at));
                }
                default:
                    return literal(escapedChar(c));
            }
        }

        /** The character an escape other than a class stands for; {@code at} is just after {@code \c}. */
        private char escapedChar(char c) throws Unsupported {
            switch (c) {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'a': return '\u0007';
                case 'e': return '\u001B';
                case 'u': {
                    if (at + 4 > regex.length()) {
                        throw new Unsupported("short \\u");
                    }
                    char value = (char) Integer.parseInt(regex.substring(at, at + 4), 16);
                    at += 4;
                    if (Character.isSurrogate(value)) {
                        throw new Unsupported("surrogate");
                    }
                    return value;
                }
                case 'x': {
                    if (at + 2 > regex.length() || regex.charAt(at) == '{') {
                        throw new Unsupported("\\x");
                    }
                    char value = (char) Integer.parseInt(regex.substring(at, at + 2), 16);
                    at += 2;
                    return value;
                }
                default:
                    if (Character.isLetterOrDigit(c) || c >= 128) {
                        throw new Unsupported("escape \\" + c);
                    }
                    return c;
            }
        }

        private Info characterClass() throws Unsupported {
            int start = at;
            at++;
            boolean enumerable = true;
            List<char[]> ranges = new ArrayList<>();
            if (at < regex.length() && regex.charAt(at) == '^') {
                enumerable = false;
                at++;
            }
            if (at < regex.length() && regex.charAt(at) == ']') {
                throw new Unsupported("] first in a class");
            }
            while (true) {
                if (at >= regex.length()) {
                    throw new Unsupported("unclosed class");
                }
                char c = regex.charAt(at);
                if (c == ']') {
                    at++;
                    break;
                }
                if (c == '[' || regex.startsWith("&&", at)) {
                    throw new Unsupported("nested class");
                }
                char low;
                if (c == '\\') {
                    if (at + 1 >= regex.length()) {
                        throw new Unsupported("trailing backslash");
                    }
                    char e = regex.charAt(at + 1);
                    if ("dDsSwWhHvV".indexOf(e) >= 0) {
                        enumerable = false;
                        at += 2;
                        continue;
                    }
                    if (e == 'p' || e == 'P') {
                        enumerable = false;
                        at += 2;
                        if (at < regex.length() && regex.charAt(at) == '{') {
                            int close = regex.indexOf('}', at);
                            if (close < 0) {
                                throw new Unsupported("unclosed \\p{");
                            }
                            at = close + 1;
                        } else {
                            at++;
                        }
                        continue;
                    }
                    if (e == 'Q') {
                        throw new Unsupported("\\Q in a class");
                    }
                    at += 2;
                    low = escapedChar(e);
                } else {
                    if (Character.isSurrogate(c)) {
                        throw new Unsupported("surrogate");
                    }
                    at++;
                    low = c;
                }
                char high = low;
                if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                    char h = regex.charAt(at + 1);
                    if (h == '[') {
                        throw new Unsupported("range to a class");
                    }
                    if (h == '\\') {
                        at += 2;
                        if (at >= regex.length()) {
                            throw new Unsupported("trailing backslash");
                        }
                        char e = regex.charAt(at);
                        at++;
                        high = escapedChar(e);
                    } else {
                        if (Character.isSurrogate(h)) {
                            throw new Unsupported("surrogate");
                        }
                        at += 2;
                        high = h;
                    }
                    if (high < low) {
                        throw new Unsupported("reversed range");
                    }
                }
                ranges.add(new char[] {low, high});
            }
            if (!enumerable) {
                return opaque(regex.substring(start, at));
            }
            Set<Literal> exact = new LinkedHashSet<>();
            long ascii0 = 0;
            long ascii1 = 0;
            for (char[] range : ranges) {
                if (range[1] - range[0] > MAX_RANGE) {
                    return opaque(regex.substring(start, at));
                }
                for (int c = range[0]; c <= range[1]; c++) {
                    Info one = literal((char) c);
                    ascii0 |= one.first0;
                    ascii1 |= one.first1;
                    exact = one.exact == null ? null : Info.union(exact, one.exact);
                    if (exact == null) {
                        return opaque(regex.substring(start, at));
                    }
                }
            }
            return Info.atom(ascii0, ascii1, exact);
        }

        /**
         * A literal character, or a member of a class. The line characters that can match it are those
         * whose lowercase (a line without special characters holds only characters whose lowercase is
         * their case folding) is one of the values below, whatever rule the regular expression engine
         * uses: a character, its lowercase, its case folding {@code lower(upper(c))} and those of its
         * upper- and lowercase.
         */
        private Info literal(char c) throws Unsupported {
            if (Character.isSurrogate(c)) {
                throw new Unsupported("surrogate");
            }
            Set<Character> values = new LinkedHashSet<>();
            if (caseInsensitive) {
                int upper = Character.toUpperCase((int) c);
                int lower = Character.toLowerCase((int) c);
                for (int v : new int[] {fold(c), fold(fold(c)), lower, c, fold(upper), fold(lower)}) {
                    if (v <= Character.MAX_VALUE && fold(v) == v) {
                        values.add((char) v);
                    }
                }
            } else if (fold(c) <= Character.MAX_VALUE) {
                values.add((char) fold(c));
            }
            if (values.isEmpty()) {
                throw new Unsupported("no lowercase for " + c);
            }
            long ascii0 = 0;
            long ascii1 = 0;
            for (int x = 0; x < 128; x++) {
                if (x == c || (caseInsensitive && values.contains((char) fold(x)))) {
                    if (x < 64) {
                        ascii0 |= 1L << x;
                    } else {
                        ascii1 |= 1L << (x - 64);
                    }
                }
            }
            Set<Literal> exact = new LinkedHashSet<>();
            for (char v : values) {
                exact.add(new Literal(String.valueOf(v), caseInsensitive ? null : String.valueOf(c)));
            }
            return Info.atom(ascii0, ascii1, exact);
        }

        private static int fold(int c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        /** An atom whose characters are not enumerated: its ASCII members are found by trying them. */
        private Info opaque(String source) {
            int atomFlags = caseInsensitive ? flags : flags & ~Pattern.CASE_INSENSITIVE;
            long[] ascii = asciiCache.computeIfAbsent(atomFlags + ":" + source, k -> {
                Pattern pattern = Pattern.compile(source, atomFlags);
                long[] bits = new long[2];
                for (int x = 0; x < 128; x++) {
                    if (pattern.matcher(String.valueOf((char) x)).matches()) {
                        bits[x >>> 6] |= 1L << (x & 63);
                    }
                }
                return bits;
            });
            return Info.atom(ascii[0], ascii[1], null);
        }
    }
}
