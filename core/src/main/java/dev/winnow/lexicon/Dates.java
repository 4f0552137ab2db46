package dev.winnow.lexicon;

import dev.winnow.match.FirstChars;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates written in a line of text, for the publication date of a page: ISO dates
 * ({@code 2019-04-10}, also inside a timestamp, and {@code 2019/04/10}), numeric dates ({@code 10.04.2019},
 * {@code 4/10/2019}, {@code 10-04-2019}), dates with a month's name in the document's language or English
 * ({@code Nov 19, 2019}, {@code 19 novembre 2019}, {@code 19. November 2019}, {@code 19 de noviembre de 2019},
 * {@code 25-Jun-2019}, {@code 2019 Jun 25}) and CJK dates ({@code 2019年4月10日}). A date without a day, or
 * out of range, is not a date. Immutable.
 */
public final class Dates {
    /** Years outside this range are not read as a publication date. */
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private final Pattern pattern;
    /** What a month name starts with: with a digit, the only characters a date can start with. */
    private final FirstChars monthStarts;
    private final Map<String, Integer> months;
    /** Whether a numeric date with slashes puts the month first ({@code 4/10/2019} is April 10th in English). */
    private final boolean monthFirst;

    /**
     * @param months     month names (lowercase) to their number, the language's and English's
     * @param monthFirst whether {@code a/b/yyyy} reads as month/day when both could be either
     */
    Dates(Map<String, Integer> months, boolean monthFirst) {
        this.months = Map.copyOf(months);
        this.monthFirst = monthFirst;
        List<String> names = new ArrayList<>(months.keySet());
        names.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder();
        for (String name : names) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        String month = "(" + alternation + ")";
        // no month names make the month group match the empty string: then a date may start anywhere
        this.monthStarts = FirstChars.of(names.isEmpty() ? List.of("") : names);
        String ordinal = "(?:st|nd|rd|th|er|º|°)?";
        // a year, or one glued to the time or reading time after it ("Nov 9, 202211:01 AM", "Mar 27, 20255 mins")
        String year = "((?:19|20)\\d{2}(?=\\d{1,2}(?::\\d{2}|\\s*min))|\\d{4}(?![\\d]))";
        // a month name after no letter, or glued to a lowercase word before it ("Jane RoeMar 5, 2025")
        String monthStart = "(?:(?<!\\p{L})|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))";
        this.pattern = Pattern.compile(String.join("|",
                "(?<![\\d])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])",
                "(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\5(\\d{4}|\\d{2})(?![\\d])",
                monthStart + month + "\\.?\\s+(\\d{1,2})" + ordinal + ",?\\s+" + year,
                "(?<![\\d])(\\d{1,2})" + ordinal + "(?:\\.?\\s+(?:of\\s+|de\\s+)?|[.-])" + month
                        + "(?!\\p{L})(?:\\.?,?\\s+(?:de\\s+)?|\\.|-)" + year,
                "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日",
                "(?<![\\d])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d])",
                "(?<![\\d])(\\d{4})\\s+" + month + "\\.?\\s+(\\d{1,2})(?![\\d])"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first date in the text, or empty. */
    Optional<LocalDate> first(String text) {
        if (!mayHoldDate(text)) {
            return Optional.empty();
        }
        Matcher m = matcher(text);
        for (int from = 0; next(m, text, from); from = m.end()) {
            Optional<LocalDate> date = read(m);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The text with every date in it replaced by a space. */
    public String strip(String text) {
        if (!mayHoldDate(text)) {
            return text;
        }
        Matcher m = matcher(text);
        StringBuilder out = null;
        int last = 0;
        for (int from = 0; next(m, text, from); from = m.end()) {
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, last, m.start()).append(read(m).isPresent() ? " " : m.group());
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** A matcher whose region may start inside the text while its lookbehinds see what comes before. */
    private Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Finds the next date form at or after {@code from} as {@link Matcher#find()} would from there, trying
     * only the positions a match can start at (a digit, or a character a month name starts with, each
     * where the forms' lookbehinds allow it); true when found, the match then in {@code m}. Dates are
     * rare: most positions of a line are skipped.
     */
    private boolean next(Matcher m, String text, int from) {
        int n = text.length();
        // the forms that start with a digit need none before it, but the one with 年
        boolean anyDigit = text.indexOf('年', from) >= 0;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            boolean start = c >= '0' && c <= '9' ? anyDigit || i == 0 || !isDigit(text.charAt(i - 1))
                    // a month name needs no letter before it, or a lowercase one before its capital
                    : monthStarts.admits(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1))
                            || Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1)));
            if (start) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The start and end of every match {@link #first} and {@link #strip} visit, in order (for tests). */
    List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = matcher(text);
        for (int from = 0; next(m, text, from); from = m.end()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The date forms as one pattern (for tests). */
    Pattern pattern() {
        return pattern;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether the text has the {@value #MIN_DIGITS} ASCII digits every form of date needs (two of day and
     * month and two of a year at the least): most lines do not, and need not be searched.
     */
    private static boolean mayHoldDate(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < MIN_DIGITS; i++) {
            char c = text.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        return digits >= MIN_DIGITS;
    }

    /** The fewest digits a date is written with ({@code 1.4.19}). */
    static final int MIN_DIGITS = 4;

    /** True when the text holds a date. */
    public boolean has(String text) {
        return first(text).isPresent();
    }

    private Optional<LocalDate> read(Matcher m) {
        if (m.group(1) != null) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if (m.group(4) != null) {
            int a = Integer.parseInt(m.group(4));
            int b = Integer.parseInt(m.group(6));
            String year = m.group(7);
            if (m.group(5).equals("-") && year.length() == 2) {
                return Optional.empty(); // 10-04-19 is as often a code or a range as a date
            }
            boolean dayFirst = !m.group(5).equals("/") || !monthFirst || a > 12; // 4/10 is April in English, 4.10 and 4-10 October
            if (a > 12 && b > 12) {
                return Optional.empty();
            }
            if (b > 12) {
                dayFirst = false;
            }
            return dayFirst ? date(year, String.valueOf(b), String.valueOf(a)) : date(year, String.valueOf(a), String.valueOf(b));
        }
        if (m.group(8) != null) {
            return date(m.group(10), month(m.group(8)), m.group(9));
        }
        if (m.group(11) != null) {
            return date(m.group(13), month(m.group(12)), m.group(11));
        }
        if (m.group(14) != null) {
            return date(m.group(14), m.group(15), m.group(16));
        }
        if (m.group(17) != null) {
            return date(m.group(17), m.group(18), m.group(19));
        }
        return date(m.group(20), month(m.group(21)), m.group(22));
    }

    private String month(String name) {
        Integer number = months.get(name.toLowerCase(Locale.ROOT));
        return number == null ? "0" : number.toString();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += 2000;
        }
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
