package dev.winnow.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The line model's weights: per feature, a weight for each label, for each stage and each position (the
 * line itself, or a neighbour, {@link ModelFeatures#PREFIX}). A feature is kept once under its name
 * without the position's prefix, with all its weights side by side, so that one lookup serves the line
 * and every neighbour that sees it, in both stages. Immutable.
 */
public final class ModelWeights {
    /** The number of labels, the columns of the weights. */
    static final int LABELS = 5;
    /** The number of positions. */
    static final int POSITIONS = ModelFeatures.PREFIX.length;
    /** The weights of one stage in a row: a weight per label for each position. */
    static final int STAGE = POSITIONS * LABELS;

    /** Per stage, feature by full name to its weight per label (the data files as read). */
    private final Map<String, float[]>[] flat;
    /** Feature without prefix to its row: [stage][position][label], flattened. */
    private final Map<String, float[]> rows = new HashMap<>();

    @SafeVarargs
    public ModelWeights(Map<String, float[]>... stages) {
        this.flat = stages.clone();
        for (int stage = 0; stage < stages.length; stage++) {
            int base = stage * STAGE;
            stages[stage].forEach((name, w) -> {
                int p = position(name);
                float[] row = rows.computeIfAbsent(name.substring(ModelFeatures.PREFIX[p].length()),
                        k -> new float[flat.length * STAGE]);
                System.arraycopy(w, 0, row, base + p * LABELS, LABELS);
            });
        }
    }

    /** The number of stages. */
    int stages() {
        return flat.length;
    }

    /** The position a feature's name starts with (its prefix), or the line's own. */
    static int position(String name) {
        for (int p = 1; p < POSITIONS; p++) {
            if (name.startsWith(ModelFeatures.PREFIX[p])) {
                return p;
            }
        }
        return ModelFeatures.OWN;
    }

    /**
     * The weights of a feature by its name without a position's prefix: for each stage, for each position,
     * a weight per label ({@code stage * STAGE + position * LABELS + label}); null for a feature no stage
     * weighs. A stage or position that does not weigh it has zeros.
     */
    float[] row(String name) {
        return rows.get(name);
    }

    /** Adds a stage's weights of the feature {@code name} at position {@code p} to {@code s}. */
    void add(int stage, String name, int p, double[] s) {
        float[] row = rows.get(name);
        if (row != null) {
            int at = stage * STAGE + p * LABELS;
            for (int l = 0; l < LABELS; l++) {
                s[l] += row[at + l];
            }
        }
    }

    /** A stage's scores of features given by their full names. */
    public double[] scores(int stage, Iterable<String> names) {
        double[] s = new double[LABELS];
        for (String name : names) {
            float[] w = flat[stage].get(name);
            if (w != null) {
                for (int l = 0; l < LABELS; l++) {
                    s[l] += w[l];
                }
            }
        }
        return s;
    }

    /**
     * The scores of every visible line from its first-stage features, for every stage: its own features,
     * and the atoms of itself and of each neighbour at that neighbour's position. Each atom is looked up
     * once, its weights spread to every line that sees it.
     *
     * @return per stage, per visible line, per label
     */
    public double[][][] scores(ModelFeatures.Lines lines) {
        int n = lines.size();
        int stages = flat.length;
        // one array, line by line, each line's stages side by side: per (line, stage, label) the weights
        // are added in the same order as into separate arrays, so the sums are the same to the last bit
        int perLine = stages * LABELS;
        double[] sums = new double[n * perLine];
        for (int u = 0; u < n; u++) {
            for (String a : lines.atoms()[u]) {
                float[] row = rows.get(a);
                if (row == null) {
                    continue;
                }
                for (int p = 0; p < POSITIONS; p++) {
                    // the atom of line u, seen from line v at position p: u = v + OFFSET[p]
                    int v = u - ModelFeatures.OFFSET[p];
                    if (v >= 0 && v < n) {
                        addAt(row, p, sums, v * perLine, stages);
                    }
                }
            }
            String[] own = lines.own()[u];
            byte[] at = lines.at()[u];
            for (int k = 0; k < own.length; k++) {
                float[] row = rows.get(own[k]);
                if (row != null) {
                    addAt(row, at[k], sums, u * perLine, stages);
                }
            }
        }
        double[][][] out = new double[stages][n][];
        for (int stage = 0; stage < stages; stage++) {
            for (int v = 0; v < n; v++) {
                int from = v * perLine + stage * LABELS;
                out[stage][v] = java.util.Arrays.copyOfRange(sums, from, from + LABELS);
            }
        }
        return out;
    }

    /** Adds every stage's weights of a feature's row at position {@code p} to a line's sums from {@code base}. */
    private static void addAt(float[] row, int p, double[] sums, int base, int stages) {
        for (int stage = 0; stage < stages; stage++) {
            int from = stage * STAGE + p * LABELS;
            int to = base + stage * LABELS;
            for (int l = 0; l < LABELS; l++) {
                sums[to + l] += row[from + l];
            }
        }
    }
}
