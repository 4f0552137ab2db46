package dev.winnow.match;

import dev.winnow.match.PatternFilter.Literal;
import dev.winnow.text.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A recursive-descent reader of the subset of the regular expression syntax the data files use; it
 * computes the {@link RegexFacts} of each part. Anything it does not read throws {@link Unsupported}.
 */
public final class RegexReader {
    private static final int UNBOUNDED = PatternFilter.UNBOUNDED;
    /** Key bit of {@link #LETTERS} for a character read case-insensitively. */
    private static final int CASE_INSENSITIVE_KEY = 1 << Character.SIZE;
    /** The facts of literal characters, by character and case sensitivity, shared by all readers. */
    private static final Map<Integer, Letter> LETTERS = new ConcurrentHashMap<>();
    /** The ASCII members of opaque atoms, by flags and source, shared by all readers. */
    private static final Map<String, long[]> OPAQUE = new ConcurrentHashMap<>();
    /** The class of digits. */
    public static final String DIGIT_CLASS = "\\d";

    /** Thrown for syntax the filter does not read. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private final String regex;
    private final int flags;
    private int at;
    private boolean caseInsensitive;

    RegexReader(String regex, int flags) throws Unsupported {
        if ((flags & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)) != 0
                || (flags & Pattern.CASE_INSENSITIVE) != 0 && (flags & (Pattern.UNICODE_CASE
                | Pattern.UNICODE_CHARACTER_CLASS)) == 0) {
            throw new Unsupported("flags " + flags);
        }
        this.regex = regex;
        this.flags = flags;
        this.caseInsensitive = (flags & Pattern.CASE_INSENSITIVE) != 0;
    }

    /** The facts of the whole expression. */
    RegexFacts read() throws Unsupported {
        RegexFacts root = alternation();
        if (at != regex.length()) {
            throw new Unsupported("unbalanced ) at " + at);
        }
        return root;
    }

    private RegexFacts alternation() throws Unsupported {
        List<RegexFacts> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            alternatives.add(sequence());
        }
        return RegexFacts.alternation(alternatives);
    }

    private RegexFacts sequence() throws Unsupported {
        List<RegexFacts> items = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            RegexFacts item = atom();
            if (item != null) {
                items.add(quantified(item));
            }
        }
        return RegexFacts.sequence(items);
    }

    private RegexFacts quantified(RegexFacts item) throws Unsupported {
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
            return min == 0 ? RegexFacts.zeroWidth() : item;
        }
        if (item.start || item.end) {
            throw new Unsupported("quantified anchor");
        }
        return quantified(RegexFacts.repeat(item, min, max));
    }

    /** The next atom, or null for an inline flag that only changes the case sensitivity. */
    private RegexFacts atom() throws Unsupported {
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
                RegexFacts info = RegexFacts.zeroWidth();
                info.start = true;
                return info;
            }
            case '$': {
                at++;
                RegexFacts info = RegexFacts.zeroWidth();
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

    private RegexFacts group() throws Unsupported {
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
        RegexFacts inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new Unsupported("unclosed group at " + open);
        }
        at++;
        caseInsensitive = saved;
        if (look) {
            RegexFacts info = RegexFacts.zeroWidth();
            if (positiveAhead && inner.endsAnchored && inner.maxLength != UNBOUNDED) {
                info.lookBound = inner.maxLength + PatternFilter.LINE_TERMINATOR_SLACK;
            }
            return info;
        }
        return inner;
    }

    private RegexFacts escape() throws Unsupported {
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
                List<RegexFacts> items = new ArrayList<>();
                for (int i = 0; i < quoted.length(); i++) {
                    items.add(literal(quoted.charAt(i)));
                }
                return RegexFacts.sequence(items);
            }
            case 'b': case 'B': case 'A': case 'G': case 'z': case 'Z':
                return RegexFacts.zeroWidth();
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
                return opaque(regex.substring(start, at));
            case 'p': case 'P': {
                at = afterPropertyName(regex, at);
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

    private RegexFacts characterClass() throws Unsupported {
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
                    at = afterPropertyName(regex, at + 2);
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
            if (range[1] - range[0] > PatternFilter.MAX_RANGE) {
                return opaque(regex.substring(start, at));
            }
            for (int c = range[0]; c <= range[1]; c++) {
                RegexFacts one = literal((char) c);
                ascii0 |= one.first0;
                ascii1 |= one.first1;
                exact = one.exact == null ? null : RegexFacts.union(exact, one.exact);
                if (exact == null) {
                    return opaque(regex.substring(start, at));
                }
            }
        }
        return RegexFacts.atom(ascii0, ascii1, exact, allDigits(exact));
    }

    /**
     * A literal character, or a member of a class. The line characters that can match it are those
     * whose lowercase (a line without special characters holds only characters whose lowercase is
     * their case folding) is one of the values below, whatever rule the regular expression engine
     * uses: a character, its lowercase, its case folding {@code lower(upper(c))} and those of its
     * upper- and lowercase.
     */
    private RegexFacts literal(char c) throws Unsupported {
        if (Character.isSurrogate(c)) {
            throw new Unsupported("surrogate");
        }
        Letter letter = LETTERS.computeIfAbsent(caseInsensitive ? c | CASE_INSENSITIVE_KEY : c,
                k -> Letter.of(c, caseInsensitive));
        if (letter.exact().isEmpty()) {
            throw new Unsupported("no lowercase for " + c);
        }
        return RegexFacts.atom(letter.ascii0(), letter.ascii1(), letter.exact(), allDigits(letter.exact()));
    }

    /** What {@link #literal} finds for a character, kept for the next pattern: it is the same. */
    private record Letter(long ascii0, long ascii1, Set<Literal> exact) {
        static Letter of(char c, boolean caseInsensitive) {
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
            return new Letter(ascii0, ascii1, Collections.unmodifiableSet(exact));
        }
    }

    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether the literals are all one character, a digit (none for an unknown set). */
    private static boolean allDigits(Set<Literal> literals) {
        if (literals == null || literals.isEmpty()) {
            return false;
        }
        for (Literal literal : literals) {
            if (literal.lowered().length() != 1 || (Text.flags(literal.lowered().charAt(0)) & Text.DIGIT) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * An atom whose characters are not enumerated: its ASCII members are found by trying them. Of these
     * atoms only {@code \d} is known to match digits only: {@code [0-9]}, or in Unicode mode the characters
     * {@link Character#isDigit(char)} accepts, which {@link Text#flags} marks {@link Text#DIGIT}
     * ({@code MatchingTest} tries every character).
     */
    private RegexFacts opaque(String source) {
        int atomFlags = caseInsensitive ? flags : flags & ~Pattern.CASE_INSENSITIVE;
        long[] ascii = OPAQUE.computeIfAbsent(atomFlags + ":" + source, k -> {
            Pattern pattern = Pattern.compile(source, atomFlags);
            long[] bits = new long[2];
            for (int x = 0; x < 128; x++) {
                if (pattern.matcher(String.valueOf((char) x)).matches()) {
                    bits[x >>> 6] |= 1L << (x & 63);
                }
            }
            return bits;
        });
        return RegexFacts.atom(ascii[0], ascii[1], null, source.equals(DIGIT_CLASS));
    }

    /**
     * The index after the property name of a {@code \p} or {@code \P} escape whose letter ends just
     * before {@code at}: a name in braces (<code>\p{Lu}</code>) or one letter ({@code \pL}).
     */
    private static int afterPropertyName(String regex, int at) throws Unsupported {
        if (at < regex.length() && regex.charAt(at) == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                throw new Unsupported("unclosed \\p{");
            }
            return close + 1;
        }
        return at + 1;
    }
}
