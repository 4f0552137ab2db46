package dev.winnow.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.Line;
import dev.winnow.Metadata;
import dev.winnow.Result;
import java.util.List;

/**
 * The JSON form of one cleaned document, as written by {@code --format jsonl}: the stable names
 * {@code source}, {@code title} (null when none), {@code text} and {@code lines}, every input line in
 * order with {@code label}, {@code text}, {@code reason}, {@code rule} and {@code confidence}; then, only
 * when the document declares any (an HTML page), {@code metadata} with those of {@code headline},
 * {@code author}, {@code published} and {@code siteName} it declares.
 */
@JsonPropertyOrder({"source", "title", "text", "lines", "metadata"})
public record JsonDocument(String source, String title, String text, List<JsonLine> lines,
                           @JsonInclude(JsonInclude.Include.NON_NULL) JsonMetadata metadata) {
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

    /** What the page declares about itself ({@link Metadata}); a field it does not declare is left out. */
    @JsonPropertyOrder({"headline", "author", "published", "siteName"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JsonMetadata(String headline, String author, String published, String siteName) {
        /** The metadata's fields, or null when it has none. */
        static JsonMetadata of(Metadata metadata) {
            JsonMetadata json = new JsonMetadata(metadata.headline().orElse(null), metadata.author().orElse(null),
                    metadata.published().orElse(null), metadata.siteName().orElse(null));
            return json.equals(new JsonMetadata(null, null, null, null)) ? null : json;
        }
    }

    public JsonDocument {
        lines = List.copyOf(lines);
    }

    /** The document of a result; {@code source} is the input's name as it should appear. */
    public static JsonDocument of(String source, Result result) {
        return new JsonDocument(source, result.title().orElse(null), result.text(),
                result.lines().stream().map(JsonLine::of).toList(), JsonMetadata.of(result.metadata()));
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
