package dev.winnow.measure;

/** Precision, recall and F1. */
public record Prf(double precision, double recall, double f1) {
    /** F1 = 2PR/(P+R), 0 when both are 0. */
    public static Prf of(double precision, double recall) {
        double sum = precision + recall;
        return new Prf(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum);
    }
}
