package dev.winnow.match;

import dev.winnow.match.PatternFilter.Literal;
import dev.winnow.text.Text;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link PatternFilter} knows about a part of a regular expression: whether it can match the empty
 * string, the ASCII characters its matches can start and end with, the longest match, the matches
 * themselves when they are few literals, literals every match contains, and whether every match
 * contains a digit. Built bottom-up by {@link RegexReader}; the combinators ({@link #sequence},
 * {@link #alternation}, {@link #repeat}) keep every statement true, losing precision rather than
 * risking a wrong one.
 */
final class RegexFacts {
    private static final int UNBOUNDED = PatternFilter.UNBOUNDED;
    private static final int MAX_LITERALS = PatternFilter.MAX_LITERALS;

    /** Whether the part can match the empty string. */
    boolean nullable;
    /** The ASCII characters a match can start with (bits 0-63, 64-127), and end with. */
    long first0, first1, last0, last1;
    /** The longest match, in characters ({@link PatternFilter#UNBOUNDED} when there is none). */
    int maxLength;
    /** Every string the part matches, when few and known, else null. */
    Set<Literal> exact;
    /** Literals one of which every match of the part contains, else null. */
    Set<Literal> required;
    /** Every match of the part contains a digit: a character {@link Text#flags} marks {@link Text#DIGIT}. */
    boolean digit;
    /** The part is {@code ^} or {@code $}; a sequence that starts with {@code ^} or ends with {@code $}. */
    boolean start, end, startsAnchored, endsAnchored;
    /** For a positive lookahead ending in {@code $}: the longest text it admits. */
    int lookBound = UNBOUNDED;
    /** For a sequence: the smallest bound of the lookaheads right after a leading {@code ^}. */
    int leadBound = UNBOUNDED;

    /** An anchor, a lookaround or an empty group: matches the empty string only. */
    static RegexFacts zeroWidth() {
        RegexFacts info = new RegexFacts();
        info.nullable = true;
        info.exact = Set.of(new Literal("", ""));
        return info;
    }

    /**
     * One character out of a set: its ASCII members, the set as literals when it is known, and whether
     * every member is a digit.
     */
    static RegexFacts atom(long ascii0, long ascii1, Set<Literal> exact, boolean digit) {
        RegexFacts info = new RegexFacts();
        info.digit = digit;
        info.first0 = info.last0 = ascii0;
        info.first1 = info.last1 = ascii1;
        info.maxLength = 1;
        info.exact = exact;
        info.required = exact;
        return info;
    }

    /** The parts one after the other. */
    static RegexFacts sequence(List<RegexFacts> items) {
        if (items.isEmpty()) {
            return zeroWidth();
        }
        if (items.size() == 1) {
            RegexFacts only = items.get(0);
            only.startsAnchored |= only.start;
            only.endsAnchored |= only.end;
            return only;
        }
        RegexFacts out = new RegexFacts();
        out.nullable = true;
        for (RegexFacts item : items) {
            out.nullable &= item.nullable;
            out.digit |= item.digit;
            out.maxLength = add(out.maxLength, item.maxLength);
        }
        for (RegexFacts item : items) {
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
        for (RegexFacts item : items) {
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

    /** One of the parts. */
    static RegexFacts alternation(List<RegexFacts> alternatives) {
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        RegexFacts out = new RegexFacts();
        Set<Literal> exact = new LinkedHashSet<>();
        Set<Literal> required = new LinkedHashSet<>();
        out.digit = true;
        for (RegexFacts alternative : alternatives) {
            out.digit &= alternative.digit;
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

    /** The part {@code min} to {@code max} times ({@link PatternFilter#UNBOUNDED} for no maximum). */
    static RegexFacts repeat(RegexFacts item, int min, int max) {
        RegexFacts out = new RegexFacts();
        out.nullable = min == 0 || item.nullable;
        out.first0 = item.first0;
        out.first1 = item.first1;
        out.last0 = item.last0;
        out.last1 = item.last1;
        out.maxLength = max == UNBOUNDED ? (item.maxLength == 0 ? 0 : UNBOUNDED) : multiply(item.maxLength, max);
        if (item.exact != null && max <= PatternFilter.MAX_EXPANDED_REPEAT) {
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
        out.digit = min >= 1 && item.digit;
        return out;
    }

    /** The best set of literals that every match of the part contains, or null. */
    static Set<Literal> required(RegexFacts info) {
        return better(withoutEmpty(info.exact), info.required);
    }

    /** The set, or null when it holds the empty string (which every text contains). */
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

    /** Every literal of {@code a} followed by every literal of {@code b}; null when too many. */
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

    /** The literals of both; null when either is unknown or they are too many. */
    static Set<Literal> union(Set<Literal> a, Set<Literal> b) {
        if (a == null || b == null) {
            return null;
        }
        Set<Literal> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out.size() > MAX_LITERALS ? null : out;
    }

    /** Lengths added, {@link PatternFilter#UNBOUNDED} absorbing. */
    static int add(int a, int b) {
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : (int) Math.min((long) a + b, UNBOUNDED - 1);
    }

    /** A length times a count, {@link PatternFilter#UNBOUNDED} absorbing. */
    static int multiply(int a, int b) {
        return a == UNBOUNDED ? UNBOUNDED : (int) Math.min((long) a * b, UNBOUNDED - 1);
    }
}
