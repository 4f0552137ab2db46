package dev.winnow.golden;

import dev.winnow.Label;
import dev.winnow.format.Lines;
import java.util.List;

/**
 * One way a case's output differs from its expected files. Each kind describes itself in lines that
 * start with {@code case:} so that they can be searched and read out of context.
 */
public sealed interface Difference {
    /** Line texts are shortened to this many code points in descriptions. */
    int TEXT_WIDTH = 100;

    /** The description, one or more lines without line ends. */
    List<String> describe(String caseName);

    /** Expected files that do not exist yet. */
    record Missing(List<String> files) implements Difference {
        public Missing {
            files = List.copyOf(files);
        }

        @Override
        public List<String> describe(String caseName) {
            return List.of(caseName + ": no expected output (" + String.join(", ", files)
                    + "); run `winnow golden update`");
        }
    }

    /** A file that could not be read or parsed. */
    record Unreadable(String file, String problem) implements Difference {
        @Override
        public List<String> describe(String caseName) {
            return List.of(caseName + ": " + file + ": " + problem);
        }
    }

    /** A line whose label changed; {@code rule} and {@code reason} are the actual decision's. */
    record LabelChanged(int line, Label expected, Label actual, String rule, String reason, String text)
            implements Difference {
        @Override
        public List<String> describe(String caseName) {
            return List.of(caseName + ":" + line + ": " + expected.id() + " -> " + actual.id() + "  [" + rule + ": "
                    + reason + "]  " + Lines.truncate(text.strip(), TEXT_WIDTH));
        }
    }

    /** The expected labels no longer line up with the input: it was edited, or lines were added or removed. */
    record LinesChanged(int line, String expected, String actual) implements Difference {
        @Override
        public List<String> describe(String caseName) {
            return List.of(caseName + ":" + line + ": " + GoldenCase.EXPECTED_LABELS + " does not match "
                            + "the input's lines from here on (input or segmentation changed? review, then `winnow golden update`)",
                    "    expected: " + Lines.truncate(expected, TEXT_WIDTH),
                    "    input:    " + Lines.truncate(actual, TEXT_WIDTH));
        }
    }

    /** The clean text differs; {@code diff} is a compact unified diff, expected ({@code -}) to actual ({@code +}). */
    record TextChanged(String file, List<String> diff) implements Difference {
        public TextChanged {
            diff = List.copyOf(diff);
        }

        @Override
        public List<String> describe(String caseName) {
            List<String> lines = new java.util.ArrayList<>();
            lines.add(caseName + ": " + file + " differs (- expected, + actual):");
            diff.forEach(line -> lines.add("    " + line));
            return lines;
        }
    }

    /** A value of the JSON output differs; {@code where} is e.g. {@code title} or {@code line 12 reason}. */
    record JsonChanged(String where, String expected, String actual) implements Difference {
        @Override
        public List<String> describe(String caseName) {
            return List.of(caseName + ": " + GoldenCase.EXPECTED_JSONL + ": " + where + ": "
                    + Lines.truncate(expected, TEXT_WIDTH / 2) + " -> " + Lines.truncate(actual, TEXT_WIDTH / 2));
        }
    }
}
