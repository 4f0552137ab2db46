package dev.winnow.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.Line;
import dev.winnow.Result;
import java.util.List;

/**
 * The JSON form of one cleaned document, as written by {@code --format jsonl}: the stable names
 * {@code source}, {@code title} (null when none), {@code text} and {@code lines}, every input line in
 * order with {@code label}, {@code text}, {@code reason}, {@code rule} and {@code confidence}.
 */
@JsonPropertyOrder({"source", "title", "text", "lines"})
public record JsonDocument(String source, String title, String text, List<JsonLine> lines) {
    /** Thread-safe once configured (it is never reconfigured). */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One line: its label, its text exactly as in the input, why, the rule id and a rounded confidence. */
    @JsonPropertyOrder({"label", "text", "reason", "rule", "confidence"})
    public record JsonLine(String label, String text, String reason, String rule, double confidence) {
        static JsonLine of(Line line) {
            return new JsonLine(line.label().id(), line.text(), line.reason(), line.rule(),
                    Math.round(line.confidence() * 1000) / 1000.0);
        }
    }

    public JsonDocument {
        lines = List.copyOf(lines);
    }

    /** The document of a result; {@code source} is the input's name as it should appear. */
    public static JsonDocument of(String source, Result result) {
        return new JsonDocument(source, result.title().orElse(null), result.text(),
                result.lines().stream().map(JsonLine::of).toList());
    }

    /** This document as one line of JSON, without a line end. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + source, e);
        }
    }
}
