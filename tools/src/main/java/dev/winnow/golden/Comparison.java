package dev.winnow.golden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.Line;
import dev.winnow.format.LabelsTsv;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a case's actual outputs with the contents of its expected files, most telling first: the
 * labels line by line, then the clean text as a diff, then what else the JSON holds (title, rules,
 * reasons, confidences) for the lines whose label did not change.
 */
final class Comparison {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Comparison() {
    }

    /**
     * The differences between the actual outputs and the expected files' contents; a file missing from
     * {@code expected} is a {@link Difference.Missing}.
     */
    static List<Difference> compare(GoldenOutputs actual, Map<String, String> expected) {
        List<Difference> differences = new ArrayList<>();
        List<String> missing = actual.files().keySet().stream().filter(f -> !expected.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            differences.add(new Difference.Missing(missing));
        }
        Set<Integer> relabelled = new HashSet<>();
        String labels = expected.get(GoldenCase.EXPECTED_LABELS);
        if (labels != null && !labels.equals(actual.labels())) {
            differences.addAll(labels(labels, actual.result().lines(), relabelled));
        }
        String text = expected.get(GoldenCase.EXPECTED_TEXT);
        boolean textChanged = text != null && !text.equals(actual.text());
        if (textChanged) {
            differences.add(new Difference.TextChanged(GoldenCase.EXPECTED_TEXT,
                    UnifiedDiff.of(text.lines().toList(), actual.text().lines().toList())));
        }
        String jsonl = expected.get(GoldenCase.EXPECTED_JSONL);
        if (jsonl != null && !jsonl.equals(actual.jsonl())) {
            differences.addAll(json(jsonl, actual.jsonl(), relabelled, textChanged));
        }
        return differences;
    }

    /** Label differences line by line; stops at the first line whose text no longer matches. */
    private static List<Difference> labels(String expected, List<Line> actual, Set<Integer> relabelled) {
        List<LabelsTsv.Row> rows;
        try {
            rows = LabelsTsv.parse(expected);
        } catch (IllegalArgumentException e) {
            return List.of(new Difference.Unreadable(GoldenCase.EXPECTED_LABELS, e.getMessage()));
        }
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(rows.size(), actual.size()); i++) {
            String expectedText = i < rows.size() ? rows.get(i).text() : "(end of file)";
            String actualText = i < actual.size() ? actual.get(i).text() : "(end of input)";
            if (i >= rows.size() || i >= actual.size() || !expectedText.equals(actualText)) {
                differences.add(new Difference.LinesChanged(i + 1, expectedText, actualText));
                break;
            }
            Line line = actual.get(i);
            if (rows.get(i).label() != line.label()) {
                relabelled.add(line.number());
                differences.add(new Difference.LabelChanged(line.number(), rows.get(i).label(), line.label(),
                        line.rule(), line.reason(), line.text()));
            }
        }
        return differences;
    }

    /** JSON differences other than those already reported as label or text changes. */
    private static List<Difference> json(String expected, String actual, Set<Integer> relabelled,
                                         boolean textReported) {
        JsonNode want;
        JsonNode got;
        try {
            want = JSON.readTree(expected);
            got = JSON.readTree(actual);
        } catch (JsonProcessingException e) {
            return List.of(new Difference.Unreadable(GoldenCase.EXPECTED_JSONL,
                    "not JSON: " + e.getOriginalMessage()));
        }
        List<Difference> differences = new ArrayList<>();
        for (String field : fieldNames(want, got)) {
            if (!field.equals("lines") && !(textReported && field.equals("text"))) {
                compareValue(field, want.get(field), got.get(field), differences);
            }
        }
        JsonNode wantLines = want.path("lines");
        JsonNode gotLines = got.path("lines");
        if (wantLines.size() != gotLines.size()) {
            differences.add(new Difference.JsonChanged("lines", wantLines.size() + " lines", gotLines.size() + " lines"));
            return differences;
        }
        for (int i = 0; i < gotLines.size(); i++) {
            if (relabelled.contains(i + 1)) {
                continue;
            }
            for (String field : fieldNames(wantLines.get(i), gotLines.get(i))) {
                compareValue("line " + (i + 1) + " " + field, wantLines.get(i).get(field), gotLines.get(i).get(field),
                        differences);
            }
        }
        return differences;
    }

    private static void compareValue(String where, JsonNode want, JsonNode got, List<Difference> out) {
        if (want == null || got == null || !want.equals(got)) {
            out.add(new Difference.JsonChanged(where, show(want), show(got)));
        }
    }

    private static String show(JsonNode node) {
        return node == null ? "(absent)" : node.toString();
    }

    private static Set<String> fieldNames(JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode node : List.of(a, b)) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
        }
        return names;
    }
}
