package dev.winnow.golden;

import java.util.List;

/** The verdicts on every case of a suite, in suite order. */
public record SuiteReport(List<CaseReport> cases) {
    public SuiteReport {
        cases = List.copyOf(cases);
    }

    /** True when every case matches. */
    public boolean matches() {
        return cases.stream().allMatch(CaseReport::matches);
    }

    /** The cases that differ. */
    public List<CaseReport> differing() {
        return cases.stream().filter(c -> !c.matches()).toList();
    }

    /** Every differing case's description, separated by empty lines; empty when all match. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (CaseReport report : differing()) {
            out.append(out.length() > 0 ? "\n" : "").append(report.describe());
        }
        return out.toString();
    }

    /** One line, e.g. {@code golden: 38 cases, 36 match, 2 differ: wcxb-0031, wcxb-0061}. */
    public String summary() {
        List<CaseReport> differing = differing();
        if (cases.isEmpty()) {
            return "golden: no cases found";
        }
        if (differing.isEmpty()) {
            return "golden: all " + cases.size() + " cases match";
        }
        return "golden: " + cases.size() + " cases, " + (cases.size() - differing.size()) + " match, "
                + differing.size() + " differ: "
                + String.join(", ", differing.stream().map(CaseReport::name).toList());
    }
}
