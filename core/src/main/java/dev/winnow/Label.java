package dev.winnow;

import dev.winnow.text.Text;
import java.util.Locale;

/**
 * The role of one line of a document, as defined in {@code LABELS.md}.
 *
 * <p>Every line of a document gets exactly one label. {@link #BLANK} marks lines with no visible
 * character; the five other labels are the roles a visible line can play.
 */
public enum Label {
    /** The article itself: headline, standfirst, paragraphs, subheadings, lists and tables of the story. */
    BODY,
    /** Text that describes an image, video, chart or gallery. */
    CAPTION,
    /** Attribution and publication metadata: bylines, dates, photo credits, reading time, source notes. */
    CREDIT,
    /** Advertising and promotion: ads, donation and subscription appeals, newsletter and app promotion. */
    AD,
    /** Site chrome and everything else: menus, buttons, comments, related teasers, footers, notices. */
    NAVIGATION,
    /** A line with no visible character. */
    BLANK;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lowercase name used in {@code .labels.tsv} files and JSON, e.g. {@code "body"}. */
    public String id() {
        return id;
    }

    /** True for the labels of visible lines, false for {@link #BLANK}. */
    public boolean isVisible() {
        return this != BLANK;
    }

    /**
     * Parses a label from its {@link #id()} (case-insensitive).
     *
     * @throws IllegalArgumentException if the text names no label
     */
    public static Label parse(String text) {
        for (Label label : values()) {
            if (label.id.equalsIgnoreCase(text.strip())) {
                return label;
            }
        }
        throw new IllegalArgumentException("unknown label '" + text
                + "' (expected one of body, caption, credit, ad, navigation, blank)");
    }
}
