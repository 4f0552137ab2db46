package dev.winnow.context;

import dev.winnow.Label;
import dev.winnow.classify.Assessment;
import dev.winnow.classify.Assessment.Quality;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.text.Text;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a comment thread under an article: readers' comments are prose, and a dump has no markup to set them
 * apart (nor has many a page), so without help the article region runs on into them (or, when they hold more
 * text than the article, goes to them). What gives a thread away is its stamps: each comment carries a
 * short line with a date and a time of day ({@code 9. April 2019 @ 09:29}, {@code (22 juin 2018 @11h13)},
 * {@code March 3, 2019 at 4:15 pm}), and they come one after another at the pace of comments.
 *
 * <p>A thread is at least {@value #MIN_STAMPS} such stamps, each within {@value #MAX_GAP_LINES} visible
 * lines of the one before, after at least {@value #MIN_ARTICLE_CHARS} characters of prose: a page that
 * starts with its stamps (a forum, a list of posts) is not an article with comments, and is left alone; so
 * is a question-and-answer page, whose stamps open like an answer's ({@code answered Feb 4, 2014 at 20:52}).
 * The thread starts at its first stamp, or at the author's name or the count of comments just above it,
 * or, when a comments heading stands between the first stamp and the second (the first is then the
 * article's own), at the heading. It ends where the last comment does: as many visible lines after the
 * last stamp as the longest comment before it, or at the next section heading or ad.
 *
 * <p>The article region never enters a thread. The lines of one that a comments heading announces are all
 * navigation but its ads; those of another keep the labels the rest of the pass and the model give them (a
 * list of stamped items may be one of sponsored events).
 */
public final class CommentThreads {
    private CommentThreads() {
    }

    /**
     * What a thread is found by: the lines that are stamps, and the lines with the language (and English)
     * to tell, for the few lines above a thread, whether one announces comments ({@link #announces}).
     */
    public record Clues(boolean[] stamps, List<String> texts, Lexicon.Language language, Lexicon.Language english) {
        /**
         * Whether line {@code i}, less a leading count, is a navigation section heading or opens or ends
         * with one: {@code 27 commentaires}, {@code 124 Reader Comments}, {@code Kommentare Schreibe einen Kommentar}.
         */
        boolean announces(int i) {
            String text = texts.get(i);
            return text.length() <= STAMP_MAX_CHARS && (CommentThreads.announces(text, language) || CommentThreads.announces(text, english));
        }
    }

    /**
     * A thread: its first and last line, and whether a line announcing comments stands in its head or
     * within {@value #ANNOUNCE_LINES} visible lines above it. An announced thread is comments even when its
     * posts repeat like the records of a list; one that is not may be a forum's posts.
     */
    record Thread(int from, int to, boolean announced) {
    }

    /** How many visible lines above a thread's first stamp a line announcing comments may stand. */
    static final int ANNOUNCE_LINES = 10;

    /** The fewest stamps a thread has. */
    static final int MIN_STAMPS = 3;
    /** Two stamps of a thread are at most this many visible lines apart. */
    static final int MAX_GAP_LINES = 60;
    /** A stamp line has at most this many characters. */
    static final int STAMP_MAX_CHARS = 80;
    /** A thread comes after at least this many characters of prose. */
    static final int MIN_ARTICLE_CHARS = 500;
    /** Above its first stamp, a thread takes at most this many short lines (the author, the comment count). */
    static final int MAX_HEAD_LINES = 2;
    /** Such a line has at most this many words. */
    static final int HEAD_MAX_WORDS = 5;

    /** A stamp has at least this many digits: a time's three and a day's one ({@code 9 April 2019 4:15}). */
    static final int MIN_STAMP_DIGITS = 4;

    private static int digits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        return digits;
    }

    /** A time of day: {@code 09:29}, {@code 11h13}, {@code 4:15 pm}. */
    private static final Pattern TIME = Pattern.compile("(?<![\\d.:])(?:[01]?\\d|2[0-3])\\s?[:h]\\s?[0-5]\\d(?![\\d.:])");

    /**
     * Which lines are stamps: short, with a date and a time of day. None on a question-and-answer page,
     * where a stamp opens like an answer's ({@code answer.stamp.openers.txt}: "answered Feb 4, 2014 at
     * 20:52"): there the posts under the question are the content.
     */
    public static Clues clues(List<String> texts, Lexicon.Language language, Lexicon.Language english) {
        boolean[] stamps = new boolean[texts.size()];
        for (int i = 0; i < stamps.length; i++) {
            String text = texts.get(i);
            stamps[i] = text.length() <= STAMP_MAX_CHARS && digits(text) >= MIN_STAMP_DIGITS && TIME.matcher(text).find()
                    && language.dates().has(text);
            if (stamps[i] && language.cues().answerStamp(text)) {
                return new Clues(new boolean[texts.size()], texts, language, english);
            }
        }
        return new Clues(stamps, texts, language, english);
    }

    /** A count before a heading: {@code 27} of {@code 27 commentaires}. */
    private static final Pattern LEADING_COUNT = Pattern.compile("^[\\d.,]+\\s*");

    /** Whether the line, less a leading count, is a navigation section heading or opens or ends with one. */
    private static boolean announces(String text, Lexicon.Language language) {
        String line = LEADING_COUNT.matcher(Text.normalize(text)).replaceFirst("");
        for (Lexicon.Section section : language.sections().values()) {
            String heading = section.heading();
            if (section.label() == Label.NAVIGATION && (line.equals(heading) || line.startsWith(heading + " ")
                    || line.endsWith(" " + heading))) {
                return true;
            }
        }
        return false;
    }

    /** The page's comment thread, or null when it has none. */
    static Thread find(List<Assessment> lines, Clues clues) {
        boolean[] stamps = clues.stamps();
        int n = lines.size();
        int first = -1, last = -1, count = 0, longest = 0;
        int runFirst = -1, runCount = 0, runLongest = 0, sinceStamp = 0;
        for (int i = 0; i < n; i++) {
            boolean visible = lines.get(i).quality() != Quality.BLANK;
            if (stamps[i]) {
                if (runFirst >= 0 && sinceStamp <= MAX_GAP_LINES) {
                    runCount++;
                    runLongest = Math.max(runLongest, sinceStamp);
                } else {
                    runFirst = i;
                    runCount = 1;
                    runLongest = 0;
                }
                sinceStamp = 0;
                if (runCount >= MIN_STAMPS && runCount > count) {
                    first = runFirst;
                    last = i;
                    count = runCount;
                    longest = runLongest;
                }
            } else if (visible) {
                sinceStamp++;
            }
        }
        if (count < MIN_STAMPS) {
            return null;
        }
        // the article's own stamp ("Posted by Jane Roe at December 16, 2025 11:15 AM") may come first, with
        // the comments heading after it: then the thread starts at the heading
        int second = first + 1;
        while (!stamps[second]) {
            second++;
        }
        for (int i = first + 1; i < second; i++) {
            if (clues.announces(i)) {
                return proseBefore(lines, i) < MIN_ARTICLE_CHARS ? null : new Thread(i, tail(lines, last, longest), true);
            }
        }
        int from = head(lines, first);
        if (proseBefore(lines, from) < MIN_ARTICLE_CHARS) {
            return null;
        }
        return new Thread(from, tail(lines, last, longest), announced(lines, clues, from, first));
    }

    /** Whether a line from {@link #ANNOUNCE_LINES} visible lines above {@code from} to the first stamp announces comments. */
    private static boolean announced(List<Assessment> lines, Clues clues, int from, int stamp) {
        int seen = 0;
        for (int i = from - 1; i >= 0 && seen < ANNOUNCE_LINES; i--) {
            if (lines.get(i).quality() != Quality.BLANK) {
                seen++;
                if (clues.announces(i)) {
                    return true;
                }
            }
        }
        for (int i = from; i < stamp; i++) {
            if (clues.announces(i)) {
                return true;
            }
        }
        return false;
    }

    /** The thread's first line: the first stamp, or up to {@link #MAX_HEAD_LINES} short lines above it. */
    private static int head(List<Assessment> lines, int stamp) {
        int from = stamp;
        int taken = 0;
        for (int i = stamp - 1; i >= 0 && taken < MAX_HEAD_LINES; i--) {
            Assessment a = lines.get(i);
            if (a.quality() == Quality.BLANK) {
                continue;
            }
            if (a.section() != null || a.features().terminal() || a.features().words() > HEAD_MAX_WORDS
                    || (a.quality() != Quality.SHORT && a.quality() != Quality.RULE)) {
                break;
            }
            from = i;
            taken++;
        }
        return from;
    }

    /**
     * The thread's last line: {@code longest} visible lines after the last stamp, or before the next section
     * heading or ad (a newsletter form under the comments is not theirs).
     */
    private static int tail(List<Assessment> lines, int stamp, int longest) {
        int to = stamp;
        int seen = 0;
        for (int i = stamp + 1; i < lines.size() && seen < longest; i++) {
            Assessment a = lines.get(i);
            if (a.section() != null || a.label() == Label.AD) {
                break;
            }
            if (a.quality() != Quality.BLANK) {
                seen++;
                to = i;
            }
        }
        return to;
    }

    /** The characters of the prose (long lines no rule decided) above line {@code to}. */
    private static int proseBefore(List<Assessment> lines, int to) {
        int chars = 0;
        for (int i = 0; i < to; i++) {
            Assessment a = lines.get(i);
            if (!a.decided() && (a.quality() == Quality.GOOD || a.quality() == Quality.NEAR)) {
                chars += a.features().chars();
            }
        }
        return chars;
    }
}
