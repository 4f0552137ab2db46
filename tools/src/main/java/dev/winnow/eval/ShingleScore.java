package dev.winnow.eval;

import dev.winnow.measure.Prf;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measure 1 of METRICS.md, the ScrapingHub article-extraction-benchmark measure: 4-token shingles
 * compared as multisets, TP/FP/FN normalised per page so that every page weighs the same.
 *
 * @param tp true positives divided by TP+FP+FN
 * @param fp false positives divided by TP+FP+FN
 * @param fn false negatives divided by TP+FP+FN
 */
public record ShingleScore(double tp, double fp, double fn) {
    /** The shingle length. */
    public static final int SIZE = 4;

    /** Scores one page's extracted text against its reference. */
    public static ShingleScore of(String extracted, String reference) {
        Map<List<String>, Integer> ext = Tokens.bag(shingles(Tokens.of(extracted)));
        Map<List<String>, Integer> ref = Tokens.bag(shingles(Tokens.of(reference)));
        long tp = 0, fp = 0, fn = 0;
        for (Map.Entry<List<String>, Integer> e : ext.entrySet()) {
            int r = ref.getOrDefault(e.getKey(), 0);
            tp += Math.min(r, e.getValue());
            fp += Math.max(0, e.getValue() - r);
        }
        for (Map.Entry<List<String>, Integer> e : ref.entrySet()) {
            fn += Math.max(0, e.getValue() - ext.getOrDefault(e.getKey(), 0));
        }
        double total = tp + fp + fn;
        return total == 0 ? new ShingleScore(0, 0, 0) : new ShingleScore(tp / total, fp / total, fn / total);
    }

    /** Every run of {@link #SIZE} consecutive tokens; a shorter non-empty text is one shingle. */
    static List<List<String>> shingles(List<String> tokens) {
        List<List<String>> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SIZE) {
            out.add(List.copyOf(tokens));
            return out;
        }
        for (int i = 0; i + SIZE <= tokens.size(); i++) {
            out.add(List.copyOf(tokens.subList(i, i + SIZE)));
        }
        return out;
    }

    /** Page precision: TP/(TP+FP); 1 if FP = FN = 0; 0 if TP = FP = 0. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    /** Page recall: TP/(TP+FN); 1 if FP = FN = 0; 0 if TP = FN = 0. */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    /** Whether the page counts toward corpus precision (TP+FP > 0). */
    public boolean hasExtracted() {
        return tp + fp > 0;
    }

    /** Whether the page counts toward corpus recall (TP+FN > 0). */
    public boolean hasReference() {
        return tp + fn > 0;
    }

    /**
     * The corpus figure: precision is the mean page precision over pages with TP+FP &gt; 0, recall the
     * mean page recall over pages with TP+FN &gt; 0, F1 = 2PR/(P+R) of those two means.
     */
    public static Prf corpus(List<ShingleScore> pages) {
        double p = pages.stream().filter(ShingleScore::hasExtracted).mapToDouble(ShingleScore::precision)
                .average().orElse(0);
        double r = pages.stream().filter(ShingleScore::hasReference).mapToDouble(ShingleScore::recall)
                .average().orElse(0);
        return Prf.of(p, r);
    }
}
