package dev.winnow.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on one case: the differences between its actual and expected outputs (none: it matches).
 *
 * @param name        the case's name (its path below the suite)
 * @param differences what differs, most telling first
 */
public record CaseReport(String name, List<Difference> differences) {
    /** At most this many differences of a case are described; the rest are counted. */
    public static final int MAX_SHOWN = 40;
    /** At most this many lines of a text diff are shown. */
    public static final int MAX_DIFF_LINES = 60;

    public CaseReport {
        differences = List.copyOf(differences);
    }

    /** True when the outputs match the expected files exactly. */
    public boolean matches() {
        return differences.isEmpty();
    }

    /** The readable description: one or more lines per difference, each line ending in a line end. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Difference difference : differences) {
            if (shown == MAX_SHOWN) {
                out.append(name).append(": ... and ").append(differences.size() - MAX_SHOWN)
                        .append(" more differences\n");
                break;
            }
            List<String> lines = new ArrayList<>(difference.describe(name));
            if (lines.size() > MAX_DIFF_LINES) {
                int more = lines.size() - MAX_DIFF_LINES;
                lines = new ArrayList<>(lines.subList(0, MAX_DIFF_LINES));
                lines.add("    ... " + more + " more lines");
            }
            lines.forEach(line -> out.append(line).append('\n'));
            shown++;
        }
        return out.toString();
    }
}
