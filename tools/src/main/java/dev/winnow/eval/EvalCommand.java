package dev.winnow.eval;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.Result;
import dev.winnow.format.LabelsTsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code winnow eval}: the measures of METRICS.md over a WCXB dataset or over hand-labelled files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
            "Measures winnow as METRICS.md defines (word F1, shingle F1, line labels).",
            "Word F1 and shingle F1 of the clean text against the",
            "reference article of each WCXB page, per page type; or, with --labels, line-label precision,",
            "recall, F1, macro-F1, accuracy and the confusion matrix against .labels.tsv files.",
            "",
            "Examples:",
            "  winnow eval --dataset ../shared/dev --type article",
            "  winnow eval --dataset ../shared/dev --wet --per-page 20",
            "  winnow eval --labels golden/cases"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "2:usage error or unreadable dataset"})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "DIR", description = "WCXB dataset directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/dev")
    Path dataset;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only pages of this type (repeatable): article, forum, product, ...")
    List<String> types = new ArrayList<>();

    /** What each page is read from. */
    enum Input { DUMP, HTML }

    @Option(names = "--input", paramLabel = "KIND", description = "Read each page from its text dump (dump) or its HTML (html). Default: ${DEFAULT-VALUE}.",
            defaultValue = "dump", converter = InputConverter.class)
    Input input = Input.DUMP;

    /** Accepts dump or html in any case. */
    static final class InputConverter implements CommandLine.ITypeConverter<Input> {
        @Override
        public Input convert(String value) {
            return Input.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    @Option(names = "--wet", description = "Remove every blank line from the dumps first (the shape of a Common Crawl WET record).")
    boolean wet;

    @Option(names = "--per-page", paramLabel = "N", description = "List the N pages with the lowest word F1.", defaultValue = "0")
    int perPage;

    @Option(names = "--labels", paramLabel = "DIR", description = "Score line labels against every *.labels.tsv below DIR instead.")
    Path labels;

    @Option(names = "--mistakes", description = "With --labels: list every line labelled differently from its truth.")
    boolean mistakes;

    @Option(names = "--threads", paramLabel = "N", description = "Pages scored in parallel (default: ${DEFAULT-VALUE}).", defaultValue = "2")
    int threads;

    @Option(names = "--show", paramLabel = "ID", description = "Print the labelled lines of one page, marking lines found in its reference with '+'.")
    String show;

    @Option(names = "--reasons", description = "With --show: print each line's reason under it.")
    boolean showReasons;

    @Option(names = "--title-in-text", description = "Start the clean text with the headline.")
    boolean titleInText;

    /** Runs the command as a program of its own, without the rest of the CLI. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Cleaner cleaner = new Cleaner(Config.builder().titleInText(titleInText).build());
        if (labels != null) {
            out.print(labelReport(cleaner, labels, mistakes));
            out.flush();
            return 0;
        }
        List<Wcxb.Page> pages = Wcxb.pages(dataset, new LinkedHashSet<>(types));
        if (show != null) {
            Wcxb.Page page = pages.stream().filter(p -> p.id().equals(show)).findFirst()
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no page " + show));
            String reference = page.reference();
            for (dev.winnow.Line line : clean(cleaner, page).lines()) {
                String t = line.text().strip();
                boolean inRef = !t.isEmpty() && reference.contains(t.length() > 60 ? t.substring(0, 60) : t);
                out.printf(Locale.ROOT, "%4d %s %-10s %-28s %s%n", line.number(), inRef ? "+" : " ",
                        line.label().id(), line.rule(), t.length() > 110 ? t.substring(0, 110) + "…" : t);
                if (showReasons) {
                    out.printf(Locale.ROOT, "%47s(%s)%n", "", line.reason());
                }
            }
            out.flush();
            return 0;
        }
        List<PageScore> scores = score(cleaner, pages);
        if (input == Input.HTML) {
            out.printf(Locale.ROOT, "corpus: WCXB dev, %d pages, input: HTML (%s)%n", pages.size(),
                    dataset.resolve("wcxb/html"));
        } else {
            out.printf(Locale.ROOT, "corpus: WCXB dev, %d pages, input: text dumps%s (%s)%n", pages.size(),
                    wet ? " with blank lines removed (WET shape)" : "", dataset.resolve("wcxb-dumps"));
        }
        out.print(table(scores));
        if (perPage > 0) {
            out.printf(Locale.ROOT, "%nworst pages by word F1:%n");
            scores.stream().sorted(Comparator.comparingDouble(s -> s.word().f1())).limit(perPage)
                    .forEach(s -> out.printf(Locale.ROOT, "%s %-13s word P %.3f R %.3f F1 %.3f  %s%n", s.page().id(),
                            s.page().type(), s.word().precision(), s.word().recall(), s.word().f1(), s.page().url()));
        }
        out.flush();
        return 0;
    }

    /** One page's scores. */
    record PageScore(Wcxb.Page page, Prf word, ShingleScore shingle) {
    }

    private List<PageScore> score(Cleaner cleaner, List<Wcxb.Page> pages) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PageScore>> futures = new ArrayList<>();
            for (Wcxb.Page page : pages) {
                futures.add(pool.submit(() -> {
                    String text = clean(cleaner, page).text();
                    String reference = page.reference();
                    return new PageScore(page, WordScore.of(text, reference), ShingleScore.of(text, reference));
                }));
            }
            List<PageScore> scores = new ArrayList<>();
            for (Future<PageScore> f : futures) {
                scores.add(f.get());
            }
            return scores;
        } finally {
            pool.shutdownNow();
        }
    }

    private Result clean(Cleaner cleaner, Wcxb.Page page) {
        return input == Input.HTML ? cleaner.clean(page.htmlBytes(), page.url()) : cleaner.clean(page.dump(wet));
    }

    static String table(List<PageScore> scores) {
        Map<String, List<PageScore>> byType = new LinkedHashMap<>();
        for (PageScore s : scores) {
            byType.computeIfAbsent(s.page().type(), k -> new ArrayList<>()).add(s);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-14s %6s %7s %7s %7s %9s %9s %9s%n", "type", "pages", "word-P", "word-R",
                "word-F1", "shingle-P", "shingle-R", "shingle-F1"));
        List<String> keys = new ArrayList<>(byType.keySet());
        keys.sort(Comparator.naturalOrder());
        for (String type : keys) {
            out.append(row(type, byType.get(type)));
        }
        if (byType.size() > 1) {
            out.append(row("all", scores));
        }
        return out.toString();
    }

    private static String row(String name, List<PageScore> scores) {
        Prf word = WordScore.corpus(scores.stream().map(PageScore::word).toList());
        Prf shingle = ShingleScore.corpus(scores.stream().map(PageScore::shingle).toList());
        return String.format(Locale.ROOT, "%-14s %6d %7.3f %7.3f %7.3f %9.3f %9.3f %9.3f%n", name, scores.size(),
                word.precision(), word.recall(), word.f1(), shingle.precision(), shingle.recall(), shingle.f1());
    }

    /** Line-label scores of the cleaner against every {@code *.labels.tsv} below a directory. */
    static String labelReport(Cleaner cleaner, Path dir, boolean mistakes) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".labels.tsv"))
                    .filter(p -> !p.getFileName().toString().startsWith("expected")).sorted().toList();
        }
        LabelScores all = new LabelScores();
        StringBuilder perFile = new StringBuilder();
        for (Path file : files) {
            LabelScores one = scoreLabels(cleaner, file, mistakes ? perFile : null);
            all.addAll(one);
            perFile.append(String.format(Locale.ROOT, "%-60s macro-F1 %.3f accuracy %.3f%n", dir.relativize(file),
                    one.macroF1(), one.accuracy()));
        }
        return perFile + String.format(Locale.ROOT, "%n%d files, %d visible lines%n", files.size(), all.total())
                + all.report();
    }

    /** Scores one labelled file: the input is the second field of its rows. */
    public static LabelScores scoreLabels(Cleaner cleaner, Path labelsTsv) {
        return scoreLabels(cleaner, labelsTsv, null);
    }

    private static LabelScores scoreLabels(Cleaner cleaner, Path labelsTsv, StringBuilder mistakes) {
        List<LabelsTsv.Row> rows;
        try {
            rows = LabelsTsv.parse(Files.readString(labelsTsv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + labelsTsv, e);
        }
        List<Label> truth = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        for (LabelsTsv.Row row : rows) {
            truth.add(row.label());
            input.append(row.text()).append('\n');
        }
        Result result = cleaner.clean(input.toString());
        LabelScores scores = new LabelScores();
        for (int i = 0; i < truth.size(); i++) {
            dev.winnow.Line line = result.lines().get(i);
            scores.add(truth.get(i), line.label());
            if (mistakes != null && truth.get(i) != line.label()) {
                String t = line.text().strip();
                mistakes.append(String.format(Locale.ROOT, "  %s:%d %s -> %s (%s) %s%n",
                        labelsTsv.getParent().getFileName(), i + 1, truth.get(i).id(), line.label().id(), line.rule(),
                        t.length() > 90 ? t.substring(0, 90) + "…" : t));
            }
        }
        return scores;
    }
}
