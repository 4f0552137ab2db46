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
    /**
     * Thread-safe once configured (it is never reconfigured). Escapes U+2028, U+2029 and U+0085 inside
     * strings, so that a reader that splits lines on them (Python's {@code str.splitlines}) still sees one
     * object per line.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new LineSeparatorEscapes());
    }

    /** Jackson's standard escapes, and {@code \u2028}, {@code \u2029}, {@code \u0085}. */
    private static final class LineSeparatorEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 || ch == 0x85
                    ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

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
        return toJson(java.util.Map.of());
    }

    /**
     * This document as one line of JSON with more fields after winnow's own (a crawl record's {@code url},
     * {@code warcRecordId}, {@code warcDate}; a JSONL input object's other fields). A field whose name is one
     * of winnow's goes, unchanged, into an object {@code input} instead, so that none is lost or replaced.
     */
    public String toJson(java.util.Map<String, ?> extra) {
        try {
            if (extra.isEmpty()) {
                return MAPPER.writeValueAsString(this);
            }
            com.fasterxml.jackson.databind.node.ObjectNode node = MAPPER.valueToTree(this);
            com.fasterxml.jackson.databind.node.ObjectNode clashes = null;
            for (java.util.Map.Entry<String, ?> e : extra.entrySet()) {
                com.fasterxml.jackson.databind.JsonNode value = MAPPER.valueToTree(e.getValue());
                if (node.has(e.getKey()) || e.getKey().equals("input")) {
                    if (clashes == null) {
                        clashes = MAPPER.createObjectNode();
                    }
                    clashes.set(e.getKey(), value);
                } else {
                    node.set(e.getKey(), value);
                }
            }
            if (clashes != null) {
                node.set("input", clashes);
            }
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + source, e);
        }
    }
}
