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
 * Runs {@link CleanBenchmark}, {@link HotLoopBenchmark} and {@link FloorBenchmark} through the JMH
 * runner (same forks, warm-up and measurement as their annotations) and prints one table: time per
 * corpus pass, lines/s, MB/s (10^6 bytes of UTF-8 input), the ratio to the floor, and with
 * {@code --gc} the bytes allocated per input line.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.winnow.bench.Report [--gc] [--set all|seeds|wcxb] [--quick]
 * </pre>
 *
 * {@code --quick} (1 warm-up and 2 measurement iterations of 1 s) only checks that everything runs:
 * do not quote its figures.
 */
public final class Report {
    private Report() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean gc = false;
        boolean quick = false;
        String set = Corpus.ALL;
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
                default -> usage("unknown argument " + args[i]);
            }
        }
        Corpus corpus = null;
        try {
            corpus = Corpus.get(set);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }

        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(CleanBenchmark.class.getName()) + "\\.")
                .include("^" + Pattern.quote(HotLoopBenchmark.class.getName()) + "\\.")
                .include("^" + Pattern.quote(FloorBenchmark.class.getName()) + "\\.")
                .param("set", set);
        if (gc) {
            options.addProfiler(GCProfiler.class);
        }
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        List<Row> rows = new ArrayList<>();
        for (RunResult run : results) {
            rows.add(Row.of(run, corpus));
        }
        rows.sort((a, b) -> a.name.compareTo(b.name));
        print(System.out, corpus, rows, gc, quick);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: Report [--gc] [--set all|seeds|wcxb] [--quick]");
        System.exit(2);
    }

    /** One benchmark's figures, from its score in corpus passes per second. */
    private record Row(String name, double passesPerSecond, double relativeError, double linesPerSecond,
                       double megabytesPerSecond, double msPerPass, double bytesAllocatedPerLine) {
        static Row of(RunResult run, Corpus corpus) {
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
                    Result<?> norm = run.getSecondaryResults().get(label);
                    allocated = norm.getScore() / corpus.lines();
                }
            }
            return new Row(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
                    score, Double.isNaN(error) ? Double.NaN : error / score,
                    score * corpus.lines(), score * corpus.bytes() / 1e6, 1000.0 / score, allocated);
        }
    }

    private static void print(PrintStream out, Corpus corpus, List<Row> rows, boolean gc, boolean quick) {
        double floorMs = rows.stream().filter(r -> r.name.startsWith(FloorBenchmark.class.getSimpleName()))
                .mapToDouble(Row::msPerPass).findFirst().orElse(Double.NaN);
        out.println();
        out.println("winnow benchmark report" + (quick ? " (--quick: a smoke run, not figures to quote)" : ""));
        out.println(corpus + "; MB = 10^6 bytes of UTF-8 input; ± is JMH's 99.9% interval of the score");
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
}
