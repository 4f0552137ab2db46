package dev.winnow.golden;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code golden update} did.
 *
 * @param cases    how many cases the suite has
 * @param changed  the cases whose expected files were rewritten, each with the files that changed, in suite order
 * @param failures the cases that could not be updated, each with the problem (input unreadable, file not writable)
 */
public record UpdateReport(int cases, Map<String, List<String>> changed, Map<String, String> failures) {
    public UpdateReport {
        changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /** One line per changed or failed case, then a summary line; each ends in a line end. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        changed.forEach((name, files) -> out.append("updated ").append(name).append(": ")
                .append(String.join(", ", files)).append('\n'));
        failures.forEach((name, problem) -> out.append("failed ").append(name).append(": ").append(problem)
                .append('\n'));
        if (changed.isEmpty()) {
            out.append("golden: ").append(cases).append(" cases, none changed");
        } else {
            out.append("golden: updated ").append(changed.size()).append(" of ").append(cases).append(" cases (")
                    .append(changed.values().stream().mapToInt(List::size).sum()).append(" files)");
        }
        if (!failures.isEmpty()) {
            out.append(", ").append(failures.size()).append(" failed: ").append(String.join(", ", failures.keySet()));
        }
        return out.append('\n').toString();
    }
}
