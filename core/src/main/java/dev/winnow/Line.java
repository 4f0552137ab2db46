package dev.winnow;

import java.util.Objects;

/**
 * One input line with the label winnow gave it.
 *
 * @param number     the line's position in the input, from 1
 * @param text       the line exactly as in the input, without its line end
 * @param label      the role of the line
 * @param confidence how sure the classifier is, from 0 to 1
 * @param rule       the id of the rule that decided the label, e.g. {@code "ad.line"} or {@code "body.region"};
 *                   stable across versions, so it can be counted and filtered
 * @param reason     a short human explanation of the decision, e.g. {@code "whole line is 'Advertisement'"}
 */
public record Line(int number, String text, Label label, double confidence, String rule, String reason) {
    public Line {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    /** True when this line is part of the article text. */
    public boolean isBody() {
        return label == Label.BODY;
    }
}
