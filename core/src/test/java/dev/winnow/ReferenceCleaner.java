package dev.winnow;

import dev.winnow.classify.Assessment;
import dev.winnow.classify.Assessment.Quality;
import dev.winnow.classify.LinePass;
import dev.winnow.classify.RepeatKeys;
import dev.winnow.context.AuthorBios;
import dev.winnow.context.AuthorBoxes;
import dev.winnow.context.CommentThreads;
import dev.winnow.context.ContextPass;
import dev.winnow.context.ContextPass.Decision;
import dev.winnow.context.CreditShapes;
import dev.winnow.context.Duplicates;
import dev.winnow.context.TableOfContents;
import dev.winnow.context.Headline;
import dev.winnow.lexicon.CreditReader;
import dev.winnow.lexicon.Features;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.lexicon.Lexicon.Language;
import dev.winnow.lexicon.Lexicon.PatternRule;
import dev.winnow.lexicon.Lexicon.Section;
import dev.winnow.model.LineModel;
import dev.winnow.model.ModelFeatures;
import dev.winnow.pipeline.Assembler;
import dev.winnow.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A frozen copy of the cleaner as it was before the speed work (commit 99740ad): String-based
 * features, {@code toLowerCase} and {@code contains} over every phrase list, every pattern tried on
 * every line. Tests only: {@link EquivalenceTest} checks that the fast implementation gives exactly
 * the same labels, rules, reasons and features as this one. It reads the same {@link Lexicon} data
 * and shares the {@link ContextPass} decision steps (its repeat keys are copied here too).
 */
final class ReferenceCleaner {
    private final Config config;
    private final Lexicon lexicon = Lexicon.get();

    ReferenceCleaner(Config config) {
        this.config = config;
    }

    Result clean(String dump) {
        List<String> texts = splitLines(dump);
        List<String> sample = sampleWords(texts);
        Language language = detect(sample);
        Pass linePass = new Pass(config, lexicon, language, fits(sample));
        List<Assessment> assessments = new ArrayList<>(texts.size());
        for (String text : texts) {
            assessments.add(linePass.assess(text, language));
        }
        // after the first pass, which this class re-implements as it was before the speed work, the same
        // shared steps as the cleaner: credit shapes, the context pass, duplicates, tables of contents, author
        // boxes, the line model, metadata
        List<String> keys = keys(texts);
        assessments = CreditShapes.assess(assessments, texts, language);
        ContextPass.Outcome outcome = new ContextPass(config).revise(assessments, RepeatKeys.ofKeys(keys), null,
                CommentThreads.clues(texts, language, lexicon.english));
        RepeatKeys repeats = RepeatKeys.ofKeys(keys);
        List<Decision> decisions = TableOfContents.revise(texts, assessments, repeats,
                Duplicates.revise(texts, outcome.decisions()), language.cues());
        decisions = AuthorBoxes.revise(texts, assessments, decisions, language.cues());
        boolean[] repeated = new boolean[texts.size()];
        for (int i = 0; i < repeated.length; i++) {
            repeated[i] = repeats.repeated(i);
        }
        boolean[] ruledCredit = new boolean[texts.size()];
        for (int i = 0; i < ruledCredit.length; i++) {
            ruledCredit[i] = decisions.get(i).label() == Label.CREDIT;
        }
        LineModel model = config.lineModel() ? LineModel.get() : null;
        if (model != null) {
            decisions = model.revise(new ModelFeatures.Input(texts, assessments, decisions, outcome.title(), outcome.from(),
                    outcome.to(), repeated, null, null, language), decisions, config.rules() != null);
        }
        int title = outcome.title() >= 0 && decisions.get(outcome.title()).label() == Label.BODY ? outcome.title() : -1;
        Headline.Revised headline = Headline.revise(texts, assessments, decisions, title, language);
        decisions = headline.decisions();
        title = headline.title();
        List<Line> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Decision d = decisions.get(i);
            lines.add(new Line(i + 1, texts.get(i), d.label(), d.confidence(), d.rule(), d.reason()));
        }
        Metadata metadata = CreditReader.read(lines, title, language, Metadata.NONE, ruledCredit);
        return Assembler.assemble(AuthorBios.revise(lines, title, metadata.author(), false, language.cues()), title,
                config.titleInText(), metadata);
    }

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static List<String> sampleWords(List<String> lines) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (String line : lines) {
            for (int i = 0; i <= line.length() && words.size() < Pipeline.LANGUAGE_SAMPLE_WORDS; i++) {
                char c = i < line.length() ? line.charAt(i) : ' ';
                if (isWordChar(c)) {
                    word.append(c);
                } else if (word.length() > 0) {
                    words.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
            }
            if (words.size() >= Pipeline.LANGUAGE_SAMPLE_WORDS) {
                break;
            }
        }
        return words;
    }

    Language detect(List<String> sampleWords) {
        Language best = lexicon.english;
        int bestHits = 0;
        for (Language language : lexicon.languages().values()) {
            int hits = hits(language, sampleWords);
            if (hits > bestHits || (hits == bestHits && language == lexicon.english)) {
                best = language;
                bestHits = hits;
            }
        }
        return bestHits * 20 < sampleWords.size() ? lexicon.english : best;
    }

    private static int hits(Language language, List<String> sampleWords) {
        int hits = 0;
        for (String word : sampleWords) {
            if (language.stopwords().contains(word)) {
                hits++;
            }
        }
        return hits;
    }

    /** Whether some stoplist holds at least one word in 50 of the sample (or the sample has fewer than 50 words). */
    boolean fits(List<String> sampleWords) {
        int best = 0;
        for (Language language : lexicon.languages().values()) {
            best = Math.max(best, hits(language, sampleWords));
        }
        return sampleWords.size() < 50 || best * 50 >= sampleWords.size();
    }

    static List<String> keys(List<String> texts) {
        List<String> keys = new ArrayList<>(texts.size());
        for (String t : texts) {
            String key = t.length() <= LinePass.MAX_LIST_LINE_CHARS ? normalize(t) : "";
            keys.add(key.length() >= 3 ? key : null);
        }
        return keys;
    }

    static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    static boolean isBlank(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isInvisible(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }

    static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static String normalize(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && !Character.isLetterOrDigit(line.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(line.charAt(end - 1)) && !isMark(line.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (isInvisible(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static Features features(String line, Set<String> stoplist, int maxChars) {
        int n = Math.min(line.length(), maxChars);
        int chars = 0, words = 0, stops = 0, caps = 0, digits = 0, letters = 0, upper = 0, separators = 0, code = 0;
        char first = 0, last = 0, beforeLast = 0, beforeBeforeLast = 0;
        boolean url = false;
        StringBuilder word = new StringBuilder(24);
        for (int i = 0; i <= n; i++) {
            char c = i < n ? line.charAt(i) : ' ';
            if (i < n && isWordChar(c)) {
                if (word.length() == 0 && Character.isUpperCase(c)) {
                    caps++;
                }
                word.append(c);
            } else if (word.length() > 0) {
                words++;
                if (word.length() <= 20 && stoplist.contains(word.toString().toLowerCase(Locale.ROOT))) {
                    stops++;
                }
                word.setLength(0);
            }
            if (i == n || isInvisible(c)) {
                continue;
            }
            chars++;
            if (first == 0) {
                first = c;
            }
            beforeBeforeLast = beforeLast;
            beforeLast = last;
            last = c;
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (c == '|' || c == '·' || c == '•' || c == '›' || c == '»') {
                if (chars > 1) {
                    separators++;
                }
            } else if (c == '{' || c == '}' || c == '(' || c == ')' || c == ';' || c == '=' || c == '<'
                    || c == '>' || c == '[' || c == ']') {
                code++;
            } else if ((c == '/' && i >= 2 && line.charAt(i - 1) == '/' && line.charAt(i - 2) == ':')
                    || (c == '@' && i > 0 && isWordChar(line.charAt(i - 1)))) {
                url = true;
            }
        }
        if (!url && line.indexOf("www.", 0) >= 0) {
            url = true;
        }
        boolean ellipsis = last == '…' || (last == '.' && beforeLast == '.' && beforeBeforeLast == '.');
        boolean closing = last == '"' || last == '”' || last == '’' || last == '\'' || last == ')' || last == '»';
        char end = closing ? beforeLast : last;
        boolean terminal = !ellipsis && (end == '.' || end == '!' || end == '?' || end == '。' || end == '！'
                || end == '？');
        boolean bullet = first == '•' || first == '-' || first == '–' || first == '—' || first == '*'
                || first == '▪' || first == '►' || first == '●' || first == '◦' || first == '·';
        return new Features(chars, words, stops, caps, digits, letters, upper, separators, code, terminal, ellipsis,
                bullet, url, terminal && (end == '?' || end == '？'));
    }

    /** The first pass as it was. */
    static final class Pass {
        private final Config config;
        private final Lexicon lexicon;
        private final List<Language> languages;
        private final boolean fits;

        Pass(Config config, Lexicon lexicon, Language language, boolean fits) {
            this.config = config;
            this.fits = fits;
            this.lexicon = lexicon;
            this.languages = language == lexicon.english ? List.of(language) : List.of(language, lexicon.english);
        }

        private Section section(String key) {
            for (Language lang : languages) {
                Section section = lang.sections().get(key);
                if (section != null) {
                    return section;
                }
            }
            return null;
        }

        Assessment assess(String line, Language language) {
            if (isBlank(line)) {
                return new Assessment(Quality.BLANK, Label.BLANK, null, Features.BLANK, "blank", "no visible character");
            }
            Features f = features(line, language.stopwords(), config.maxLineChars());
            String stripped = line.strip();
            if (stripped.length() <= LinePass.MAX_LIST_LINE_CHARS) {
                String key = normalize(stripped);
                for (Language lang : languages) {
                    Section section = lang.sections().get(key);
                    if (section != null) {
                        return new Assessment(Quality.RULE, section.label(), section, f, "section." + section.label().id(),
                                "heading '" + key + "' opens a " + section.label().id() + " section");
                    }
                }
                for (Language lang : languages) {
                    for (Label label : Lexicon.RULE_LABELS) {
                        if (lang.lines().get(label).contains(key)) {
                            return decided(f, label, label.id() + ".line", "whole line is '" + key + "'");
                        }
                    }
                }
                if (f.digits() > 0 && f.words() >= 2 && f.words() <= LinePass.MAX_HEADING_PARTS_WORDS) {
                    for (int p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) {
                        Section before = section(key.substring(0, p));
                        Section found = before != null && key.substring(p + 1).matches("[(\\[]?\\d+[)\\]]?") ? before : null;
                        if (found != null) {
                            return new Assessment(Quality.RULE, found.label(), found, f, "section." + found.label().id(),
                                    "heading '" + found.heading() + "' opens a " + found.label().id() + " section");
                        }
                    }
                }
            }
            String lower = null;
            if (f.words() <= LinePass.MAX_AD_PHRASE_LINE_WORDS) {
                lower = stripped.toLowerCase(Locale.ROOT);
                String phrase = findPhrase(lower, Label.AD);
                if (phrase != null) {
                    return decided(f, Label.AD, "ad.phrase", "contains '" + phrase + "'");
                }
            }
            if (stripped.length() <= LinePass.MAX_PATTERN_LINE_CHARS) {
                for (Language lang : languages) {
                    Assessment hit = firstPattern(lang.patterns(), stripped, f);
                    if (hit != null) {
                        return hit;
                    }
                }
                Assessment hit = firstPattern(lexicon.commonPatterns, stripped, f);
                if (hit != null) {
                    return hit;
                }
            }
            if (lower != null) {
                int terms = 0;
                for (Language lang : languages) {
                    for (String term : lang.legal()) {
                        terms += lower.contains(term) ? 1 : 0;
                    }
                }
                if (terms >= LinePass.LEGAL_MIN_TERMS) {
                    return decided(f, Label.NAVIGATION, "navigation.legal", terms + " terms of a legal notice");
                }
            }
            if (f.words() <= LinePass.MAX_PHRASE_LINE_WORDS && lower != null) {
                for (Label label : Lexicon.RULE_LABELS) {
                    if (label == Label.AD) {
                        continue;
                    }
                    String phrase = findPhrase(lower, label);
                    if (phrase != null) {
                        return decided(f, label, label.id() + ".phrase", "contains '" + phrase + "'");
                    }
                }
            }
            return shape(f);
        }

        private String findPhrase(String lower, Label label) {
            for (Language lang : languages) {
                for (String phrase : lang.phrases().get(label)) {
                    if (lower.contains(phrase)) {
                        return phrase;
                    }
                }
            }
            return null;
        }

        private static Assessment firstPattern(List<PatternRule> rules, String stripped, Features f) {
            for (PatternRule rule : rules) {
                if (rule.pattern().matcher(stripped).find()) {
                    return decided(f, rule.label(), rule.label().id() + "." + rule.id(), rule.reason());
                }
            }
            return null;
        }

        private static Assessment decided(Features f, Label label, String rule, String reason) {
            return new Assessment(Quality.RULE, label, null, f, rule, reason);
        }

        Assessment shape(Features f) {
            double density = f.stopwordDensity();
            if (f.chars() < config.shortMaxChars()) {
                return new Assessment(Quality.SHORT, null, null, f, "short",
                        f.chars() + " characters, too short to judge alone");
            }
            if (!fits) {
                if (f.terminal()) {
                    return f.chars() >= config.longMinChars()
                            ? new Assessment(Quality.GOOD, null, null, f, "good",
                            "long prose: ends like a sentence (no stoplist for this language)")
                            : new Assessment(Quality.NEAR, null, null, f, "near",
                            "prose: ends like a sentence (no stoplist for this language)");
                }
                return f.separators() > 0
                        ? new Assessment(Quality.LOW, null, null, f, "low",
                        "menu separators (no stoplist for this language): list or menu")
                        : new Assessment(Quality.LOW, null, null, f, "low", "no sentence end (no stoplist for this language)");
            }
            if (density >= config.stopwordsHigh()) {
                return f.chars() >= config.longMinChars()
                        ? new Assessment(Quality.GOOD, null, null, f, "good", "long prose, stopword density "
                        + Math.round(density * 100) + "%")
                        : new Assessment(Quality.NEAR, null, null, f, "near", "prose, stopword density "
                        + Math.round(density * 100) + "%");
            }
            if (density >= config.stopwordsLow()) {
                return new Assessment(Quality.NEAR, null, null, f, "near", "stopword density "
                        + Math.round(density * 100) + "%");
            }
            return new Assessment(Quality.LOW, null, null, f, "low", "few stopwords ("
                    + Math.round(density * 100) + "%): list, menu or data");
        }
    }
}
