package dev.winnow.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fits a multinomial logistic model (softmax regression) to labelled examples with AdaGrad and an L2
 * penalty, in a fixed order from a fixed seed, so that the same examples give the same weights. Features
 * seen fewer than {@link Settings#minCount()} times, or on fewer than {@link Settings#minPages()} pages, are
 * left out.
 */
final class Trainer {
    /** One line: its features and the index of its label. */
    record Example(List<String> features, int label, int group) {
    }

    /**
     * @param epochs   passes over the examples
     * @param rate     AdaGrad's base step
     * @param l2       the L2 penalty per step
     * @param minCount a feature must occur this often to get weights
     * @param minPages a feature must occur on this many pages (examples' groups) to get weights: a word seen
     *                 on one site only would teach the model that site, not the role
     * @param balance  how far the labels are balanced: each line's step is scaled by
     *                 {@code (lines / (labels * lines of its label))^balance}, so that at 1 every label weighs
     *                 as much as the others in all (the rare caption as much as navigation), at 0 every line
     *                 weighs the same; macro-F1 counts each label alike
     */
    record Settings(int epochs, double rate, double l2, int minCount, int minPages, double balance) {
        static final Settings DEFAULTS = new Settings(5, 0.2, 1e-5, 10, 1, 0);
    }

    private Trainer() {
    }

    /** The weights, feature to one weight per label. */
    static Map<String, float[]> fit(List<Example> examples, int labels, Settings settings) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, java.util.Set<Integer>> pages = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
                if (settings.minPages() > 1) {
                    pages.computeIfAbsent(f, k -> new java.util.HashSet<>()).add(e.group());
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        counts.keySet().stream().sorted().forEach(f -> {
            if (counts.get(f) >= settings.minCount()
                    && (settings.minPages() <= 1 || pages.get(f).size() >= settings.minPages())) {
                index.put(f, names.size());
                names.add(f);
            }
        });
        int[][] xs = new int[examples.size()][];
        for (int k = 0; k < examples.size(); k++) {
            xs[k] = examples.get(k).features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
        }
        double[] scale = scales(examples, labels, settings.balance());
        double[][] w = new double[names.size()][labels];
        double[][] g2 = new double[names.size()][labels];
        int[] order = new int[examples.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Random random = new Random(16);
        double[] s = new double[labels];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int k = order.length - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            for (int k : order) {
                int[] x = xs[k];
                int y = examples.get(k).label();
                java.util.Arrays.fill(s, 0);
                for (int f : x) {
                    for (int l = 0; l < labels; l++) {
                        s[l] += w[f][l];
                    }
                }
                double max = Double.NEGATIVE_INFINITY;
                for (double v : s) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int l = 0; l < labels; l++) {
                    s[l] = Math.exp(s[l] - max);
                    sum += s[l];
                }
                for (int l = 0; l < labels; l++) {
                    double grad = scale[y] * (s[l] / sum - (l == y ? 1 : 0));
                    for (int f : x) {
                        double g = grad + settings.l2() * w[f][l];
                        g2[f][l] += g * g;
                        w[f][l] -= settings.rate() * g / Math.sqrt(g2[f][l] + 1e-8);
                    }
                }
            }
        }
        Map<String, float[]> out = new HashMap<>();
        for (int f = 0; f < names.size(); f++) {
            float[] row = new float[labels];
            double big = 0;
            for (int l = 0; l < labels; l++) {
                row[l] = Math.round(w[f][l] * 1000) / 1000f;
                big = Math.max(big, Math.abs(row[l]));
            }
            if (big >= 0.005) {
                out.put(names.get(f), row);
            }
        }
        return out;
    }

    /** Per label, the factor of its lines' steps (see {@link Settings#balance()}); 1 for a label without lines. */
    private static double[] scales(List<Example> examples, int labels, double balance) {
        int[] count = new int[labels];
        for (Example e : examples) {
            count[e.label()]++;
        }
        double[] scale = new double[labels];
        for (int l = 0; l < labels; l++) {
            scale[l] = count[l] == 0 ? 1 : Math.pow((double) examples.size() / (labels * (double) count[l]), balance);
        }
        return scale;
    }
}
