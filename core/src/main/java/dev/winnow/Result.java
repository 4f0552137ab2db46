package dev.winnow;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link Cleaner} found in one document (a text dump or an HTML page). Immutable.
 *
 * @param lines every input line, in input order, blank ones included; nothing is dropped
 * @param title the article's headline when one was found among the body lines, else empty
 * @param text  the clean article: the body lines, with paragraphs separated by one blank line.
 *              The headline is not repeated in it (see {@link #title()}) unless the configuration
 *              asks for it with {@link Config.Builder#titleInText(boolean)}.
 * @param metadata the headline, author, publication date and site name: what an HTML page declares about
 *                 itself, completed from the labelled lines (the title line, bylines and dates among the
 *                 credit lines near it), which are all a text dump has
 */
public record Result(List<Line> lines, Optional<String> title, String text, Metadata metadata) {
    public Result {
        lines = List.copyOf(lines);
        metadata = metadata == null ? Metadata.NONE : metadata;
    }

    /** A result without metadata, as for a text dump. */
    public Result(List<Line> lines, Optional<String> title, String text) {
        this(lines, title, text, Metadata.NONE);
    }

    /**
     * The lossless labelled-lines format of {@code LABELS.md}: one row per input line,
     * {@code <label>\t<line>\n}. Removing the first field of every row gives back the input
     * (line ends normalised to {@code \n}).
     */
    public String toLabelsTsv() {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            out.append(line.label().id()).append('\t').append(line.text()).append('\n');
        }
        return out.toString();
    }

    /** The number of lines that carry the given label. */
    public long count(Label label) {
        return lines.stream().filter(l -> l.label() == label).count();
    }
}
