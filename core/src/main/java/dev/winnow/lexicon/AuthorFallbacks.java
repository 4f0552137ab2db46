package dev.winnow.lexicon;

import dev.winnow.Label;
import dev.winnow.Line;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page names its author when no byline near the headline does, tried in this order by
 * {@link CreditReader}: a byline word alone on its line with the name on the next one ({@code Article by} /
 * {@code Jane Roe}) or an author box's heading ({@code About Jane Roe}), anywhere in the page; a date line whose items name a person ({@code Dec 15, 2025 · 30 min
 * · Jane Roe}) near the headline; the person who holds a personal site's copyright ({@code © 2025 Jane Roe.
 * All rights reserved.}). The names must look like a person's: a listed given name and a surname.
 */
final class AuthorFallbacks {
    /** A label line and its name line are read up to this many characters each. */
    static final int SHORT_CHARS = 60;
    /** A line that is only a byline word has at most this many characters ("This article was written by"). */
    static final int LABEL_MAX_CHARS = 32;
    /** A copyright line is read up to this many characters. */
    static final int COPYRIGHT_MAX_CHARS = 120;

    /** White space and colons that end a label line ("Written by:"). */
    private static final Pattern LABEL_END = Pattern.compile("[\\s:]+$");
    /** A copyright notice's opening: the sign or the word, then years. */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:copyright\\s*)?(?:©|\\(c\\))?\\s*(?:copyright\\s*)?(?:(?:19|20)\\d{2}\\s*(?:[-–]\\s*(?:19|20)?\\d{2,4})?\\s*,?\\s*)?",
            Pattern.CASE_INSENSITIVE);
    /** What follows the holder's name: years, a full stop, a possessive ({@code Jane Roe's Blog}), a bar or dash. */
    private static final Pattern AFTER_HOLDER = Pattern.compile("(?:’s|'s)\\b.*$|\\s*[.,|–—-]\\s.*$|\\s+(?:19|20)\\d{2}.*$|\\.$");

    private AuthorFallbacks() {
    }

    /**
     * An author box's heading ({@code About Jane Roe}), or a line that is only a byline word ({@code Written by},
     * {@code Article by:}) and a name on the next visible line.
     */
    static Optional<String> labelledName(List<Line> lines, Lexicon.Language language) {
        for (int i = 0; i < lines.size(); i++) {
            String name = labelledName(lines, i, language);
            if (name != null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The name line {@code i} labels, or null. A method per line, so that the JIT compiler compiles a line's
     * work once, not the page's loop again each time a page breaks its profile (benchmarks/README.md, stop 30).
     */
    private static String labelledName(List<Line> lines, int i, Lexicon.Language language) {
        String text = lines.get(i).text().strip();
        if (text.isEmpty() || text.length() > SHORT_CHARS) {
            return null;
        }
        String boxed = Cues.of(language).authorBoxName(text);
        if (boxed != null && person(boxed, language)) {
            return boxed;
        }
        if (text.length() > LABEL_MAX_CHARS || !language.byline().isWord(LABEL_END.matcher(text).replaceFirst(""))) {
            return null;
        }
        int next = nextVisible(lines, i);
        if (next >= 0) {
            String name = lines.get(next).text().strip();
            if (name.length() <= SHORT_CHARS && person(name, language)) {
                return name;
            }
        }
        return null;
    }

    /** An item of a short line holding a date that is a given name and a surname: {@code Dec 15, 2025 · Jane Roe}. */
    static Optional<String> datedItem(List<Line> near, Lexicon.Language language) {
        for (Line line : near) {
            String text = line.text().strip();
            if (text.length() > CreditReader.LINE_MAX_CHARS || !language.dates().has(text)) {
                continue;
            }
            for (String item : CreditReader.ITEMS.split(text)) {
                String name = item.strip();
                if (person(name, language)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** The person who holds the copyright of a personal site: {@code © 2025 Jane Roe. All rights reserved.} */
    static Optional<String> copyrightHolder(List<Line> lines, Lexicon.Language language) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String holder = holder(lines.get(i).text().strip(), language);
            if (holder != null) {
                return Optional.of(holder);
            }
        }
        return Optional.empty();
    }

    /** The person a copyright line names, or null (a call per line, as {@link #labelledName(List, int, Lexicon.Language)}). */
    private static String holder(String text, Lexicon.Language language) {
        if (text.length() > COPYRIGHT_MAX_CHARS || !(text.contains("©") || text.regionMatches(true, 0, "copyright", 0, 9))) {
            return null;
        }
        Matcher open = COPYRIGHT.matcher(text);
        if (!open.lookingAt()) {
            return null;
        }
        String holder = AFTER_HOLDER.matcher(text.substring(open.end()).strip()).replaceFirst("").strip();
        return person(holder, language) ? holder : null;
    }

    /** A given name and a surname, two or three capitalised words in all, none a date, credit or organisation word. */
    private static boolean person(String name, Lexicon.Language language) {
        Cues cues = Cues.of(language);
        return cues.givenAndSurname(name) && !cues.organisation(name) && BylineNames.personName(name)
                && name.chars().noneMatch(Character::isDigit) && !CreditReader.stamp(name, language);
    }

    private static int nextVisible(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (lines.get(j).label() != Label.BLANK) {
                return j;
            }
        }
        return -1;
    }
}
