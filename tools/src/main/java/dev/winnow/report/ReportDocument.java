package dev.winnow.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cleaned document as {@code winnow clean --format jsonl} writes it, read back for the report: where it
 * came from, its headline, article text, metadata and every line with its label, rule and reason.
 *
 * @param source the file it was read from ({@code -} for standard input)
 * @param url    the record's URL in a WARC, WET or JSONL input, else empty
 */
record ReportDocument(String source, String url, String title, String text, Map<String, String> metadata,
                      List<ReportLine> lines) {

    /** One line: its label, text, and the rule and reason of the decision. */
    record ReportLine(Label label, String text, String rule, String reason) {
    }

    /** The document of one JSONL object. */
    static ReportDocument of(JsonNode node) {
        List<ReportLine> lines = new ArrayList<>();
        for (JsonNode line : node.path("lines")) {
            lines.add(new ReportLine(Label.parse(line.path("label").asText()), line.path("text").asText(""),
                    line.path("rule").asText(""), line.path("reason").asText("")));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        node.path("metadata").fields().forEachRemaining(e -> metadata.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        JsonNode title = node.path("title");
        return new ReportDocument(node.path("source").asText("-"), node.path("url").asText(""),
                title.isNull() || title.isMissingNode() ? "" : title.asText(), node.path("text").asText(""),
                metadata, List.copyOf(lines));
    }

    /** The document of a {@link Result} the caller cleaned itself. */
    static ReportDocument of(String source, String url, Result result) {
        List<ReportLine> lines = new ArrayList<>();
        for (Line line : result.lines()) {
            lines.add(new ReportLine(line.label(), line.text(), line.rule(), line.reason()));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        result.metadata().headline().ifPresent(v -> metadata.put("headline", v));
        result.metadata().author().ifPresent(v -> metadata.put("author", v));
        result.metadata().published().ifPresent(v -> metadata.put("published", v));
        result.metadata().siteName().ifPresent(v -> metadata.put("siteName", v));
        return new ReportDocument(source, url, result.title().orElse(""), result.text(), metadata, List.copyOf(lines));
    }

    /** What the report calls it: the URL of a record, else the source. */
    String name() {
        return url.isEmpty() ? source : url;
    }

    /** The number of lines of each label, by {@link Label#ordinal()}. */
    long[] counts() {
        long[] counts = new long[Label.values().length];
        for (ReportLine line : lines) {
            counts[line.label().ordinal()]++;
        }
        return counts;
    }
}
