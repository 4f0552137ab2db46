package dev.winnow.internal;

import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.context.ContextPass;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.model.LineModel;
import dev.winnow.model.ModelFeatures;
import dev.winnow.model.ModelWeights;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.read.DumpLines;
import dev.winnow.read.HtmlSegmenter;
import dev.winnow.read.Structure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * For winnow's own model trainer ({@code winnow train} in tools), not for applications: what the line
 * model reads of a document, as the cleaner computes it, before the model revises any label. May change
 * with any version.
 */
public final class ModelTraining {
    /** The labels of the model's weight columns, in order. */
    public static final List<Label> LABELS = LineModel.LABELS;
    /** Where the weights are read from, below the data root {@code dev/winnow/}. */
    public static final String WEIGHTS = LineModel.FILE;

    /**
     * A document's lines: their texts, the model's features of each (null for a blank line) and the label
     * the rules alone gave it, with the id of the rule that gave it.
     */
    public record Lines(List<String> texts, List<List<String>> features, List<Label> ruled, List<String> rules) {
    }

    private ModelTraining() {
    }

    /** The lines of a text dump. */
    public static Lines ofDump(Config config, String dump) {
        return lines(config, DumpLines.split(dump), null);
    }

    /** The lines of an HTML page as the cleaner reads them (the page as shown, hidden elements left out). */
    public static Lines ofHtml(Config config, byte[] html, String baseUri) {
        try {
            HtmlSegmenter.Page page = HtmlSegmenter.segment(
                    Jsoup.parse(new ByteArrayInputStream(html), null, baseUri == null ? "" : baseUri), false);
            return lines(config, page.texts(), page.structures());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page's bytes", e);
        }
    }

    private static Lines lines(Config config, List<String> texts, List<Structure> structures) {
        ModelFeatures.Input input = Pipeline.ruled(config, Lexicon.get(), texts, structures);
        ModelFeatures.Lines lines = ModelFeatures.of(input);
        List<List<String>> features = new ArrayList<>(java.util.Collections.nCopies(texts.size(), null));
        for (int v = 0; v < lines.size(); v++) {
            features.set(lines.index()[v], lines.strings(v));
        }
        List<Label> ruled = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (ContextPass.Decision d : input.decisions()) {
            ruled.add(d.label());
            rules.add(d.rule());
        }
        return new Lines(List.copyOf(texts), features, ruled, rules);
    }

    /** The model's scores of each label (in {@link #LABELS} order) for a line's features, with the given weights. */
    public static double[] scores(java.util.Map<String, float[]> weights, List<String> features) {
        return compiled(weights).scores(0, features);
    }

    /** The last weights compiled, with the map they came from: the trainer scores many lines with one map. */
    private static volatile Object[] last = {null, null};

    private static ModelWeights compiled(java.util.Map<String, float[]> weights) {
        Object[] cached = last;
        if (cached[0] != weights) {
            cached = new Object[] {weights, new ModelWeights(weights)};
            last = cached;
        }
        return (ModelWeights) cached[1];
    }

    /**
     * The second stage's features of a document's visible lines (their first-stage features, in order),
     * the first stage scoring with the given weights: each line's first-stage features and the context
     * features of the first stage's labels.
     */
    public static List<List<String>> secondStage(java.util.Map<String, float[]> first, List<List<String>> visible) {
        ModelWeights weights = compiled(first);
        int n = visible.size();
        int[] labels = new int[n];
        double[] sure = new double[n];
        for (int v = 0; v < n; v++) {
            double[] s = weights.scores(0, visible.get(v));
            labels[v] = LineModel.best(s);
            sure[v] = LineModel.probability(s, labels[v]);
        }
        List<List<String>> out = new ArrayList<>(n);
        String[] context = new String[ModelFeatures.CONTEXT_FEATURES];
        byte[] at = new byte[ModelFeatures.CONTEXT_FEATURES];
        for (int v = 0; v < n; v++) {
            List<String> f = new ArrayList<>(visible.get(v));
            int k = ModelFeatures.context(labels, sure, v, context, at);
            for (int j = 0; j < k; j++) {
                f.add(ModelFeatures.PREFIX[at[j]] + context[j]);
            }
            out.add(f);
        }
        return out;
    }

    /**
     * The label a line ends with when the rules gave {@code ruled} by rule {@code rule} and the model
     * {@code model}, {@code sure} of it; {@code features} are the line's.
     */
    public static Label revised(Label ruled, String rule, List<String> features, Label model, double sure) {
        return LineModel.revised(ruled, rule, features.contains("q=good"), model, sure);
    }

    /** The probability the scores give their highest label. */
    public static double sure(double[] scores) {
        return LineModel.probability(scores, LineModel.best(scores));
    }

    /** Where the second stage's weights are read from, below the data root. */
    public static final String CONTEXT_WEIGHTS = LineModel.CONTEXT_FILE;
}
