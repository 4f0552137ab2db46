package dev.winnow.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CleanBenchmark}, {@link HotLoopBenchmark} and {@link FloorBenchmark} (the dumps) and
 * {@link HtmlBenchmark} (the HTML pages) through the JMH runner (same forks, warm-up and measurement as
 * their annotations) and prints two tables. Dumps: time per corpus pass, lines/s, MB/s (10^6 bytes of
 * UTF-8 input), the ratio to the floor, and with {@code --gc} the bytes allocated per input line. HTML:
 * time per pass over the pages, pages/s, MB/s of HTML, the ratio to jsoup's parse alone, and with
 * {@code --gc} the bytes allocated per pass and their ratio to jsoup's parse; then the ratios of the
 * targets of issue 4 (winnow's time ÷ jsoup's parse time, winnow's pages/s ÷ boilerpipe's, winnow's
 * allocation ÷ jsoup's parse).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.winnow.bench.Report [--gc] [--set all|seeds|wcxb] [--only dumps|html] [--quick]
 * </pre>
 *
 * {@code --set} chooses the dumps (the HTML pages are one set); {@code --only} runs only one of the two
 * groups. {@code --quick} (1 warm-up and 2 measurement iterations of 1 s) only checks that everything
 * runs: do not quote its figures.
 */
public final class Report {
    private Report() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean gc = false;
        boolean quick = false;
        String set = Corpus.ALL;
        String only = "all";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gc" -> gc = true;
                case "--quick" -> quick = true;
                case "--set" -> {
                    if (i + 1 >= args.length) {
                        usage("--set needs a value");
                    }
                    set = args[++i];
                }
                case "--only" -> {
                    if (i + 1 >= args.length || !(args[i + 1].equals("dumps") || args[i + 1].equals("html"))) {
                        usage("--only needs dumps or html");
                    }
                    only = args[++i];
                }
                default -> usage("unknown argument " + args[i]);
            }
        }
        Corpus corpus = null;
        try {
            corpus = Corpus.get(set);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }

        boolean dumps = !only.equals("html");
        boolean html = !only.equals("dumps");
        ChainedOptionsBuilder options = new OptionsBuilder();
        if (dumps) {
            options.include("^" + Pattern.quote(CleanBenchmark.class.getName()) + "\\.")
                    .include("^" + Pattern.quote(HotLoopBenchmark.class.getName()) + "\\.")
                    .include("^" + Pattern.quote(FloorBenchmark.class.getName()) + "\\.")
                    .param("set", set);
        }
        if (html) {
            options.include("^" + Pattern.quote(HtmlBenchmark.class.getName()) + "\\.");
        }
        if (gc) {
            options.addProfiler(GCProfiler.class);
        }
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        List<Row> rows = new ArrayList<>();
        List<HtmlRow> htmlRows = new ArrayList<>();
        HtmlCorpus pages = html ? HtmlCorpus.get() : null;
        for (RunResult run : results) {
            if (run.getParams().getBenchmark().startsWith(HtmlBenchmark.class.getName() + ".")) {
                htmlRows.add(HtmlRow.of(run, pages));
            } else {
                rows.add(Row.of(run, corpus));
            }
        }
        rows.sort((a, b) -> a.name.compareTo(b.name));
        htmlRows.sort((a, b) -> a.name.compareTo(b.name));
        System.out.println();
        System.out.println("winnow benchmark report" + (quick ? " (--quick: a smoke run, not figures to quote)" : ""));
        if (dumps) {
            print(System.out, corpus, rows, gc);
        }
        if (html) {
            printHtml(System.out, pages, htmlRows, gc);
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: Report [--gc] [--set all|seeds|wcxb] [--only dumps|html] [--quick]");
        System.exit(2);
    }

    /**
     * What JMH measured of one benchmark: its short name ({@code Class.method}), its score in passes per
     * second, the score's relative error (NaN when unknown) and, with the GC profiler, the bytes
     * allocated per pass (else NaN).
     */
    private record Measured(String name, double score, double relativeError, double allocatedPerPass) {
        static Measured of(RunResult run) {
            String benchmark = run.getParams().getBenchmark();
            Result<?> primary = run.getPrimaryResult();
            if (!"ops/s".equals(primary.getScoreUnit())) {
                throw new IllegalStateException(benchmark + ": expected ops/s, got " + primary.getScoreUnit());
            }
            double score = primary.getScore();
            double error = primary.getScoreError();
            double allocated = Double.NaN;
            for (String label : run.getSecondaryResults().keySet()) {
                if (label.endsWith("gc.alloc.rate.norm")) {
                    allocated = run.getSecondaryResults().get(label).getScore();
                }
            }
            return new Measured(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
                    score, Double.isNaN(error) ? Double.NaN : error / score, allocated);
        }
    }

    /** One benchmark's figures, from its score in corpus passes per second. */
    private record Row(String name, double passesPerSecond, double relativeError, double linesPerSecond,
                       double megabytesPerSecond, double msPerPass, double bytesAllocatedPerLine) {
        static Row of(RunResult run, Corpus corpus) {
            Measured m = Measured.of(run);
            return new Row(m.name(), m.score(), m.relativeError(), m.score() * corpus.lines(),
                    m.score() * corpus.bytes() / 1e6, 1000.0 / m.score(), m.allocatedPerPass() / corpus.lines());
        }
    }

    private static void print(PrintStream out, Corpus corpus, List<Row> rows, boolean gc) {
        double floorMs = rows.stream().filter(r -> r.name.startsWith(FloorBenchmark.class.getSimpleName()))
                .mapToDouble(Row::msPerPass).findFirst().orElse(Double.NaN);
        out.println();
        out.println("dumps: " + corpus + "; MB = 10^6 bytes of UTF-8 input; ± is JMH's 99.9% interval of the score");
        out.printf(Locale.ROOT, "%-22s %12s %7s %12s %10s %9s%s%n",
                "benchmark", "ms/corpus", "±", "lines/s", "MB/s", "x floor", gc ? String.format("%10s", "B/line") : "");
        for (Row r : rows) {
            String error = Double.isNaN(r.relativeError) ? "-"
                    : String.format(Locale.ROOT, "%.1f%%", 100 * r.relativeError);
            out.printf(Locale.ROOT, "%-22s %12.3f %7s %,12.0f %10.2f %9.1f%s%n",
                    r.name, r.msPerPass, error, r.linesPerSecond, r.megabytesPerSecond,
                    r.msPerPass / floorMs, gc ? String.format(Locale.ROOT, "%10.1f", r.bytesAllocatedPerLine) : "");
        }
    }

    /** One HTML benchmark's figures, from its score in passes over the pages per second. */
    private record HtmlRow(String name, double passesPerSecond, double relativeError, double pagesPerSecond,
                           double megabytesPerSecond, double msPerPass, double bytesAllocatedPerPass) {
        static HtmlRow of(RunResult run, HtmlCorpus pages) {
            Measured m = Measured.of(run);
            return new HtmlRow(m.name(), m.score(), m.relativeError(), m.score() * pages.size(),
                    m.score() * pages.bytes() / 1e6, 1000.0 / m.score(), m.allocatedPerPass());
        }
    }

    private static void printHtml(PrintStream out, HtmlCorpus pages, List<HtmlRow> rows, boolean gc) {
        HtmlRow jsoup = find(rows, "jsoupParse");
        HtmlRow winnow = find(rows, "winnow");
        HtmlRow boilerpipe = find(rows, "boilerpipe");
        double jsoupMs = jsoup == null ? Double.NaN : jsoup.msPerPass;
        double jsoupAllocated = jsoup == null ? Double.NaN : jsoup.bytesAllocatedPerPass;
        out.println();
        out.println("HTML: " + pages + "; MB = 10^6 bytes of HTML; ± is JMH's 99.9% interval of the score");
        out.printf(Locale.ROOT, "%-26s %12s %7s %10s %10s %9s%s%n",
                "benchmark", "ms/corpus", "±", "pages/s", "MB/s", "x jsoup", gc ? String.format(Locale.ROOT,
                        " %15s %10s %9s", "alloc MB/corpus", "B/B HTML", "x jsoup") : "");
        for (HtmlRow r : rows) {
            String error = Double.isNaN(r.relativeError) ? "-"
                    : String.format(Locale.ROOT, "%.1f%%", 100 * r.relativeError);
            out.printf(Locale.ROOT, "%-26s %12.3f %7s %10.1f %10.2f %9.2f%s%n",
                    r.name, r.msPerPass, error, r.pagesPerSecond, r.megabytesPerSecond, r.msPerPass / jsoupMs,
                    gc ? String.format(Locale.ROOT, " %15.1f %10.2f %9.2f", r.bytesAllocatedPerPass / 1e6,
                            r.bytesAllocatedPerPass / pages.bytes(), r.bytesAllocatedPerPass / jsoupAllocated) : "");
        }
        if (winnow == null) {
            return;
        }
        out.println();
        out.println("targets of issue 4 (HTML):");
        if (jsoup != null) {
            out.printf(Locale.ROOT, "  winnow time / jsoup parse time       %6.2f  (target <= 1.6)%n", winnow.msPerPass / jsoupMs);
        }
        if (boilerpipe != null) {
            out.printf(Locale.ROOT, "  winnow pages/s / boilerpipe pages/s  %6.2f  (target >= 2.5)%n",
                    winnow.pagesPerSecond / boilerpipe.pagesPerSecond);
        }
        HtmlRow readability = find(rows, "readability");
        if (readability != null) {
            out.printf(Locale.ROOT, "  winnow pages/s / Readability4J's     %6.2f%n",
                    winnow.pagesPerSecond / readability.pagesPerSecond);
        }
        if (gc && jsoup != null) {
            out.printf(Locale.ROOT, "  winnow allocation / jsoup parse's    %6.2f  (target <= 1.5)%n",
                    winnow.bytesAllocatedPerPass / jsoupAllocated);
        }
    }

    private static HtmlRow find(List<HtmlRow> rows, String method) {
        for (HtmlRow r : rows) {
            if (r.name.endsWith("." + method)) {
                return r;
            }
        }
        return null;
    }
}
