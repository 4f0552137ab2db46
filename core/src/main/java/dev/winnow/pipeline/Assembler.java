package dev.winnow.pipeline;

import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Metadata;
import dev.winnow.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The last step: a {@link Result} from the decided lines (the article text is the body lines, stripped). */
public final class Assembler {
    private Assembler() {
    }

    public static Result assemble(List<Line> lines, int titleIndex, boolean titleInText, Metadata metadata) {
        Optional<String> title = titleIndex >= 0
                ? Optional.of(lines.get(titleIndex).text().strip()) : Optional.empty();
        // the stripped body lines, a blank line between two, from the first that is not empty.
        // String.join sizes the text once, in one coder; a StringBuilder was widened to UTF-16 at
        // the first line beyond Latin-1 (copying what it held) and narrowed in vain in toString
        List<String> parts = new ArrayList<>();
        for (Line line : lines) {
            if (line.label() != Label.BODY || (!titleInText && line.number() - 1 == titleIndex)) {
                continue;
            }
            String part = line.text().strip();
            if (!part.isEmpty() || !parts.isEmpty()) {
                parts.add(part);
            }
        }
        return new Result(lines, title, String.join("\n\n", parts), metadata);
    }
}
