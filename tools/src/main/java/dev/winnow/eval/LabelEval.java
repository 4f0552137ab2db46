package dev.winnow.eval;

import dev.winnow.Cleaner;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;
import dev.winnow.format.LabelsTsv;
import dev.winnow.measure.LabelScores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measure 3 of METRICS.md over truth cases, on one of three input paths: the dump as labelled, the dump
 * in WET shape (blank lines dropped), or the HTML page the dump was rendered from, whose lines take the
 * truth labels by their text ({@link LineAlignment}; only matched lines are scored, and the share
 * matched is reported).
 */
public final class LabelEval {
    /** What winnow reads of each truth case. */
    public enum Shape {
        DUMP("text dumps"), WET("text dumps in WET shape (blank lines removed)"), HTML("HTML pages, truth carried over by text");

        final String description;

        Shape(String description) {
            this.description = description;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One case scored: its counts, its visible lines (of the dump, or on the HTML path of the page) and
     * how many of them were scored, and the lines labelled differently from the truth (when asked).
     */
    public record CaseResult(String name, LabelScores scores, int lines, int scored, List<String> mistakes) {
    }

    /** The cases scored (in case order), the cases skipped (no HTML page on the HTML path) and the totals. */
    public record Report(Shape shape, List<CaseResult> cases, int skipped, LabelScores total) {
        /** Scored lines over visible lines, summed over the cases. */
        public double matchedShare() {
            long lines = 0, scored = 0;
            for (CaseResult c : cases) {
                lines += c.lines();
                scored += c.scored();
            }
            return lines == 0 ? 0 : (double) scored / lines;
        }
    }

    private LabelEval() {
    }

    /** Scores every case on the given path, {@code threads} at a time; the report keeps case order. */
    public static Report run(Cleaner cleaner, List<TruthCase> cases, Shape shape, boolean mistakes, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<CaseResult>> futures = new ArrayList<>();
            int skipped = 0;
            for (TruthCase c : cases) {
                if (shape == Shape.HTML && c.page() == null) {
                    skipped++;
                    continue;
                }
                futures.add(pool.submit(() -> score(cleaner, c, shape, mistakes)));
            }
            List<CaseResult> results = new ArrayList<>();
            LabelScores total = new LabelScores();
            for (Future<CaseResult> f : futures) {
                CaseResult r = f.get();
                results.add(r);
                total.addAll(r.scores());
            }
            return new Report(shape, results, skipped, total);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Scores one case on one path. */
    public static CaseResult score(Cleaner cleaner, TruthCase c, Shape shape, boolean mistakes) {
        try {
            return shape == Shape.HTML ? scoreHtml(cleaner, c, mistakes)
                    : scoreDump(cleaner, c, shape == Shape.WET ? c.wetRows() : c.rows(), mistakes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read case " + c.name(), e);
        }
    }

    private static CaseResult scoreDump(Cleaner cleaner, TruthCase c, List<LabelsTsv.Row> rows, boolean mistakes) {
        StringBuilder input = new StringBuilder();
        for (LabelsTsv.Row row : rows) {
            input.append(row.text()).append('\n');
        }
        Result result = cleaner.clean(input.toString());
        LabelScores scores = new LabelScores();
        List<String> wrong = new ArrayList<>();
        int visible = 0;
        for (int i = 0; i < rows.size(); i++) {
            Label truth = rows.get(i).label();
            Line line = result.lines().get(i);
            if (truth != Label.BLANK) {
                visible++;
            }
            scores.add(truth, line.label());
            if (mistakes && truth != Label.BLANK && truth != line.label()) {
                wrong.add(mistake(c.name(), i + 1, truth, line));
            }
        }
        return new CaseResult(c.name(), scores, visible, visible, wrong);
    }

    private static CaseResult scoreHtml(Cleaner cleaner, TruthCase c, boolean mistakes) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (LabelsTsv.Row row : c.rows()) {
            if (row.label() != Label.BLANK) {
                texts.add(row.text());
                labels.add(row.label());
            }
        }
        LineAlignment alignment = new LineAlignment(texts, labels);
        Result result = cleaner.clean(c.pageBytes(), c.url());
        LabelScores scores = new LabelScores();
        List<String> wrong = new ArrayList<>();
        int visible = 0, scored = 0;
        for (Line line : result.lines()) {
            if (line.label() == Label.BLANK) {
                continue;
            }
            visible++;
            Label truth = alignment.match(line.text());
            if (truth == null) {
                continue;
            }
            scored++;
            scores.add(truth, line.label());
            if (mistakes && truth != line.label()) {
                wrong.add(mistake(c.name(), line.number(), truth, line));
            }
        }
        return new CaseResult(c.name(), scores, visible, scored, wrong);
    }

    private static String mistake(String name, int number, Label truth, Line line) {
        String t = line.text().strip();
        return String.format(Locale.ROOT, "  %s:%d %s -> %s (%s) %s", name, number, truth.id(), line.label().id(),
                line.rule(), t.length() > 90 ? t.substring(0, 90) + "…" : t);
    }

    /** The report as text: per case (with its mistakes when listed), then the totals and the confusion matrix. */
    public static String render(Report report, String corpus, boolean perCase) {
        StringBuilder out = new StringBuilder();
        for (CaseResult c : report.cases()) {
            if (perCase) {
                out.append(String.format(Locale.ROOT, "%-40s macro-F1 %.3f accuracy %.3f lines %d%s%n", c.name(),
                        c.scores().macroF1(), c.scores().accuracy(), c.lines(),
                        report.shape() == Shape.HTML ? String.format(Locale.ROOT, " matched %d", c.scored()) : ""));
            }
            for (String m : c.mistakes()) {
                out.append(m).append(System.lineSeparator());
            }
        }
        if (perCase || report.cases().stream().anyMatch(c -> !c.mistakes().isEmpty())) {
            out.append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "corpus: %s, %d cases, input: %s%n", corpus, report.cases().size(),
                report.shape().description));
        if (report.shape() == Shape.HTML) {
            long lines = report.cases().stream().mapToLong(CaseResult::lines).sum();
            out.append(String.format(Locale.ROOT, "HTML lines matched to a truth line: %.1f%% of %d%s%n",
                    100 * report.matchedShare(), lines,
                    report.skipped() > 0 ? "; " + report.skipped() + " cases without an HTML page skipped" : ""));
        }
        out.append(report.total().report());
        return out.toString();
    }
}
