package dev.winnow.lexicon;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the name in a byline's text, the part after its byline word ({@code Jane Roe, MD · Senior Editor ·
 * Updated May 3, 2025}): dates and times removed, cut where the name ends, degrees dropped, and checked to
 * look like a name.
 */
public final class BylineNames {
    /** A byline's name has at most this many words ... */
    static final int NAME_MAX_WORDS = 10;
    /** ... and characters. */
    static final int NAME_MAX_CHARS = 80;
    /** A name is cut from what follows at most this many times ("Nov 3 · Jane Roe in Politics"). */
    static final int MAX_CUTS = 3;

    /** Words that open a job title after a name ("Jane Roe Senior Editor", "Jane RoeFounder at Acme"). */
    private static final String JOB = "(?:CEO|CTO|Founder|Co-[Ff]ounder|Editor|Director|Senior|Manager|President|Contributing"
            + "|Contributor|Writer|Reporter|Correspondent|Professor|Former|Deputy|Associate|Assistant|Guest|Freelance)\\b";
    /** ... and those that do only after a comma, being surnames too ("Jane Roe, Head of News"; "Tom Head"). */
    private static final String JOB_AFTER_COMMA = "(?:Head|Chief|Vice|Lead|Staff|" + JOB + ")\\b";

    /**
     * Where a name ends, each with its reason: a dash, bar, bullet or dot between spaces; "on", "at" or
     * "in" before a date or what a removed date leaves; "in" before a capitalised section ("in Politics"); "Updated:", "Published:"; a sentence that
     * names a reviewer ("Jane Roe, DVM. Reviewed by ..."); a stamp or job title glued to the name
     * ("Jane RoeUpdated", "JANE ROEPUBLISHED", "Jane RoeFounder at Acme"); a job title after a space or comma, or
     * up to three capitalised words before one after a comma ("Jane Roe, Print Managing Editor"); "on behalf of";
     * "on Friday"; a count of comments or minutes; a run of spaces between two items.
     */
    private static final Pattern AFTER_NAME = Pattern.compile(String.join("|",
            "\\s+[-–—|•·⋅●▪◦/]\\s*", "\\s*[|•·⋅●▪◦]\\s*",
            "\\s+(?:on|at|in)\\s+(?=\\S*\\d)", "\\s+(?:on|in)(?=\\s{2,}|\\s*$)",
            "\\s+(?:updated|published|posted)(?:\\s+(?=\\S*\\d)|\\s*:)",
            "\\.\\s+(?=(?:reviewed|fact[- ]checked|edited|medically|updated|published)\\b)",
            "(?-i:(?<=\\p{Ll})(?=(?:Updated|Published|Posted|Last|" + JOB + ")))",
            "(?-i:(?<=\\p{Lu}{2})(?=(?:UPDATED|PUBLISHED|POSTED|LAST UPDATED)\\b))",
            "(?-i:\\s+(?=" + JOB + "\\W*\\s*\\p{L}))", "(?-i:,\\s*(?=" + JOB_AFTER_COMMA + "))", "(?-i:,\\s*(?=(?:\\p{Lu}\\p{L}*\\s+){1,3}" + JOB + "))",
            "(?-i:\\s+in\\s+(?=\\p{Lu}))", "\\s+on\\s+behalf\\s+of\\b",
            "\\s+on\\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b",
            "\\s+\\d+\\s*(?:[–-]\\s*\\d+\\s*)?(?:comments?|min(?:ute)?s?)\\b", "\\s{3,}"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Degrees and titles after a name: "Jane Roe, MS, RDN", "John Doe, PhD", "Jane Roe, MD*", "Jane Roe, CEPF®". */
    private static final Pattern CREDENTIALS = Pattern.compile("(?:,\\s*(?:\\p{Lu}[\\p{Lu}.\\-]{1,7}|Ph\\.?D\\.?)[®™]?(?:\\s+\\d+)?)+\\*?$|[*®™]$");
    /** A time of day. */
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5}\\b)?", Pattern.CASE_INSENSITIVE);
    /**
     * What is left of a name once the separators are cut: letters, apostrophes, dots, hyphens, commas,
     * ampersands, and words in parentheses after the first ("Paramita (Guha) Ghosh").
     */
    private static final Pattern NAME = Pattern.compile(
            "[\\p{L}][\\p{L}\\p{M}'’.\\-]*(?:[\\s,&]+(?:[\\p{L}][\\p{L}\\p{M}'’.\\-]*|\\([\\p{L}][\\p{L}\\p{M}'’.\\-]*\\)))*");
    /** A lowercase word left at the end once a date or time is removed ("at", "on", German "am", French "le", "@"). */
    private static final Pattern TRAILING_CONNECTOR = Pattern.compile("(?:[\\s,]+(?:at|on|am|um|le|el|il|op|em|@))+[\\s,:;\\-–—|]*$");
    /** Spaces, dashes, bars and other punctuation at the ends of what is left of a byline. */
    private static final Pattern EDGES = Pattern.compile("^[\\s,:;\\-–—|]+|[\\s,:;\\-–—|]+$");
    /** What separates the words of a name. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A capitalised article before a team's name ("The Lavazza Team"). */
    private static final Pattern LEADING_THE = Pattern.compile("^The\\s+");
    /** A lowercase article before a team's name ("the Lavazza Team"). */
    private static final Pattern THE = Pattern.compile("^the\\s+(?=\\p{Lu})");

    private BylineNames() {
    }

    /**
     * The name in a byline's text: dates and times removed, cut after the name (or, when the text opens
     * with a cut, after it), degrees dropped; empty unless it looks like a name (letters, at most
     * {@value #NAME_MAX_WORDS} words, capitalised or all lowercase).
     */
    public static Optional<String> name(String text, Lexicon.Language language) {
        String s = TIME.matcher(language.dates().strip(text.replace('\u00a0', ' '))).replaceAll(" ").strip();
        for (int i = 0; i < MAX_CUTS; i++) {
            Matcher cut = AFTER_NAME.matcher(s);
            if (!cut.find()) {
                break;
            }
            String before = s.substring(0, cut.start()).strip();
            s = before.isEmpty() ? s.substring(cut.end()).strip() : before;
        }
        // the word that tied the name to a date or time now removed: "Posted by Jane Roe at March 9, 2019 11:15 AM"
        s = TRAILING_CONNECTOR.matcher(s).replaceFirst("");
        s = EDGES.matcher(s).replaceAll("");
        s = THE.matcher(CREDENTIALS.matcher(s).replaceFirst("")).replaceFirst("");
        if (s.isEmpty() || s.length() > NAME_MAX_CHARS || !NAME.matcher(s).matches()) {
            return Optional.empty();
        }
        String[] words = SPACES.split(s);
        if (words.length > NAME_MAX_WORDS || !Character.isUpperCase(s.codePointAt(0)) && !s.equals(s.toLowerCase())) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** The last word of a team's name: "The Acme Editorial Team", "Acme Staff", "Metro Desk". */
    private static final Pattern TEAM = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}&'’.\\-]*\\s+){1,4}(?:Team|Staff|Desk|Newsroom|Editors)");

    /** A team's name of two to five capitalised words, the last Team, Staff, Desk, Newsroom or Editors. */
    public static boolean team(String s) {
        return TEAM.matcher(LEADING_THE.matcher(THE.matcher(s).replaceFirst("")).replaceFirst("")).matches();
    }

    /**
     * Two to five words, each capitalised (in parentheses or not): a person's name ({@code Jane Roe},
     * {@code Paramita (Guha) Ghosh}; {@code Mary Ann de Vries} fails).
     */
    public static boolean personName(String s) {
        String[] words = SPACES.split(s);
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(w.startsWith("(") && w.length() > 1 ? 1 : 0))) {
                return false;
            }
        }
        return true;
    }
}
