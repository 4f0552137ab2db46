package dev.winnow.lexicon;

import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Metadata;
import dev.winnow.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the article's metadata from its labelled lines: the headline from the title line, the author
 * and the publication date from the credit lines near it (a byline, a date line). What a page declares
 * about itself comes first; the lines fill what it does not declare. Dates come out in ISO 8601.
 */
public final class CreditReader {
    /** Credit lines this many visible lines above the headline may hold its byline. */
    static final int BEFORE_TITLE = 8;
    /** ... and this many below it. */
    static final int AFTER_TITLE = 25;
    /** A credit line longer than this is not read for a name. */
    static final int LINE_MAX_CHARS = 160;

    /** Words that say a line is a date stamp, not a byline. */
    private static final Pattern UPDATED = Pattern.compile("^(?:updated|last updated|modified|last modified)\\b", Pattern.CASE_INSENSITIVE);

    private CreditReader() {
    }

    /**
     * The metadata of a document: {@code declared} (what an HTML page says of itself, entities decoded,
     * its date in ISO 8601 where it can be read), completed from the lines.
     */
    public static Metadata read(List<Line> lines, int title, Lexicon.Language language, Metadata declared) {
        return read(lines, title, language, declared, null);
    }

    /**
     * {@link #read(List, int, Lexicon.Language, Metadata)}, where {@code ruledCredit} (or null) says which
     * lines the rules made credits before the line model revised them: when nothing else dates the
     * article, such a line near the headline does (the model takes many a lone date line for a teaser's).
     */
    public static Metadata read(List<Line> lines, int title, Lexicon.Language language, Metadata declared,
                                boolean[] ruledCredit) {
        Optional<String> headline = headline(title >= 0 ? lines.get(title).text().strip() : null, declared)
                .map(h -> withoutLeadingDate(h, language));
        Optional<String> author = declared.author();
        Optional<String> published = declared.published().map(p -> iso(p, language));
        if (author.isEmpty() || published.isEmpty()) {
            List<Line> credits = nearTitle(lines, title);
            if (author.isEmpty()) {
                author = author(credits, language);
            }
            if (author.isEmpty()) {
                author = bylineNearTitle(lines, title, language);
            }
            if (author.isEmpty()) {
                author = AuthorFallbacks.datedItem(shortLinesNearTitle(lines, title), language);
            }
            if (author.isEmpty()) {
                author = AuthorFallbacks.labelledName(lines, language);
            }
            if (author.isEmpty()) {
                author = AuthorFallbacks.copyrightHolder(lines, language);
            }
            if (author.isEmpty()) {
                author = nameAlone(credits, language, false);
            }
            // the byline's date, else a date line just by the headline whatever its label, else any credit's
            if (published.isEmpty()) {
                published = date(nearTitle(lines, title, false), language);
            }
            if (published.isEmpty()) {
                published = date(shortLinesNearTitle(lines, title), language);
            }
            if (published.isEmpty()) {
                published = date(credits, language);
            }
            if (published.isEmpty()) {
                published = date(datedLinesNearTitle(lines, title, language), language);
            }
            if (published.isEmpty() && ruledCredit != null) {
                published = date(ruledNearTitle(lines, title, ruledCredit), language);
            }
            if (published.isEmpty()) {
                published = date(DateFallbacks.stampedLines(lines), language);
            }
            if (published.isEmpty()) {
                published = date(DateFallbacks.dateLines(lines, language), language);
            }
            if (published.isEmpty()) {
                published = date(DateFallbacks.datedBylines(lines, language), language);
            }
        }
        return new Metadata(headline, author, published, declared.siteName());
    }

    /** Separators between a page's title and its site's name: {@code Title | Site}, {@code Title - Site}. */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\\-–—·:]{1,2}\\s+|\\s*[|·»]\\s*");
    /** A title line counts as the declared headline's when this share of its words is in it. */
    static final double TITLE_MIN_SHARED = 0.6;
    /** ... and it holds this share of the words of the declared one (its site's name left out). */
    static final double TITLE_MIN_COVERED = 0.5;

    /**
     * The headline: the title line when the page declares none, or when it shares most of its words with
     * the declared one (the declared one often carries the site's name, {@code Title | Site}); else the
     * declared one without its site's name.
     */
    static Optional<String> headline(String line, Metadata declared) {
        if (declared.headline().isEmpty()) {
            return Optional.ofNullable(line);
        }
        String written = declared.headline().get();
        String site = declared.siteName().orElse("");
        String stripped = withoutSite(written, site);
        if (line != null && shared(line, written) >= TITLE_MIN_SHARED && shared(stripped, line) >= TITLE_MIN_COVERED) {
            return Optional.of(line);
        }
        return Optional.of(stripped);
    }

    /** A headline that opens with a date ({@code Dec 18 2025 Preparing a transition}) without it, if words remain. */
    static String withoutLeadingDate(String headline, Lexicon.Language language) {
        String stripped = language.dates().strip(headline);
        if (stripped.equals(headline) || !stripped.startsWith(" ") || headline.startsWith(" ")) {
            return headline;
        }
        String rest = stripped.replaceFirst("^[\\s,:;|\\-–—·•]+", "");
        return rest.split("\\s+").length >= 2 ? rest : headline;
    }

    /** The declared title without the part that names the site ({@code Title | Site}): the first other part. */
    static String withoutSite(String written, String site) {
        String[] parts = TITLE_PARTS.split(written);
        if (parts.length < 2) {
            return written;
        }
        String best = null;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty() || !site.isEmpty() && shared(p, site) >= TITLE_MIN_SHARED) {
                continue;
            }
            if (best == null) {
                best = p;
            }
        }
        return best == null ? written : best;
    }

    /** The share of the words of {@code a} (lowercase) that are words of {@code b}. */
    private static double shared(String a, String b) {
        java.util.Set<String> words = new java.util.HashSet<>(List.of(b.toLowerCase(java.util.Locale.ROOT).split("\\W+")));
        String[] own = a.toLowerCase(java.util.Locale.ROOT).split("\\W+");
        int n = 0, in = 0;
        for (String w : own) {
            if (!w.isEmpty()) {
                n++;
                in += words.contains(w) ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) in / n;
    }

    /** A declared date in ISO 8601: kept when it starts as one, else the date read from it, else as written. */
    static String iso(String written, Lexicon.Language language) {
        String s = written.strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return s;
        }
        return language.dates().first(s).map(LocalDate::toString).orElse(s);
    }

    /**
     * The credit lines near the headline, nearest first: those after it (up to {@link #AFTER_TITLE}
     * visible lines), then those above it (up to {@link #BEFORE_TITLE}), then every other credit line in
     * document order. Without a headline, the credit lines in document order.
     */
    private static List<Line> nearTitle(List<Line> lines, int title) {
        return nearTitle(lines, title, true);
    }

    /** {@link #nearTitle(List, int)}, without every other credit line unless {@code rest} (or there is no headline). */
    private static List<Line> nearTitle(List<Line> lines, int title, boolean rest) {
        List<Line> out = new ArrayList<>();
        boolean[] taken = new boolean[lines.size()];
        if (title >= 0) {
            int seen = 0;
            for (int i = title + 1; i < lines.size() && seen < AFTER_TITLE; i++) {
                seen += lines.get(i).label() == Label.BLANK ? 0 : 1;
                take(lines, i, out, taken);
            }
            seen = 0;
            for (int i = title - 1; i >= 0 && seen < BEFORE_TITLE; i--) {
                seen += lines.get(i).label() == Label.BLANK ? 0 : 1;
                take(lines, i, out, taken);
            }
        }
        for (int i = 0; i < lines.size() && (rest || title < 0); i++) {
            take(lines, i, out, taken);
        }
        return out;
    }

    private static void take(List<Line> lines, int i, List<Line> out, boolean[] taken) {
        if (!taken[i] && lines.get(i).label() == Label.CREDIT) {
            taken[i] = true;
            out.add(lines.get(i));
        }
    }

    /** The first byline's name: a line opened by a byline word, else a line that is only a given name and more. */
    static Optional<String> author(List<Line> credits, Lexicon.Language language) {
        for (Line line : credits) {
            String name = afterPrefix(line.text().strip(), language);
            if (name != null) {
                Optional<String> clean = BylineNames.name(name, language);
                if (clean.isPresent()) {
                    return clean;
                }
            }
        }
        return nameAlone(credits, language, true);
    }

    /**
     * The first credit line that is only a name (capitalised words, no stamp word, no agency or credit cue
     * beside it), when {@code given} one that opens with a listed given name.
     */
    static Optional<String> nameAlone(List<Line> credits, Lexicon.Language language, boolean given) {
        for (Line line : credits) {
            String text = line.text().strip();
            Optional<String> clean = BylineNames.name(text, language);
            // "Jane Roe / AP" is a photo's credit, not the article's
            if (clean.isPresent() && BylineNames.personName(clean.get()) && !stamp(clean.get(), language)
                    && (!given || Cues.of(language).wordsAfterGivenName(clean.get()) != null)
                    && !Cues.of(language).agency(text) && !Cues.of(language).creditCue(text)) {
                return clean;
            }
        }
        return Optional.empty();
    }

    /**
     * A short line just below the headline, whatever its label, opened by a byline word ({@code by Jane Roe})
     * or holding a name alone beside a date line.
     */
    private static Optional<String> bylineNearTitle(List<Line> lines, int title, Lexicon.Language language) {
        if (title < 0) {
            return Optional.empty();
        }
        int seen = 0;
        for (int i = title + 1; i < lines.size() && seen < BEFORE_TITLE; i++) {
            Line line = lines.get(i);
            if (line.label() == Label.BLANK) {
                continue;
            }
            seen++;
            String text = line.text().strip();
            if (text.length() <= SHORT_BYLINE_CHARS) {
                String rest = afterPrefix(text, language);
                Optional<String> name = rest == null ? Optional.empty() : BylineNames.name(rest, language);
                if (name.isPresent()) {
                    return name;
                }
                // a name alone above or below a date line: the byline block "Jane Roe / Nov 19, 2019"; or a given
                // name and a surname alone just under the headline
                if (BylineNames.personName(text) && text.chars().noneMatch(Character::isDigit) && !stamp(text, language)
                        && (datedNeighbour(lines, i, -1, language) || datedNeighbour(lines, i, +1, language)
                        || seen <= NAME_ALONE_LINES && givenAndSurname(text, language))) {
                    return Optional.of(text);
                }
                // one capitalised word just under the headline that the labels made a credit: "Newsdesk"
                if (line.label() == Label.CREDIT && seen <= NAME_ALONE_LINES && text.matches("\\p{Lu}[\\p{L}\\p{M}'’.\\-]+")
                        && !stamp(text, language) && !language.byline().isWord(text)) {
                    return Optional.of(text);
                }
                // a given name (and a surname) before a date on one line: "Jane Roe • November 4th, 2025", "Susan May 3"
                Optional<String> dated = language.dates().has(text) ? BylineNames.name(text, language) : Optional.empty();
                if (dated.isPresent() && (givenAndSurname(dated.get(), language) || Cues.of(language).givenName(dated.get()))
                        && !stamp(dated.get(), language)) {
                    return dated;
                }
            }
        }
        // a personal site's owner, named alone a few lines over the headline: "Jane Roe" over "A brief intro to git"
        seen = 0;
        for (int i = title - 1; i >= 0 && seen < OWNER_ABOVE_LINES; i--) {
            Line line = lines.get(i);
            if (line.label() == Label.BLANK) {
                continue;
            }
            seen++;
            String text = line.text().strip();
            if (givenAndSurname(text, language) && BylineNames.personName(text) && !stamp(text, language)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** A given name and a surname alone on one of this many visible lines over the headline is its author's. */
    static final int OWNER_ABOVE_LINES = 8;

    /**
     * The short lines next to the headline whatever their label, nearest first: up to
     * {@value #NEAR_TITLE} visible lines below it, then as many above (a date line the rules took for a
     * teaser's still dates the article when nothing else does).
     */
    private static List<Line> shortLinesNearTitle(List<Line> lines, int title) {
        return aroundTitle(lines, title, NEAR_TITLE, NEAR_TITLE,
                i -> lines.get(i).text().strip().length() <= SHORT_BYLINE_CHARS);
    }

    /**
     * The lines next to the headline whatever their label, nearest first ({@value #NEAR_TITLE} visible lines
     * below it, then as many above), that hold a date among short items, not a sentence: a byline line
     * longer than {@link #shortLinesNearTitle} reads ({@code On Behalf of Acme LLP | Apr 21, 2017 | Products},
     * {@code Published: Mar 8, 2024 · Modified: May 19, 2025 by Jane Roe · This post may contain affiliate links}).
     */
    private static List<Line> datedLinesNearTitle(List<Line> lines, int title, Lexicon.Language language) {
        return aroundTitle(lines, title, NEAR_TITLE, NEAR_TITLE, i -> {
            String text = lines.get(i).text().strip();
            return text.length() <= LINE_MAX_CHARS && !DateFallbacks.sentence(text) && language.dates().has(text);
        });
    }

    /**
     * The lines the rules made credits (per {@code ruledCredit}) within {@value #AFTER_TITLE} visible lines
     * below the headline, nearest first, then {@value #BEFORE_TITLE} above it.
     */
    private static List<Line> ruledNearTitle(List<Line> lines, int title, boolean[] ruledCredit) {
        return aroundTitle(lines, title, AFTER_TITLE, BEFORE_TITLE, i -> ruledCredit[i]);
    }

    /**
     * The visible lines {@code taken} within {@code below} visible lines below the headline, nearest first,
     * then within {@code above} above it; none without a headline.
     */
    private static List<Line> aroundTitle(List<Line> lines, int title, int below, int above, IntPredicate taken) {
        List<Line> out = new ArrayList<>();
        if (title < 0) {
            return out;
        }
        for (int step : new int[] {1, -1}) {
            int reach = step > 0 ? below : above;
            int seen = 0;
            for (int i = title + step; i >= 0 && i < lines.size() && seen < reach; i += step) {
                if (lines.get(i).label() != Label.BLANK) {
                    seen++;
                    if (taken.test(i)) {
                        out.add(lines.get(i));
                    }
                }
            }
        }
        return out;
    }

    /** What separates words: anything not a letter. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** A given name and a surname alone on one of this many visible lines under the headline is its byline. */
    static final int NAME_ALONE_LINES = 2;

    /** Two or three words, the first (after "Dr.") a common given name: "Jane Roe", "Dr. Jane Roe". */
    private static boolean givenAndSurname(String text, Lexicon.Language language) {
        return Cues.of(language).givenAndSurname(text);
    }

    /** How many visible lines on each side of the headline {@link #shortLinesNearTitle} reads. */
    static final int NEAR_TITLE = 3;

    /** Whether the nearest visible line above ({@code step} -1) or below (+1) line {@code i} holds a date. */
    private static boolean datedNeighbour(List<Line> lines, int i, int step, Lexicon.Language language) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            if (lines.get(j).label() != Label.BLANK) {
                String t = lines.get(j).text().strip();
                return t.length() <= SHORT_BYLINE_CHARS && language.dates().first(t).isPresent();
            }
        }
        return false;
    }

    /** What separates the items of a line: a run of spaces, a bullet or middle dot, a bar. */
    static final Pattern ITEMS = Pattern.compile("\\s{3,}|\\s*[·•|]\\s*");

    /** A line of another label is read as a byline only up to this length. */
    static final int SHORT_BYLINE_CHARS = 60;

    /**
     * The text after a byline word that opens the line (or does once the line's dates are removed) or follows
     * a bar ({@code Nov 12 | BY: Site Team}), or null; null too when the line is capitalised and that text is
     * one lowercase word.
     */
    private static String afterPrefix(String text, Lexicon.Language language) {
        if (text.length() > LINE_MAX_CHARS) {
            return null;
        }
        Matcher m = language.byline().matcher(text);
        if (!m.find()) {
            // "May 3, 2017 By Erin Spain": a byline after a date; "Posted on May 3    Posted by Jane Roe", "Published:
            // Mar 8 · Modified: May 19 by Jane Roe": one in a later item of the line
            text = language.dates().strip(text).strip();
            m = language.byline().matcher(text);
            if (text.isEmpty() || !m.find()) {
                for (String item : ITEMS.split(text)) {
                    Matcher inItem = language.byline().matcher(item.strip());
                    if (inItem.lookingAt()) {
                        return item.strip().substring(inItem.end());
                    }
                }
                return null;
            }
        }
        String rest = text.substring(m.end());
        Matcher again = language.byline().matcher(rest);
        if (again.lookingAt()) {
            rest = rest.substring(again.end()); // "Author Posted by Jane Roe"
        }
        // "By industry", "Author names": one lowercase word after a capitalised byline word is a menu item or a
        // label; a line all in lowercase ("by whova") is the site's style, and its name a user's
        if (Character.isUpperCase(text.codePointAt(0)) && rest.strip().matches("\\p{Ll}+")) {
            return null;
        }
        return rest;
    }

    /** True when a would-be name holds a word of a date stamp or a credit ("Last Updated", "Fact Checked", "Courtesy"). */
    static boolean stamp(String name, Lexicon.Language language) {
        Cues cues = Cues.of(language);
        for (String w : NON_LETTERS.split(name.toLowerCase(java.util.Locale.ROOT))) {
            if (cues.dateWords.contains(w) || STAMP_WORDS.contains(w)) {
                return true;
            }
        }
        return cues.creditCue(name);
    }

    /** Words of date stamps, credits, and labels and links around a byline ("Written By", "The Author", "Learn More"). */
    private static final java.util.Set<String> STAMP_WORDS = java.util.Set.of("checked", "reviewed", "edited", "medically", "fact",
            "author", "authors", "written", "corresponding", "learn", "more", "read", "view", "follow", "share", "contact");

    /** The first date of a credit line that is not an update stamp, else of any credit line. */
    private static Optional<String> date(List<Line> credits, Lexicon.Language language) {
        Optional<LocalDate> updated = Optional.empty();
        for (Line line : credits) {
            String text = line.text().strip();
            Optional<LocalDate> d = language.dates().first(text);
            if (d.isEmpty()) {
                continue;
            }
            if (!UPDATED.matcher(text).find()) {
                return d.map(LocalDate::toString);
            }
            if (updated.isEmpty()) {
                updated = d;
            }
        }
        return updated.map(LocalDate::toString);
    }
}
