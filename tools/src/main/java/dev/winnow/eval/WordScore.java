package dev.winnow.eval;

import dev.winnow.measure.Prf;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measure 2 of METRICS.md, the WCXB measure: both texts lowercased, {@code \w+} tokens compared as
 * bags of words. The corpus figure is the mean of the page figures.
 */
public final class WordScore {
    private WordScore() {
    }

    /** Scores one page: P = overlap/|extracted|, R = overlap/|reference|; F1 0 when either is empty, 1 when both are. */
    public static Prf of(String extracted, String reference) {
        List<String> ext = Tokens.of(extracted.toLowerCase(Locale.ROOT));
        List<String> ref = Tokens.of(reference.toLowerCase(Locale.ROOT));
        if (ext.isEmpty() && ref.isEmpty()) {
            return new Prf(1, 1, 1);
        }
        if (ext.isEmpty() || ref.isEmpty()) {
            return new Prf(0, 0, 0);
        }
        Map<String, Integer> e = Tokens.bag(ext);
        Map<String, Integer> r = Tokens.bag(ref);
        long overlap = 0;
        for (Map.Entry<String, Integer> entry : e.entrySet()) {
            overlap += Math.min(entry.getValue(), r.getOrDefault(entry.getKey(), 0));
        }
        return Prf.of((double) overlap / ext.size(), (double) overlap / ref.size());
    }

    /** The corpus figure: the mean of page precision, recall and F1. */
    public static Prf corpus(List<Prf> pages) {
        return new Prf(pages.stream().mapToDouble(Prf::precision).average().orElse(0),
                pages.stream().mapToDouble(Prf::recall).average().orElse(0),
                pages.stream().mapToDouble(Prf::f1).average().orElse(0));
    }
}
