package dev.winnow.golden;

import dev.winnow.Result;
import dev.winnow.format.Format;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What winnow makes of one case: the result and its three renderings, exactly as {@code winnow clean}
 * writes them with {@code --format labels}, {@code text} and {@code jsonl}.
 *
 * @param result the cleaner's result
 * @param labels the labelled lines ({@value GoldenCase#EXPECTED_LABELS})
 * @param text   the clean article ({@value GoldenCase#EXPECTED_TEXT})
 * @param jsonl  the JSON line, whose {@code source} is the case directory's name ({@value GoldenCase#EXPECTED_JSONL})
 */
public record GoldenOutputs(Result result, String labels, String text, String jsonl) {
    /** Renders a result; {@code source} names the case in the JSON. */
    public static GoldenOutputs of(String source, Result result) {
        return new GoldenOutputs(result, Format.LABELS.render(source, result), Format.TEXT.render(source, result),
                Format.JSONL.render(source, result));
    }

    /** The expected files' names and contents, in the order they are compared and written. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(GoldenCase.EXPECTED_LABELS, labels);
        files.put(GoldenCase.EXPECTED_TEXT, text);
        files.put(GoldenCase.EXPECTED_JSONL, jsonl);
        return files;
    }
}
