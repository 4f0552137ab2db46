package dev.winnow.classify;

import dev.winnow.Label;
import dev.winnow.lexicon.Features;
import dev.winnow.lexicon.Lexicon;

/**
 * What the first pass concluded about one line on its own.
 *
 * @param quality  how article-like the line is on its own shape
 * @param label    the label a data rule gave the line, or {@code null} when its context must decide
 * @param section  the section the line opens when it is a section heading, else {@code null}
 * @param features the line's shallow features
 * @param rule     the id of the rule that decided, e.g. {@code ad.line}, or the quality class
 * @param reason   a short human explanation
 */
public record Assessment(Quality quality, Label label, Lexicon.Section section, Features features,
                  String rule, String reason) {

    /** The first pass's shape classes, in the spirit of jusText. */
    public enum Quality {
        /** No visible character. */
        BLANK,
        /** Decided by a data rule (list, phrase, pattern or section heading). */
        RULE,
        /** Too short to judge on its own. */
        SHORT,
        /** Long enough, prose-like but not clearly so. */
        NEAR,
        /** Long, prose-like: article text on its own evidence. */
        GOOD,
        /** Long but with few stopwords: a list, menu, code or data. */
        LOW
    }

    public boolean decided() {
        return label != null;
    }
}
