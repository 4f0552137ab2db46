package dev.winnow.model;

import dev.winnow.Label;
import dev.winnow.classify.Assessment;
import dev.winnow.context.ContextPass.Decision;
import dev.winnow.data.DataFiles;
import dev.winnow.data.WeightsFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The last revision of the labels: a multinomial logistic model over each line's {@link ModelFeatures}
 * (what the rules decided, the line's shape and cues, its neighbours', its markup), whose weights were
 * fitted offline on the tune part of the truth ({@code winnow train}) and are read from the data file
 * {@value #FILE}: one row per feature, its weight for each label. Where the model agrees with the rules the
 * rule's decision stands; where it disagrees its label wins, and the reason names the features that
 * weighed most for it. Immutable and thread-safe.
 */
public final class LineModel {
    /** The first stage's weights, below {@link DataFiles#ROOT}. */
    public static final String FILE = "model/lines.tsv";
    /** The second stage's weights: the first stage's features and its labels of the line and its neighbours. */
    public static final String CONTEXT_FILE = "model/context.tsv";
    /** The labels of the weight columns, in order. */
    public static final List<Label> LABELS = List.of(Label.BODY, Label.CAPTION, Label.CREDIT, Label.AD, Label.NAVIGATION);
    /** How many features a reason names. */
    static final int REASON_FEATURES = 3;

    /** Both stages' weights (or only the first's, for a model of one stage). */
    private final ModelWeights weights;
    private final boolean twoStages;

    LineModel(Map<String, float[]> first, Map<String, float[]> second) {
        this.twoStages = second != null && !second.isEmpty();
        this.weights = twoStages ? new ModelWeights(first, second) : new ModelWeights(first);
    }

    private static final class Loaded {
        static final LineModel INSTANCE = load();
    }

    /** Whether {@link #loadInBackground} has started the thread that reads the built-in model. */
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /**
     * Starts reading the built-in model on a daemon thread, unless it is read or being read, so that it
     * is read while the caller reads the lexicon; {@link #get} then waits for it if it is not done.
     */
    public static void loadInBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(LineModel::get, "winnow-line-model");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The built-in model, or null when the data file is missing (the rules alone then decide). */
    public static LineModel get() {
        return Loaded.INSTANCE;
    }

    private static LineModel load() {
        Map<String, float[]> first = weights(FILE);
        return first.isEmpty() ? null : new LineModel(first, weights(CONTEXT_FILE));
    }

    /** The weights of a model file by feature ({@link WeightsFile}). */
    static Map<String, float[]> weights(String file) {
        return WeightsFile.read(file, LABELS.size());
    }

    /**
     * The scores of every visible line, per label: the first stage's, and with a second stage, the second's
     * over the first stage's features and its labels of the line and its neighbours.
     */
    double[][] scores(ModelFeatures.Lines lines, int[] labels, double[] sure) {
        double[][][] s = weights.scores(lines);
        int n = lines.size();
        for (int v = 0; v < n; v++) {
            labels[v] = best(s[0][v]);
            sure[v] = probability(s[0][v], labels[v]);
        }
        if (!twoStages) {
            return s[0];
        }
        double[][] out = s[1];
        String[] context = new String[ModelFeatures.CONTEXT_FEATURES];
        byte[] at = new byte[ModelFeatures.CONTEXT_FEATURES];
        for (int v = 0; v < n; v++) {
            int k = ModelFeatures.context(labels, sure, v, context, at);
            for (int j = 0; j < k; j++) {
                weights.add(1, context[j], at[j], out[v]);
            }
        }
        return out;
    }

    /** The index of the stage that decides: the second when there is one. */
    private int last() {
        return twoStages ? 1 : 0;
    }

    /**
     * Every feature of visible line {@code v} that the deciding stage weighs, by full name (for the reason
     * of a decision, and for training).
     */
    List<String> strings(ModelFeatures.Lines lines, int v, int[] labels, double[] sure) {
        List<String> out = lines.strings(v);
        if (twoStages) {
            String[] context = new String[ModelFeatures.CONTEXT_FEATURES];
            byte[] at = new byte[ModelFeatures.CONTEXT_FEATURES];
            int k = ModelFeatures.context(labels, sure, v, context, at);
            for (int j = 0; j < k; j++) {
                out.add(ModelFeatures.PREFIX[at[j]] + context[j]);
            }
        }
        return out;
    }


    public static int best(double[] s) {
        int best = 0;
        for (int l = 1; l < s.length; l++) {
            best = s[l] > s[best] ? l : best;
        }
        return best;
    }

    /**
     * The model takes a body line out of the article only when it is at least this sure: a line wrongly
     * taken out costs the text, which the model was not fitted for (on the WCXB dev pages, surer
     * revisions keep the article text of every page type as the rules have it).
     */
    static final double BODY_REVISION_MIN = 0.98;

    /**
     * The label of a line the rules gave {@code ruled} (by {@code rule}) and the model {@code model}: the
     * model's, except between body and navigation, which the rules' article region decides (trained mostly
     * on articles, the model would move the boundary on pages of other kinds, at the cost of their text);
     * for a body line of long prose ({@code prose}), or one the model is less than {@link #BODY_REVISION_MIN}
     * sure ({@code sure}) to take out, which stays in the article; and for a locked rule.
     */
    public static Label revised(Label ruled, String rule, boolean prose, Label model, double sure) {
        if (isRegion(ruled) && isRegion(model) || LOCKED.stream().anyMatch(rule::startsWith)
                || ruled == Label.BODY && (prose || sure < BODY_REVISION_MIN)) {
            return ruled;
        }
        return model;
    }

    /**
     * The rules whose decisions the model does not revise ({@value #LOCKED_FILE}: rule ids or their
     * prefixes, one per line): those it revised more often wrongly than rightly on the tune part of the truth.
     */
    static final String LOCKED_FILE = "model/locked.txt";
    private static final List<String> LOCKED = DataFiles.items(LOCKED_FILE);

    private static boolean isRegion(Label label) {
        return label == Label.BODY || label == Label.NAVIGATION;
    }

    /**
     * Every line's decision, revised where the model disagrees with the rules. With {@code userRules}, a
     * line a data rule decided keeps its label: a user's own rules are final.
     */
    public List<Decision> revise(ModelFeatures.Input input, List<Decision> decisions, boolean userRules) {
        ModelFeatures.Lines lines = ModelFeatures.of(input);
        int[] firstLabels = new int[lines.size()];
        double[] firstSure = new double[lines.size()];
        double[][] scores = scores(lines, firstLabels, firstSure);
        List<Decision> out = new ArrayList<>(decisions);
        for (int v = 0; v < lines.size(); v++) {
            int i = lines.index()[v];
            Decision d = decisions.get(i);
            double[] s = scores[v];
            int best = best(s);
            double p = probability(s, best);
            Assessment.Quality quality = input.assessments().get(i).quality();
            Label label = userRules && quality == Assessment.Quality.RULE ? d.label()
                    : revised(d.label(), d.rule(), quality == Assessment.Quality.GOOD, LABELS.get(best), p);
            if (label == d.label()) {
                out.set(i, new Decision(d.label(), probability(s, LABELS.indexOf(label)), d.rule(), d.reason()));
            } else {
                out.set(i, new Decision(label, p, label.id() + ".model",
                        reason(lines, v, firstLabels, firstSure, best)));
            }
        }
        return out;
    }

    public static double probability(double[] s, int k) {
        double max = s[k], sum = 0;
        for (double v : s) {
            sum += Math.exp(v - max);
        }
        return Math.round(1000 / sum) / 1000.0;
    }

    /**
     * "weighed: ..." with the features of visible line {@code v} that pushed it most toward label {@code k}
     * over the others, in the deciding stage; of features pushing as much, the first in the order of
     * {@link #strings}. Each feature is looked up by its name and position, its full name made only for
     * those the reason names.
     */
    private String reason(ModelFeatures.Lines lines, int v, int[] labels, double[] sure, int k) {
        Reason reason = new Reason(last(), k);
        String[] own = lines.own()[v];
        for (int j = 0; j < own.length; j++) {
            reason.weigh(own[j], lines.at()[v][j]);
        }
        for (int p = 0; p < ModelFeatures.PREFIX.length; p++) {
            int u = v + ModelFeatures.OFFSET[p];
            if (u >= 0 && u < lines.size()) {
                for (String a : lines.atoms()[u]) {
                    reason.weigh(a, p);
                }
            }
        }
        if (twoStages) {
            String[] context = new String[ModelFeatures.CONTEXT_FEATURES];
            byte[] at = new byte[ModelFeatures.CONTEXT_FEATURES];
            int n = ModelFeatures.context(labels, sure, v, context, at);
            for (int j = 0; j < n; j++) {
                reason.weigh(context[j], at[j]);
            }
        }
        return reason.toString();
    }

    /** The features that weighed most toward a label, in order, as a reason is built. */
    private final class Reason {
        private final int stage;
        private final int k;
        private final List<String> names = new ArrayList<>();
        private final List<Double> margins = new ArrayList<>();

        Reason(int stage, int k) {
            this.stage = stage;
            this.k = k;
        }

        /** Weighs feature {@code name} at position {@code p}: kept when it favours label k, by how much. */
        void weigh(String name, int p) {
            float[] row = weights.row(name);
            if (row == null) {
                return;
            }
            int at = stage * ModelWeights.STAGE + p * ModelWeights.LABELS;
            double others = 0;
            for (int l = 0; l < ModelWeights.LABELS; l++) {
                others += l == k ? 0 : row[at + l];
            }
            double margin = row[at + k] - others / (ModelWeights.LABELS - 1);
            if (margin > 0) {
                int i = 0;
                while (i < margins.size() && margins.get(i) >= margin) {
                    i++;
                }
                if (i < REASON_FEATURES) {
                    names.add(i, ModelFeatures.PREFIX[p] + name);
                    margins.add(i, margin);
                }
            }
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("the line model weighed ");
            for (int j = 0; j < Math.min(REASON_FEATURES, names.size()); j++) {
                out.append(j == 0 ? "" : ", ").append(describe(names.get(j)))
                        .append(String.format(Locale.ROOT, " (+%.1f)", margins.get(j)));
            }
            return names.isEmpty() ? "the line model's label" : out.toString();
        }
    }

    /** A feature in words: {@code -1:date} is "the line above holds a date". */
    static String describe(String feature) {
        String where = "";
        String f = feature;
        int colon = f.indexOf(':');
        if (colon > 0 && (f.startsWith("-") || f.startsWith("+"))) {
            where = switch (f.substring(0, colon)) {
                case "-1" -> "the line above ";
                case "+1" -> "the line below ";
                case "-2" -> "two lines above ";
                case "+2" -> "two lines below ";
                default -> "";
            };
            f = f.substring(colon + 1);
        }
        String what;
        int eq = f.indexOf('=');
        String key = eq < 0 ? f : f.substring(0, eq);
        String value = eq < 0 ? "" : f.substring(eq + 1);
        what = switch (key) {
            case "r" -> "decided by " + value;
            case "q" -> "shape " + value;
            case "w" -> value + "+ words";
            case "sd" -> "stopword density " + value + "0%";
            case "reg" -> value + " the article region";
            case "ttl" -> "the headline";
            case "term" -> "ends like a sentence";
            case "ell" -> "ends in an ellipsis";
            case "url" -> "holds a URL";
            case "bul" -> "a bullet";
            case "code" -> "looks like code";
            case "sep" -> "menu separators";
            case "digs" -> "mostly digits";
            case "caps" -> "every word capitalised";
            case "upper" -> "all capitals";
            case "rep" -> "repeated on the page";
            case "lower" -> "starts in lower case";
            case "date" -> "holds a date";
            case "by" -> "opens with a byline word";
            case "agency" -> "names an agency";
            case "cue" -> "holds a credit word";
            case "mark" -> "opens with a caption marker";
            case "none" -> "nothing";
            case "tdist" -> value + " lines from the headline";
            case "pos" -> "at " + value + "0% of the page";
            case "bb" -> value + " blank lines before";
            case "ba" -> value + " blank lines after";
            case "m:hint" -> "class names say " + value;
            case "m:link" -> "link text " + value;
            case "t" -> "the word '" + value + "'";
            case "t0" -> "opens with '" + value + "'";
            case "run" -> "in a run of " + value + "+ short lines";
            case "dstart" -> "region start " + value;
            case "dend" -> "region end " + value;
            case "s1" -> "first look: " + value;
            case "s1p" -> "first look: " + value.replace('|', ' ');
            case "s1ctx" -> "first look around: " + value.replace('|', ' ');
            default -> key.startsWith("win:") ? value + " " + key.substring(4) + " lines nearby"
                    : key.startsWith("m:") ? "markup " + key.substring(2) + (value.isEmpty() ? "" : " " + value) : f;
        };
        return where + what;
    }
}
