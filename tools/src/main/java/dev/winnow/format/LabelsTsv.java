package dev.winnow.format;

import dev.winnow.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lossless labelled-lines format of {@code LABELS.md}: one row {@code <label>\t<line>} per
 * input line. (Writing is {@link dev.winnow.Result#toLabelsTsv()}.)
 */
public final class LabelsTsv {
    private LabelsTsv() {
    }

    /** One row: the label and the input line exactly as it was. */
    public record Row(Label label, String text) {
    }

    /**
     * Parses a labels file strictly: every row needs a tab, and its first field must be exactly one of
     * the lowercase label ids ({@code body caption credit ad navigation blank}).
     *
     * @throws IllegalArgumentException naming the first bad row (from 1)
     */
    public static List<Row> parse(String content) {
        List<String> rows = content.lines().toList();
        List<Row> parsed = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            int tab = row.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("row " + (i + 1) + " has no tab after its label");
            }
            parsed.add(new Row(label(row.substring(0, tab), i + 1), row.substring(tab + 1)));
        }
        return parsed;
    }

    private static Label label(String id, int row) {
        for (Label label : Label.values()) {
            if (label.id().equals(id)) {
                return label;
            }
        }
        throw new IllegalArgumentException("row " + row + " has an unknown label '" + id
                + "' (expected one of body, caption, credit, ad, navigation, blank)");
    }
}
