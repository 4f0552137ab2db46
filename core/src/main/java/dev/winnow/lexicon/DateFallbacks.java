package dev.winnow.lexicon;

import dev.winnow.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The last resorts of {@link CreditReader} for the publication date of a page nothing else dates, in the
 * order it tries them: a short line anywhere that opens with a publication stamp ({@code Published:}); a
 * short date line in the page's top half; a line in its top part that holds a date among other short
 * items. Each gives the lines; the reader takes the first date of them.
 */
final class DateFallbacks {
    private DateFallbacks() {
    }

    /** Opens a date stamp that says when the page was published: "Published:", "Posted on", "Date:". */
    private static final Pattern PUBLISHED = Pattern.compile("^(?:published|posted|date)(?:\\s+on)?\\b\\s*:?", Pattern.CASE_INSENSITIVE);

    /** The short lines anywhere, whatever their label, that open with a publication stamp and hold a date. */
    static List<Line> stampedLines(List<Line> lines) {
        return top(lines, 1, text -> text.length() <= CreditReader.SHORT_BYLINE_CHARS && PUBLISHED.matcher(text).find());
    }

    /** What separates words: anything not a letter. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Only date lines in this share of the page, from its top, date it (further down are comments and teasers). */
    static final double DATE_LINE_TOP_SHARE = 0.5;
    /** Besides its date and date words, a date line holds at most this many words (a name, a site). */
    static final int DATE_LINE_OTHER_WORDS = 2;

    /**
     * The short lines anywhere, whatever their label, that are a date and little else ({@code February 10, 2025},
     * {@code 2/24/2026}, {@code October 8, 2024 Acme}): the last resort for a page nothing else dates.
     */
    static List<Line> dateLines(List<Line> lines, Lexicon.Language language) {
        return top(lines, DATE_LINE_TOP_SHARE, text -> {
            if (text.length() > CreditReader.SHORT_BYLINE_CHARS || !language.dates().has(text)) {
                return false;
            }
            int others = 0;
            for (String word : NON_LETTERS.split(language.dates().strip(text))) {
                others += word.length() > 1 && !Cues.of(language).dateWords.contains(word.toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
            }
            return others <= DATE_LINE_OTHER_WORDS;
        });
    }

    /** Only dated byline lines in this share of the page, from its top, date it. */
    static final double DATED_BYLINE_TOP_SHARE = 0.3;
    /** A dated byline line has at most this many characters. */
    static final int DATED_BYLINE_MAX_CHARS = 100;

    /**
     * The lines in the page's top part that hold a date among other short items, not a sentence
     * ({@code Jane Roe 02 Feb 2026 Product Reviews 7 Comments}, {@code December 15, 2025 · 30 min · Jane Roe},
     * {@code November 28, 2025/Living Healthy/Wellness}): after every other, for a page nothing else dates.
     */
    static List<Line> datedBylines(List<Line> lines, Lexicon.Language language) {
        return top(lines, DATED_BYLINE_TOP_SHARE, text -> text.length() <= DATED_BYLINE_MAX_CHARS
                && !sentence(text) && language.dates().has(text));
    }

    /** Whether the text ends a sentence somewhere: a full stop, question or exclamation mark at its end or before a space. */
    static boolean sentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    /** A sentence's end: a full stop, question or exclamation mark at the end of the line or before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");

    /** The lines in this share of the page, from its top, whose stripped text {@code keep} accepts. */
    private static List<Line> top(List<Line> lines, double share, Predicate<String> keep) {
        List<Line> out = new ArrayList<>();
        for (Line line : lines.subList(0, (int) (lines.size() * share))) {
            if (keep.test(line.text().strip())) {
                out.add(line);
            }
        }
        return out;
    }
}
