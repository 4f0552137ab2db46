package dev.winnow.measure;

import dev.winnow.Label;
import java.util.List;
import java.util.Locale;

/**
 * Measure 3 of METRICS.md: line labels against hand labels, over non-blank lines. Per label
 * precision, recall and F1, macro-F1 (the mean F1 of the five labels), accuracy and the confusion
 * matrix. Mutable while counting; not thread-safe.
 */
public final class LabelScores {
    /** The five labels of visible lines, in report order. */
    public static final List<Label> LABELS = List.of(Label.BODY, Label.CAPTION, Label.CREDIT, Label.AD,
            Label.NAVIGATION);

    private final long[][] confusion = new long[LABELS.size()][LABELS.size()];

    /**
     * Counts one line. Lines whose truth is blank are skipped; a visible line labelled blank by the
     * system counts as navigation (it was not kept).
     */
    public void add(Label truth, Label actual) {
        if (truth == Label.BLANK) {
            return;
        }
        Label a = actual == Label.BLANK ? Label.NAVIGATION : actual;
        confusion[LABELS.indexOf(truth)][LABELS.indexOf(a)]++;
    }

    /** Adds another set of counts to this one. */
    public void addAll(LabelScores other) {
        for (int i = 0; i < LABELS.size(); i++) {
            for (int j = 0; j < LABELS.size(); j++) {
                confusion[i][j] += other.confusion[i][j];
            }
        }
    }

    /** Lines whose truth is {@code truth} and whose label is {@code actual}. */
    public long count(Label truth, Label actual) {
        return confusion[LABELS.indexOf(truth)][LABELS.indexOf(actual)];
    }

    public long total() {
        long total = 0;
        for (long[] row : confusion) {
            for (long c : row) {
                total += c;
            }
        }
        return total;
    }

    /** Precision, recall and F1 of one label; a label with no true and no predicted line scores 0. */
    public Prf of(Label label) {
        int k = LABELS.indexOf(label);
        long tp = confusion[k][k], predicted = 0, actual = 0;
        for (int i = 0; i < LABELS.size(); i++) {
            predicted += confusion[i][k];
            actual += confusion[k][i];
        }
        return Prf.of(predicted == 0 ? 0 : (double) tp / predicted, actual == 0 ? 0 : (double) tp / actual);
    }

    /** The mean F1 of the five labels. */
    public double macroF1() {
        return LABELS.stream().mapToDouble(l -> of(l).f1()).average().orElse(0);
    }

    /** Share of lines labelled as in the truth. */
    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < LABELS.size(); i++) {
            correct += confusion[i][i];
        }
        long total = total();
        return total == 0 ? 0 : (double) correct / total;
    }

    /** A table of per-label figures, macro-F1, accuracy and the confusion matrix (rows: truth). */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-11s %9s %9s %9s %8s%n", "label", "precision", "recall", "F1", "lines"));
        for (Label label : LABELS) {
            Prf prf = of(label);
            long lines = 0;
            for (long c : confusion[LABELS.indexOf(label)]) {
                lines += c;
            }
            out.append(String.format(Locale.ROOT, "%-11s %9.3f %9.3f %9.3f %8d%n", label.id(), prf.precision(),
                    prf.recall(), prf.f1(), lines));
        }
        out.append(String.format(Locale.ROOT, "macro-F1 %.3f   accuracy %.3f   lines %d%n", macroF1(), accuracy(),
                total()));
        out.append(String.format(Locale.ROOT, "%nconfusion (rows: truth, columns: winnow)%n%-11s", ""));
        for (Label label : LABELS) {
            out.append(String.format(Locale.ROOT, " %10s", label.id()));
        }
        out.append(System.lineSeparator());
        for (Label truth : LABELS) {
            out.append(String.format(Locale.ROOT, "%-11s", truth.id()));
            for (Label actual : LABELS) {
                out.append(String.format(Locale.ROOT, " %10d", count(truth, actual)));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
