package dev.winnow.context;

import dev.winnow.Label;
import dev.winnow.classify.Assessment;
import dev.winnow.classify.Assessment.Quality;
import dev.winnow.lexicon.BylineNames;
import dev.winnow.lexicon.Cues;
import dev.winnow.lexicon.Features;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credit lines the first pass's lists and patterns do not catch, read with the document's language:
 * a date line in any of its languages' forms ({@code 24 de agosto, 2026 - 23h23},
 * {@code Published on Monday, Nov 24, 2025 at 10:31 am}, {@code Jane Roe - Nov 19, 2019, 10:31 pm CST})
 * and a byline whose name is followed by a date or a separator ({@code By JANE ROE - 2019-04-10},
 * {@code Por Juan Gaona}, {@code par Didier Roy, 21 juin 2018}). Decides only lines the first pass left
 * undecided.
 */
public final class CreditShapes {
    /** Lines longer than this are not date lines or bylines. */
    static final int MAX_CHARS = 140;
    /** A date line keeps at most this many words beside its date, its times and its date words (a name). */
    static final int DATE_LINE_OTHER_WORDS = 4;

    /** A time of day: {@code 10:31}, {@code 10.31 am}, {@code 23h23}, {@code 9 pm}. */
    private static final Pattern TIME = Pattern.compile(
            "(?<!\\d)\\d{1,2}(?:[:.h]\\d{2}(?::\\d{2})?)?\\s*(?:[ap]\\.?m\\.?)?(?!\\d)|(?<!\\d)\\d{1,2}\\s*(?:[ap]\\.?m\\.?)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’.\\-]+");

    private CreditShapes() {
    }

    /** The assessments with the undecided date lines and bylines decided as credits. */
    public static List<Assessment> assess(List<Assessment> lines, List<String> texts, Lexicon.Language language) {
        List<Assessment> out = null;
        Cues cues = null;
        for (int i = 0; i < lines.size(); i++) {
            Assessment a = lines.get(i);
            if (a.quality() == Quality.BLANK || a.decided() || a.features().words() == 0
                    || a.features().chars() > MAX_CHARS) {
                continue;
            }
            if (cues == null) {
                cues = Cues.of(language);
            }
            Assessment credit = credit(a, texts.get(i), language, cues);
            if (credit != null) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, credit);
            }
        }
        List<Assessment> dated = out == null ? lines : out;
        // a given name (after "Dr." or "Prof.") and a surname over a date or byline line, alone or before a role
        // ("Jane Roe, Managing Editor"), or a team ("The Acme Editorial Team"): the byline block "Jane Roe / Nov 19,
        // 2019" (common/given.names.txt)
        for (int i = 0; i < dated.size(); i++) {
            Assessment a = dated.get(i);
            if (a.quality() == Quality.BLANK || a.decided() || a.features().digits() > 0 || a.features().words() < 2
                    || a.features().words() > NAME_LINE_MAX_WORDS) {
                continue;
            }
            int next = ContextPass.nextVisible(dated, i);
            if (next < 0 || !dated.get(next).decided() || dated.get(next).label() != Label.CREDIT) {
                continue;
            }
            Assessment name = nameOverCredit(a, texts.get(i), language);
            if (name != null) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                    dated = out;
                }
                out.set(i, name);
            }
        }
        return out == null ? lines : out;
    }

    /** The line over a credit line decided as a byline's name, or null (a call per line, as {@link #credit}). */
    private static Assessment nameOverCredit(Assessment a, String line, Lexicon.Language language) {
        String text = Text.stripInvisible(line).strip();
        return nameLine(text, a.features(), language) ? new Assessment(Quality.RULE, Label.CREDIT, null, a.features(),
                "credit.byline", "a name over a credit line: " + text) : null;
    }

    /** The line decided as a credit, or null (a method per line, as {@code AuthorFallbacks}' and the line model's). */
    private static Assessment credit(Assessment a, String line, Lexicon.Language language, Cues cues) {
        String reason = reason(Text.stripInvisible(line), language, cues, a.features());
        return reason == null ? null : new Assessment(Quality.RULE, Label.CREDIT, null, a.features(),
                reason.startsWith("a date") ? "credit.dated" : "credit.byline", reason);
    }

    /** A line over a credit line is a byline's name in at most this many words (a name and a role). */
    static final int NAME_LINE_MAX_WORDS = 7;

    /**
     * A given name and a surname alone ({@code Jane Roe}, in at most 3 words), or before a role after a comma
     * ({@code Jane Roe, Print Managing Editor}), or a team's name ({@code Great Day Editorial Team}).
     */
    static boolean nameLine(String text, Features f, Lexicon.Language language) {
        Cues cues = Cues.of(language);
        if (f.words() <= 3 && BylineNames.personName(text) && cues.wordsAfterGivenName(text) != null) {
            return true;
        }
        int comma = text.indexOf(',');
        if (comma > 0) {
            String name = text.substring(0, comma).strip();
            String role = text.substring(comma + 1).strip();
            return cues.givenAndSurname(name) && BylineNames.personName(name)
                    && !role.isEmpty() && BylineNames.personName(role + " X");
        }
        return BylineNames.team(text);
    }

    /** Dots and dashes around a word of a date line ("-Jane", "Roe."), cut before it is looked up. */
    private static final Pattern WORD_EDGES = Pattern.compile("^[.\\-]+|[.\\-]+$");
    /** A text with a digit (on one line). */
    private static final Pattern HOLDS_DIGIT = Pattern.compile(".*\\d.*");

    /** Why the line is a credit, or null. */
    static String reason(String text, Lexicon.Language language, Cues cues, Features f) {
        // a matcher only for a line a byline may open (most lines start with no byline word's first letter)
        Matcher by = language.byline().mayOpen(text) ? language.byline().matcher(text) : null;
        boolean byline = by != null && language.byline().opens(text, by);
        if (f.digits() > 0 && !f.terminal()) {
            String rest = language.dates().strip(text);
            if (!rest.equals(text)) {
                rest = TIME.matcher(rest).replaceAll(" ");
                List<String> others = new ArrayList<>();
                Matcher w = WORD.matcher(rest);
                while (w.find()) {
                    String word = WORD_EDGES.matcher(w.group()).replaceAll("");
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && !cues.dateWords.contains(lower) && !language.byline().isWord(lower)) {
                        others.add(word);
                    }
                }
                // beside the date only date words, or a byline, or a person's name ("Jane Roe - Nov 19, 2019"):
                // "Release date: Nov 5, 2020" in a list of games is the games' data, not the page's
                if (others.size() <= DATE_LINE_OTHER_WORDS && !HOLDS_DIGIT.matcher(rest).matches()) {
                    if (others.isEmpty()) {
                        return "a date line";
                    }
                    if (byline || BylineNames.personName(String.join(" ", others))) {
                        return "a date line with a byline";
                    }
                }
            }
        }
        if (byline && text.length() <= MAX_CHARS) {
            String rest = text.substring(by.end());
            Optional<String> name = BylineNames.name(rest, language);
            if (name.isPresent() && (!name.get().equals(name.get().toLowerCase(Locale.ROOT)) || !name.get().contains(" "))) {
                return "a byline: " + name.get();
            }
        }
        return null;
    }
}
