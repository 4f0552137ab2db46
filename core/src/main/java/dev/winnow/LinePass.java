package dev.winnow;

import dev.winnow.Assessment.Quality;
import dev.winnow.Lexicon.Language;
import dev.winnow.Lexicon.PatternRule;
import dev.winnow.Lexicon.Section;
import java.util.List;
import java.util.Locale;

/**
 * The first pass: each line on its own. Data rules are tried in a fixed order (section headings,
 * whole-line lists, ad phrases, patterns, other phrases); a line no rule decides gets a shape class
 * from its length and stopword density, for the context pass to weigh.
 */
final class LinePass {
    /** Whole-line lists and section headings are looked up only for lines up to this many characters. */
    static final int MAX_LIST_LINE_CHARS = 120;
    /** Phrase lists other than ads apply to lines of at most this many words. */
    static final int MAX_PHRASE_LINE_WORDS = 30;
    /** Ad phrases apply to lines of at most this many words. */
    static final int MAX_AD_PHRASE_LINE_WORDS = 90;
    /** A line with at least this many different legal terms is a legal notice. */
    static final int LEGAL_MIN_TERMS = 2;
    /** Patterns are tried on lines of at most this many characters. */
    static final int MAX_PATTERN_LINE_CHARS = 400;

    private final Config config;
    private final Lexicon lexicon;
    private final List<Language> languages;

    LinePass(Config config, Lexicon lexicon, Language language) {
        this.config = config;
        this.lexicon = lexicon;
        this.languages = language == lexicon.english ? List.of(language) : List.of(language, lexicon.english);
    }

    Assessment assess(String line, Language language) {
        if (Text.isBlank(line)) {
            return new Assessment(Quality.BLANK, Label.BLANK, null, Features.BLANK, "blank", "no visible character");
        }
        Features f = Features.of(line, language.stopwords(), config.maxLineChars());
        String stripped = line.strip();
        if (stripped.length() <= MAX_LIST_LINE_CHARS) {
            String key = Text.normalize(stripped);
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
        }
        String lower = null;
        if (f.words() <= MAX_AD_PHRASE_LINE_WORDS) {
            lower = stripped.toLowerCase(Locale.ROOT);
            String phrase = findPhrase(lower, Label.AD);
            if (phrase != null) {
                return decided(f, Label.AD, "ad.phrase", "contains '" + phrase + "'");
            }
        }
        if (stripped.length() <= MAX_PATTERN_LINE_CHARS) {
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
            if (terms >= LEGAL_MIN_TERMS) {
                return decided(f, Label.NAVIGATION, "navigation.legal", terms + " terms of a legal notice");
            }
        }
        if (f.words() <= MAX_PHRASE_LINE_WORDS && lower != null) {
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

    /** The jusText-style shape class of a line no data rule decided. */
    Assessment shape(Features f) {
        double density = f.stopwordDensity();
        if (f.chars() < config.shortMaxChars()) {
            return new Assessment(Quality.SHORT, null, null, f, "short",
                    f.chars() + " characters, too short to judge alone");
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
