package dev.winnow.lexicon;

import dev.winnow.data.DataFiles;
import dev.winnow.match.FirstChars;
import dev.winnow.match.WholeWords;
import dev.winnow.text.Text;
import dev.winnow.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lexical cues the line model weighs, per language (its lists and English's), from data files: a word
 * that opens a caption ({@code caption.markers.txt}), a word that attributes a picture or a text
 * ({@code credit.cues.txt}), a news or photo agency ({@code common/agencies.txt}), the words that stand
 * beside a date in a date line ({@code date.words.txt}), what follows an author's name in a bio
 * ({@code bio.openers.txt}), common given names ({@code common/given.names.txt}). Compiled once per
 * language and shared.
 */
public final class Cues {
    private final Pattern captionMarker;
    /** What a caption marker starts with: the marker pattern runs only on lines that start so. */
    private final FirstChars markerStarts;
    private final WholeWords creditCue;
    private final WholeWords agency;
    /** Words that stand beside a date in a date line ({@code date.words.txt}), lowercase. */
    public final Set<String> dateWords;
    /** What follows an author's name at the start of a bio ({@code bio.openers.txt}), lowercase. */
    private final List<String> bioOpeners;
    /** Common given names ({@code common/given.names.txt}), lowercase. */
    private final Set<String> givenNames;
    /** Words that make a name an organisation's ({@code organisation.words.txt}), lowercase. */
    private final Set<String> organisationWords;
    /** What opens an author box's heading before the name ({@code author.box.openers.txt}): "About Jane Roe". */
    private final Pattern authorBox;
    /** What an author box's opener starts with: the pattern runs only on lines that start so. */
    private final FirstChars authorBoxStarts;
    /** What opens a post's stamp on a question-and-answer page ({@code answer.stamp.openers.txt}): "answered". */
    private final Pattern answerStamp;
    /** The headings of a table of contents ({@code contents.headings.txt}), lowercase. */
    private final Set<String> contentsHeadings;

    private Cues(List<String> captionMarkers, WholeWords creditCue, WholeWords agency, Set<String> dateWords,
                 List<String> bioOpeners, Set<String> givenNames, Set<String> organisationWords,
                 List<String> authorBoxOpeners, List<String> answerStampOpeners, Set<String> contentsHeadings) {
        this.captionMarker = Pattern.compile("^(?:" + alternation(captionMarkers) + ")(?:\\s*[:|–—-]\\s*|\\s+)(?=\\S)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.markerStarts = FirstChars.of(captionMarkers);
        this.creditCue = creditCue;
        this.agency = agency;
        this.dateWords = Set.copyOf(dateWords);
        this.bioOpeners = List.copyOf(bioOpeners);
        this.givenNames = Set.copyOf(givenNames);
        this.organisationWords = Set.copyOf(organisationWords);
        this.authorBoxStarts = FirstChars.of(authorBoxOpeners);
        this.authorBox = authorBoxOpeners.isEmpty() ? null : Pattern.compile("^(?:" + alternation(authorBoxOpeners)
                + ")[\\s:]+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.answerStamp = answerStampOpeners.isEmpty() ? null : Pattern.compile("^\\s*(?:" + alternation(answerStampOpeners)
                + ")\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.contentsHeadings = Set.copyOf(contentsHeadings);
    }

    /** The longest line {@link #contentsHeading} reads. */
    static final int CONTENTS_HEADING_MAX_CHARS = 40;

    /**
     * Whether the whole line is the heading of a table of contents ({@code Table of contents},
     * {@code Sommaire}), in the normal form of the whole-line lists ({@link Text#normalize(String)}).
     */
    public boolean contentsHeading(String line) {
        return line.length() <= CONTENTS_HEADING_MAX_CHARS && contentsHeadings.contains(Text.normalize(line));
    }

    /**
     * Whether the line opens like a post's stamp on a question-and-answer page ("answered Feb 4, 2014 at
     * 20:52"), where the answers under the question are the content, not comments.
     */
    public boolean answerStamp(String line) {
        return answerStamp != null && answerStamp.matcher(line).lookingAt();
    }

    /** The name in an author box's heading ("About Jane Roe": "Jane Roe"), or null when the line is not one. */
    public String authorBoxName(String line) {
        if (authorBox == null || !authorBoxStarts.admitsStart(line)) {
            return null;
        }
        Matcher m = authorBox.matcher(line);
        return m.lookingAt() ? line.substring(m.end()).strip() : null;
    }

    /** Whether a word of {@code name} makes it an organisation's ("Logan University", "Acme Health"), ignoring case. */
    public boolean organisation(String name) {
        for (String word : NON_LETTERS.split(name.toLowerCase(Locale.ROOT))) {
            if (organisationWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a common given name ({@code common/given.names.txt}), ignoring case. */
    public boolean givenName(String word) {
        return givenNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** What separates the words of a name for the organisation check: anything not a letter or mark. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{M}]+");
    /** What separates the words of a name. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A title before a name: "Dr. Jane Roe", "Prof Jane Roe". */
    private static final Pattern TITLE = Pattern.compile("^(?:Dr|Prof)\\.?\\s+");

    /**
     * The words of {@code name} after a leading "Dr." or "Prof.", when the first of them is a common given
     * name ("Jane Roe", "Dr. Jane Roe"); else null.
     */
    public String[] wordsAfterGivenName(String name) {
        String[] words = SPACES.split(TITLE.matcher(name).replaceFirst(""));
        return givenName(words[0]) ? words : null;
    }

    /** Two or three words, the first (after "Dr.") a common given name: "Jane Roe", "Dr. Jane Roe". */
    public boolean givenAndSurname(String name) {
        String[] words = wordsAfterGivenName(name);
        return words != null && words.length >= 2 && words.length <= 3;
    }

    /** The cues of a language (and English's). */
    public static Cues of(Lexicon.Language language) {
        return language.cues();
    }

    /** What every language's cues share, read once: the agencies and the given names ({@code common/}). */
    record Common(WholeWords agency, Set<String> givenNames) {
        static Common load(DataFiles data) {
            return new Common(new WholeWords(data.list("common/agencies.txt"), false),
                    Set.copyOf(lowercase(data.list("common/given.names.txt"))));
        }
    }

    /** The cues of the language {@code code} (and English's) in the data, with the {@code common} ones. */
    static Cues load(DataFiles data, String code, Common common) {
        List<String> langs = code.equals("en") ? List.of("en") : List.of(code, "en");
        return new Cues(items(data, langs, "caption.markers.txt"),
                new WholeWords(items(data, langs, "credit.cues.txt"), true),
                common.agency(),
                new LinkedHashSet<>(items(data, langs, "date.words.txt")), items(data, langs, "bio.openers.txt"),
                common.givenNames(),
                new LinkedHashSet<>(items(data, langs, "organisation.words.txt")),
                items(data, langs, "author.box.openers.txt"), items(data, langs, "answer.stamp.openers.txt"),
                new LinkedHashSet<>(items(data, langs, "contents.headings.txt")));
    }

    private static Set<String> lowercase(List<String> items) {
        Set<String> out = new LinkedHashSet<>();
        for (String item : items) {
            out.add(item.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> items(DataFiles data, List<String> langs, String file) {
        Set<String> items = new LinkedHashSet<>();
        for (String lang : langs) {
            for (String item : data.list("lang/" + lang + "/" + file)) {
                items.add(item.toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(items);
    }

    /** The items quoted, longest first, as one alternation. */
    private static String alternation(List<String> items) {
        List<String> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder out = new StringBuilder();
        for (String item : sorted) {
            out.append(out.length() == 0 ? "" : "|").append(Pattern.quote(item));
        }
        return out.length() == 0 ? "(?!)" : out.toString();
    }

    /** The line opens with a caption marker ({@code Image caption ...}, {@code Pictured: ...}). */
    public boolean captionMarker(String line) {
        // the pattern opens with ^: only a match at the start counts
        return markerStarts.admitsStart(line) && captionMarker.matcher(line).lookingAt();
    }

    /** The caption marker pattern, for tests. */
    Pattern captionMarkerPattern() {
        return captionMarker;
    }

    /** The line holds a word that attributes a picture or a text ({@code courtesy}, {@code photo}, {@code ©}). */
    public boolean creditCue(String line) {
        return creditCue.in(line);
    }

    /** The line names a news or photo agency. */
    public boolean agency(String line) {
        return agency.in(line);
    }

    /**
     * True when {@code text} opens with {@code name}, a space and a bio opener ({@code Jane Roe is a ...},
     * {@code Jane has covered ...}), or with the name and a comma.
     */
    public boolean opensBio(String text, String name) {
        if (!text.startsWith(name) || text.length() < name.length() + 2) {
            return false;
        }
        if (text.charAt(name.length()) == ',') {
            return true;
        }
        if (text.charAt(name.length()) != ' ') {
            return false;
        }
        for (String opener : bioOpeners) {
            int end = name.length() + 1 + opener.length();
            if (text.regionMatches(true, name.length() + 1, opener, 0, opener.length())
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
