package dev.winnow.train;

import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.eval.LabelEval;
import dev.winnow.eval.LineAlignment;
import dev.winnow.eval.TruthCase;
import dev.winnow.eval.TruthSet;
import dev.winnow.format.LabelsTsv;
import dev.winnow.internal.ModelTraining;
import dev.winnow.measure.LabelScores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code winnow train}: refits the line model's weights on the tune part of the truth. Each tune case
 * gives its dump's lines, the same dump in WET shape, and the lines of its HTML page (their truth carried
 * over by text); the features are those the cleaner computes. The model has two stages: the first weighs
 * each line's own features, the second adds the first's labels of the line and its neighbours; the second
 * is fitted on first-stage labels from models that did not see the page (cross-fitting), as at run time.
 * With {@code --folds} it measures instead: fitted on all folds but one, scored on that one, beside the
 * rules alone on the same lines.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Refits the line model (core/src/main/resources/dev/winnow/model/) on the tune part of the",
            "truth: two softmax stages over each line's features, weights per label.",
            "",
            "Examples:",
            "  winnow train -o core/src/main/resources/dev/winnow/model/",
            "  winnow train --folds 5          # cross-validated scores on tune, nothing written",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trained (or measured)", "2:usage error or unreadable truth"})
public final class TrainCommand implements Callable<Integer> {
    /** How many times the lines of a seed case count: the seeds are labelled exactly and must stay so. */
    static final int SEED_WEIGHT = 5;

    /** Inner folds for the second stage's cross-fitted first-stage labels. */
    static final int INNER_FOLDS = 4;

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", paramLabel = "DIR", defaultValue = "golden/cases",
            description = "The truth cases (default: ${DEFAULT-VALUE}); their split is read from split.tsv beside them.")
    Path labels;

    @Option(names = "--split", paramLabel = "PART", defaultValue = "tune",
            description = "The part of the truth to fit on: tune (default), check or all. Fit on tune only: check measures.")
    String split;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write the weights into this directory"
            + " (lines.tsv, context.tsv).")
    Path output;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
            description = "Measure with K-fold cross-validation over the cases instead of writing weights.")
    int folds;

    @Option(names = "--one-stage", description = "Fit the first stage only.")
    boolean oneStage;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the lines (default: ${DEFAULT-VALUE}).")
    int epochs = Trainer.Settings.DEFAULTS.epochs();

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
    double l2 = Trainer.Settings.DEFAULTS.l2();

    @Option(names = "--min-count", paramLabel = "N", description = "Features seen fewer times get no weight (default: ${DEFAULT-VALUE}).")
    int minCount = Trainer.Settings.DEFAULTS.minCount();

    @Option(names = "--min-pages", paramLabel = "N", description = "Features seen on fewer pages get no weight"
            + " (default: ${DEFAULT-VALUE}).")
    int minPages = Trainer.Settings.DEFAULTS.minPages();

    @Option(names = "--balance", paramLabel = "X", description = "How far the labels are balanced, 0 (every line weighs"
            + " the same) to 1 (every label weighs the same in all) (default: ${DEFAULT-VALUE}).")
    double balance = Trainer.Settings.DEFAULTS.balance();

    @Option(names = "--mistakes", paramLabel = "FILE", description = "With --folds: write every line the cross-validated model labels wrongly to FILE.")
    Path mistakes;

    /**
     * The visible lines of one document on one path: their first-stage features, truth (label index, -1 when
     * not known: an HTML line matched to no dump line), the rules' labels and texts.
     */
    private record Doc(int group, LabelEval.Shape shape, String name, List<List<String>> features, int[] truth,
                       List<Label> ruled, List<String> rules, List<String> texts) {
    }

    /** The two stages' weights (the second null for one stage). */
    private record Model(Map<String, float[]> first, Map<String, float[]> second) {
    }

    @Override
    public Integer call() throws Exception {
        if (output == null && folds < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give -o DIR to write the weights, or --folds K (K >= 2) to measure");
        }
        TruthSet.Part part = TruthSet.Part.valueOf(split.toUpperCase(Locale.ROOT));
        List<TruthCase> cases;
        try {
            cases = TruthSet.cases(labels, part, null);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--labels " + labels + ": " + e.getMessage());
        }
        Config config = Config.defaults();
        List<Doc> docs = new ArrayList<>();
        for (int c = 0; c < cases.size(); c++) {
            List<Doc> own = docs(config, cases.get(c), c);
            // the seeds must come out exactly as labelled: they count SEED_WEIGHT times
            for (int k = cases.get(c).name().startsWith("seed-") ? SEED_WEIGHT : 1; k > 0; k--) {
                docs.addAll(own);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Trainer.Settings settings = new Trainer.Settings(epochs, Trainer.Settings.DEFAULTS.rate(), l2, minCount, minPages, balance);
        long lines = docs.stream().mapToLong(d -> java.util.Arrays.stream(d.truth()).filter(t -> t >= 0).count()).sum();
        out.printf(Locale.ROOT, "%d cases (%s), %d documents, %d labelled lines%n", cases.size(), part.id(), docs.size(), lines);
        if (folds >= 2) {
            crossValidate(docs, settings, out);
        } else {
            Model model = fit(docs, settings);
            Files.createDirectories(output);
            write(output.resolve("lines.tsv"), model.first(), "first stage: each line's own features", cases.size(), lines, settings);
            if (model.second() != null) {
                write(output.resolve("context.tsv"), model.second(), "second stage: the first stage's features and its labels"
                        + " of the line and its neighbours", cases.size(), lines, settings);
            } else {
                Files.deleteIfExists(output.resolve("context.tsv"));
            }
            out.printf(Locale.ROOT, "wrote %d + %d features to %s%n", model.first().size(),
                    model.second() == null ? 0 : model.second().size(), output);
        }
        out.flush();
        return 0;
    }

    private static List<Doc> docs(Config config, TruthCase c, int group) throws IOException {
        List<Doc> out = new ArrayList<>();
        List<LabelsTsv.Row> rows = c.rows();
        out.add(dumpDoc(config, rows, group, LabelEval.Shape.DUMP, c.name()));
        if (rows.stream().anyMatch(r -> r.label() == Label.BLANK)) {
            out.add(dumpDoc(config, c.wetRows(), group, LabelEval.Shape.WET, c.name()));
        }
        if (c.page() != null) {
            List<String> texts = new ArrayList<>();
            List<Label> truth = new ArrayList<>();
            for (LabelsTsv.Row row : rows) {
                if (row.label() != Label.BLANK) {
                    texts.add(row.text());
                    truth.add(row.label());
                }
            }
            LineAlignment alignment = new LineAlignment(texts, truth);
            ModelTraining.Lines page = ModelTraining.ofHtml(config, c.pageBytes(), c.url());
            List<List<String>> features = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            List<Label> ruled = new ArrayList<>();
            List<String> rules = new ArrayList<>();
            List<String> lineTexts = new ArrayList<>();
            for (int i = 0; i < page.texts().size(); i++) {
                if (page.features().get(i) == null) {
                    continue;
                }
                Label label = alignment.match(page.texts().get(i));
                features.add(page.features().get(i));
                labels.add(label == null ? -1 : ModelTraining.LABELS.indexOf(label));
                ruled.add(page.ruled().get(i));
                rules.add(page.rules().get(i));
                lineTexts.add(page.texts().get(i));
            }
            out.add(new Doc(group, LabelEval.Shape.HTML, c.name(), features, labels.stream().mapToInt(Integer::intValue).toArray(),
                    ruled, rules, lineTexts));
        }
        return out;
    }

    private static Doc dumpDoc(Config config, List<LabelsTsv.Row> rows, int group, LabelEval.Shape shape, String name) {
        StringBuilder dump = new StringBuilder();
        for (LabelsTsv.Row row : rows) {
            dump.append(row.text()).append('\n');
        }
        ModelTraining.Lines lines = ModelTraining.ofDump(config, dump.toString());
        List<List<String>> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Label> ruled = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (lines.features().get(i) == null) {
                continue;
            }
            Label label = rows.get(i).label();
            features.add(lines.features().get(i));
            labels.add(label == Label.BLANK ? -1 : ModelTraining.LABELS.indexOf(label));
            ruled.add(lines.ruled().get(i));
            rules.add(lines.rules().get(i));
            texts.add(rows.get(i).text());
        }
        return new Doc(group, shape, name, features, labels.stream().mapToInt(Integer::intValue).toArray(), ruled, rules, texts);
    }

    /** The labelled lines of the documents with the given features per document. */
    private static List<Trainer.Example> examples(List<Doc> docs, List<List<List<String>>> features) {
        List<Trainer.Example> out = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            for (int v = 0; v < doc.truth().length; v++) {
                if (doc.truth()[v] >= 0) {
                    out.add(new Trainer.Example(features.get(d).get(v), doc.truth()[v], doc.group()));
                }
            }
        }
        return out;
    }

    /** Both stages fitted on the documents; the second on first-stage labels cross-fitted over {@link #INNER_FOLDS}. */
    private Model fit(List<Doc> docs, Trainer.Settings settings) {
        int labels = ModelTraining.LABELS.size();
        List<List<List<String>>> own = docs.stream().map(Doc::features).toList();
        Map<String, float[]> first = Trainer.fit(examples(docs, own), labels, settings);
        if (oneStage) {
            return new Model(first, null);
        }
        List<List<List<String>>> second = new ArrayList<>(java.util.Collections.nCopies(docs.size(), null));
        for (int fold = 0; fold < INNER_FOLDS; fold++) {
            int held = fold;
            List<Doc> rest = new ArrayList<>();
            List<List<List<String>>> restFeatures = new ArrayList<>();
            for (Doc d : docs) {
                if (d.group() % INNER_FOLDS != held) {
                    rest.add(d);
                    restFeatures.add(d.features());
                }
            }
            Map<String, float[]> inner = Trainer.fit(examples(rest, restFeatures), labels, settings);
            for (int d = 0; d < docs.size(); d++) {
                if (docs.get(d).group() % INNER_FOLDS == held) {
                    second.set(d, ModelTraining.secondStage(inner, docs.get(d).features()));
                }
            }
        }
        return new Model(first, Trainer.fit(examples(docs, second), labels, settings));
    }

    /** The model's scores of each visible line of a document, per label. */
    private static double[][] predict(Model model, Doc doc) {
        List<List<String>> features = model.second() == null ? doc.features()
                : ModelTraining.secondStage(model.first(), doc.features());
        Map<String, float[]> last = model.second() == null ? model.first() : model.second();
        double[][] out = new double[features.size()][];
        for (int v = 0; v < out.length; v++) {
            out[v] = ModelTraining.scores(last, features.get(v));
        }
        return out;
    }

    private void crossValidate(List<Doc> docs, Trainer.Settings settings, PrintWriter out) throws IOException {
        StringBuilder wrong = new StringBuilder();
        Map<String, int[]> overrides = new TreeMap<>();
        Map<LabelEval.Shape, LabelScores> model = new EnumMap<>(LabelEval.Shape.class);
        Map<LabelEval.Shape, LabelScores> rules = new EnumMap<>(LabelEval.Shape.class);
        for (LabelEval.Shape shape : LabelEval.Shape.values()) {
            model.put(shape, new LabelScores());
            rules.put(shape, new LabelScores());
        }
        for (int fold = 0; fold < folds; fold++) {
            int held = fold;
            Model fitted = fit(docs.stream().filter(d -> d.group() % folds != held).toList(), settings);
            java.util.Set<Doc> scored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Doc doc : docs) {
                if (!scored.add(doc)) {
                    continue; // a seed counted several times for fitting is scored once
                }
                if (doc.group() % folds != held) {
                    continue;
                }
                double[][] scores = predict(fitted, doc);
                for (int v = 0; v < scores.length; v++) {
                    if (doc.truth()[v] < 0) {
                        continue;
                    }
                    Label truth = ModelTraining.LABELS.get(doc.truth()[v]);
                    int best = 0;
                    for (int k = 1; k < scores[v].length; k++) {
                        best = scores[v][k] > scores[v][best] ? k : best;
                    }
                    Label raw = ModelTraining.LABELS.get(best);
                    Label label = ModelTraining.revised(doc.ruled().get(v), doc.rules().get(v), doc.features().get(v), raw,
                            ModelTraining.sure(scores[v]));
                    if (raw != doc.ruled().get(v)) {
                        int[] o = overrides.computeIfAbsent(doc.rules().get(v), k -> new int[3]);
                        o[raw == truth ? 0 : doc.ruled().get(v) == truth ? 1 : 2]++;
                    }
                    model.get(doc.shape()).add(truth, label);
                    rules.get(doc.shape()).add(truth, doc.ruled().get(v));
                    if (mistakes != null && truth != label) {
                        String t = doc.texts().get(v).strip();
                        wrong.append(String.format(Locale.ROOT, "%s\t%s\t%s->%s\trules %s\t%s%n", doc.shape().id(), doc.name(),
                                truth.id(), label.id(), doc.ruled().get(v).id(), t.length() > 140 ? t.substring(0, 140) : t));
                    }
                }
            }
        }
        if (mistakes != null) {
            Files.writeString(mistakes, wrong, StandardCharsets.UTF_8);
            StringBuilder table = new StringBuilder("# rule\tmodel right\trule right\tboth wrong (lines where the model's label differs from the rule's)\n");
            overrides.forEach((rule, o) -> table.append(rule).append('\t').append(o[0]).append('\t').append(o[1]).append('\t').append(o[2]).append('\n'));
            Files.writeString(mistakes.resolveSibling(mistakes.getFileName() + ".overrides.tsv"), table, StandardCharsets.UTF_8);
        }
        for (LabelEval.Shape shape : LabelEval.Shape.values()) {
            out.printf(Locale.ROOT, "%n== %s, %d-fold cross-validation: rules alone macro-F1 %.3f, with the model %.3f%n",
                    shape.id(), folds, rules.get(shape).macroF1(), model.get(shape).macroF1());
            out.print(model.get(shape).report());
        }
    }

    private static void write(Path file, Map<String, float[]> weights, String what, int cases, long lines,
                              Trainer.Settings settings) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# The line model's weights (LineModel), ").append(what).append(":\n")
                .append("# one row per feature, its weight for each label, in the order body caption credit ad navigation.\n")
                .append("# A line's score for a label is the sum of its features' weights; the highest wins. Fitted by\n")
                .append(String.format(Locale.ROOT, "# `winnow train` on the tune split of golden/cases (%d cases, %d labelled lines: dumps, WET%n", cases, lines))
                .append(String.format(Locale.ROOT, "# shape, HTML), %d epochs, l2 %s, min count %d, min pages %d, balance %s. Features: ModelFeatures.%n# Refit, do not edit.%n",
                        settings.epochs(), settings.l2(), settings.minCount(), settings.minPages(), settings.balance()));
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            text.append(e.getKey());
            for (float w : e.getValue()) {
                String s = String.format(Locale.ROOT, "%.3f", w);
                text.append('\t').append(s.equals("-0.000") ? "0.000" : s);
            }
            text.append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
