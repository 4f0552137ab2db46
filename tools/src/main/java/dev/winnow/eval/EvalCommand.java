package dev.winnow.eval;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Result;
import dev.winnow.measure.LabelScores;
import dev.winnow.report.ReportSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code winnow eval}: the measures of METRICS.md over a WCXB dataset or over hand-labelled files.
 * {@link #call()} validates the command line (engines against the input, threads, time limit), then
 * scores every chosen engine on the same pages with the same measures and prints one table.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measures winnow as METRICS.md defines (word F1, shingle F1, line labels).",
            "Word F1 and shingle F1 of the clean text against the reference article of",
            "each WCXB page, per page type, for one or more engines side by side; or,",
            "with --labels, line-label precision, recall, F1, macro-F1, accuracy and the",
            "confusion matrix against .labels.tsv files.",
            "",
            "Examples:",
            "  winnow eval --dataset ../shared/dev --type article",
            "  winnow eval --dataset ../shared/dev --wet --per-page 20",
            "  winnow eval --dataset ../shared/dev --input html --engine winnow,boilerpipe,readability",
            "  winnow eval --dataset wcxb/ --split test --input html     (a clone of the WCXB repository)",
            "  winnow eval --dataset article-extraction-benchmark/ --input html",
            "  winnow eval --labels golden/cases",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured (pages an engine failed on are counted and listed, not an error)",
            "2:usage error or unreadable dataset"})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "DIR", defaultValue = "../shared/dev",
            description = {"The benchmark's folder (default: ${DEFAULT-VALUE}), in one of three layouts: this"
                    + " workplace's (wcxb/pages.json, wcxb/ground-truth/, wcxb/html/, wcxb-dumps/); the WCXB"
                    + " repository as published (dev/ and test/ with html/, ground-truth/, metadata.json; see --split;"
                    + " HTML only); the ScrapingHub article-extraction-benchmark as published (html/ID.html.gz and"
                    + " ground-truth.json; HTML only)."})
    Path dataset;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only pages of this type (repeatable): article, forum, product, ...")
    List<String> types = new ArrayList<>();

    /** What each page is read from. */
    public enum Input { DUMP, HTML }

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

    /** The engines eval can score. */
    enum EngineId {
        /** winnow's {@link dev.winnow.Cleaner}, on the dump or the HTML (--input). */
        WINNOW,
        /** boilerpipe's ArticleExtractor, on the HTML only. */
        BOILERPIPE,
        /** Readability4J (Firefox's reader view on the JVM), on the HTML only. */
        READABILITY;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Accepts winnow, boilerpipe or readability in any case. */
    static final class EngineConverter implements CommandLine.ITypeConverter<EngineId> {
        @Override
        public EngineId convert(String value) {
            for (EngineId engine : EngineId.values()) {
                if (engine.id().equalsIgnoreCase(value.strip())) {
                    return engine;
                }
            }
            throw new CommandLine.TypeConversionException("unknown engine '" + value + "' (expected winnow, boilerpipe or readability)");
        }
    }

    @Option(names = "--engine", paramLabel = "NAME", split = ",", converter = EngineConverter.class,
            description = {"The engine(s) to score, repeatable or a comma list, each on the same pages with the same"
                    + " measures, rows side by side in one table (default: winnow):",
                "winnow: this library;",
                "boilerpipe: boilerpipe 1.1.0's ArticleExtractor on the page's HTML, decoded as winnow decodes it"
                    + " (needs --input html);",
                "readability: Readability4J 1.0.8, a JVM port of Firefox's reader view, on the same HTML"
                    + " (needs --input html)."})
    List<EngineId> engines = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a page after this many seconds per engine; the page counts as failed (an empty"
                    + " extraction). Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--wet", description = "Remove every blank line from the dumps first (the shape of a Common Crawl WET record).")
    boolean wet;

    @Option(names = "--per-page", paramLabel = "N", description = "List the N pages with the lowest word F1, for each engine, with their word and shingle precision and recall.", defaultValue = "0")
    int perPage;

    @Option(names = "--labels", paramLabel = "DIR", description = "Score winnow's line labels against every *.labels.tsv below DIR instead.")
    Path labels;

    @Option(names = "--mistakes", description = "With --labels: list every line labelled differently from its truth;"
            + " with --metadata: every field found wrongly.")
    boolean mistakes;

    @Option(names = "--split", paramLabel = "PART",
            description = {"With --labels: score only this part of the truth: tune (what rules are tuned on), check"
                    + " (held apart to measure them) or all (the default). The split is read from " + TruthSet.SPLIT_FILE
                    + " in DIR or its parent, or --split-file.",
                "With --dataset, the published WCXB's part: dev (the default) or test."})
    String split;

    /** The part of the truth {@code --split} names with {@code --labels}. */
    private TruthSet.Part truthPart() {
        if (split == null) {
            return TruthSet.Part.ALL;
        }
        for (TruthSet.Part part : TruthSet.Part.values()) {
            if (part.id().equalsIgnoreCase(split.strip())) {
                return part;
            }
        }
        throw usage("--split " + split + ": with --labels, expected tune, check or all");
    }

    /** The part of a published WCXB {@code --split} names with {@code --dataset}. */
    private String datasetPart() {
        String part = split == null ? "dev" : split.strip().toLowerCase(Locale.ROOT);
        if (!part.equals("dev") && !part.equals("test")) {
            throw usage("--split " + split + ": with --dataset, expected dev or test");
        }
        return part;
    }

    @Option(names = "--report", paramLabel = "DIR", description = {"Also write the table and winnow's worst pages"
            + " by word F1 (--per-page of them, else " + REPORT_PAGES + ") as an HTML report in DIR, as winnow report"
            + " does, each line's words that the page's reference holds marked."})
    Path report;

    @Option(names = "--split-file", paramLabel = "FILE", description = "With --split: the file that assigns each case to tune or check.")
    Path splitFile;

    /** Accepts tune, check or all in any case. */
    @Option(names = "--metadata", description = {"Score the metadata winnow finds (headline, author, publication date)"
            + " against the WCXB ground truth instead: a title is right at word F1 >= 0.9 with the truth's, an author"
            + " at a word-set Jaccard >= 0.5, a date when it is the same day; each over the pages whose truth gives it."})
    boolean metadata;

    @Option(names = "--site-memory", description = {"Clean each page knowing its site: a first pass over the pages"
            + " counts the lines of each host, and a line on at least --site-min-pages pages of its host is boilerplate."})
    boolean siteMemory;

    @Option(names = "--site-min-pages", paramLabel = "N", description = "With --site-memory: on how many pages of a host a"
            + " line must appear (default: ${DEFAULT-VALUE}).")
    int siteMinPages = dev.winnow.SiteMemory.DEFAULT_MIN_PAGES;

    @Option(names = "--shared-hosts", description = "Only pages whose host has at least two pages in the dataset.")
    boolean sharedHosts;

    @Option(names = "--threads", paramLabel = "N", description = "Pages scored in parallel (default: ${DEFAULT-VALUE}).", defaultValue = "2")
    int threads;

    @Option(names = "--show", paramLabel = "ID", description = "Print winnow's labelled lines of one page, marking lines found in its reference with '+'.")
    String show;

    @Option(names = "--reasons", description = "With --show: print each line's reason under it.")
    boolean showReasons;

    @Option(names = "--title-in-text", description = "Start winnow's clean text with the headline.")
    boolean titleInText;

    @Option(names = "--no-line-model", description = "Score the rules alone: the line model does not revise their labels.")
    boolean noLineModel;

    /** Runs the command as a program of its own, without the rest of the CLI. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<EngineId> chosen = validEngines();
        if (threads < 1) {
            throw usage("--threads must be at least 1");
        }
        if (timeoutSeconds < 1) {
            throw usage("--timeout must be at least 1 second");
        }
        PrintWriter out = spec.commandLine().getOut();
        Cleaner cleaner = new Cleaner(Config.builder().titleInText(titleInText).lineModel(!noLineModel).build());
        if (labels != null) {
            List<TruthCase> cases;
            try {
                cases = TruthSet.cases(labels, truthPart(), splitFile);
            } catch (IOException e) {
                throw usage("--labels " + labels + ": " + e.getMessage());
            }
            LabelEval.Shape shape = input == Input.HTML ? LabelEval.Shape.HTML : wet ? LabelEval.Shape.WET : LabelEval.Shape.DUMP;
            LabelEval.Report report = LabelEval.run(cleaner, cases, shape, mistakes, threads);
            TruthSet.Part part = truthPart();
            out.print(LabelEval.render(report, labels + (part == TruthSet.Part.ALL ? "" : ", " + part.id() + " split"), true));
            out.flush();
            return 0;
        }
        Datasets.Loaded loaded;
        try {
            loaded = Datasets.load(dataset, datasetPart(), new LinkedHashSet<>(types));
        } catch (IOException e) {
            throw usage("--dataset " + dataset + ": " + e.getMessage());
        }
        if (input != Input.HTML && !loaded.hasDumps()) {
            throw usage("--dataset " + dataset + ": the " + loaded.name() + " has no text dumps: add --input html");
        }
        if (metadata && loaded.pages().stream().anyMatch(p -> p.groundTruth() == null)) {
            throw usage("--metadata needs WCXB ground-truth files; the " + loaded.name() + " has none");
        }
        List<Wcxb.Page> pages = loaded.pages();
        if (sharedHosts) {
            java.util.Map<String, Long> perHost = pages.stream().collect(java.util.stream.Collectors.groupingBy(
                    p -> dev.winnow.SiteMemory.host(p.url()), java.util.stream.Collectors.counting()));
            pages = pages.stream().filter(p -> !dev.winnow.SiteMemory.host(p.url()).isEmpty()
                    && perHost.get(dev.winnow.SiteMemory.host(p.url())) >= 2).toList();
        }
        WinnowEngine winnow = new WinnowEngine(cleaner, input, wet);
        if (siteMemory) {
            if (siteMinPages < 2) {
                throw usage("--site-min-pages must be at least 2");
            }
            winnow = winnow.withMemory(memory(winnow, pages));
        }
        if (show != null) {
            Wcxb.Page page = pages.stream().filter(p -> p.id().equals(show)).findFirst()
                    .orElseThrow(() -> usage("no page " + show));
            showPage(out, winnow.clean(page), page.reference(), showReasons);
            return 0;
        }
        if (metadata) {
            out.print(metadataReport(winnow, pages));
            out.flush();
            return 0;
        }
        WinnowEngine ours = winnow;
        List<Engine> engines = chosen.stream()
                .map(id -> switch (id) {
                    case WINNOW -> ours;
                    case BOILERPIPE -> new BoilerpipeEngine();
                    case READABILITY -> new ReadabilityEngine();
                }).toList();
        List<String> names = engines.stream().map(Engine::name).toList();
        List<ScoreTable.PageScore> scores = score(engines, pages);
        StringBuilder table = new StringBuilder();
        if (siteMemory) {
            table.append(String.format(Locale.ROOT, "site memory: a line on at least %d pages of its host is boilerplate%n", siteMinPages));
        }
        if (input == Input.HTML) {
            table.append(String.format(Locale.ROOT, "corpus: %s, %d pages, input: HTML (%s)%n", loaded.name(), pages.size(),
                    loaded.html()));
        } else {
            table.append(String.format(Locale.ROOT, "corpus: %s, %d pages, input: text dumps%s (%s)%n", loaded.name(),
                    pages.size(), wet ? " with blank lines removed (WET shape)" : "", loaded.dumps()));
        }
        table.append(ScoreTable.render(names, scores)).append(ScoreTable.failures(names, scores));
        if (perPage > 0) {
            table.append(ScoreTable.worst(names, scores, perPage));
        }
        out.print(table);
        if (report != null) {
            out.println("report: " + writeReport(ours, scores, table.toString()));
        }
        out.flush();
        return 0;
    }

    /** How many of winnow's worst pages {@code --report} shows without {@code --per-page}. */
    static final int REPORT_PAGES = 20;

    /**
     * The HTML report of {@code --report}: the table, and winnow's worst pages by word F1 (as many as
     * {@code --per-page}, else {@value #REPORT_PAGES}), each line's words that the reference holds marked.
     */
    private Path writeReport(WinnowEngine ours, List<ScoreTable.PageScore> scores, String table) throws IOException {
        ReportSite site = new ReportSite(report, null);
        List<ScoreTable.PageScore> worst = scores.stream().filter(s -> s.engine().equals(ours.name()))
                .sorted(java.util.Comparator.comparingDouble(s -> s.word().f1()))
                .limit(perPage > 0 ? perPage : REPORT_PAGES).toList();
        for (ScoreTable.PageScore s : worst) {
            Wcxb.Page page = s.page();
            site.addScored(String.format(Locale.ROOT, "%s (%s, word F1 %.3f)", page.id(), page.type(), s.word().f1()),
                    page.url(), ours.clean(page), page.reference());
        }
        return site.finish(table);
    }

    /** The engines asked for, each once, in order (default: winnow); checked against the other options. */
    private List<EngineId> validEngines() {
        List<EngineId> chosen = engines.isEmpty() ? List.of(EngineId.WINNOW) : List.copyOf(new LinkedHashSet<>(engines));
        boolean others = chosen.stream().anyMatch(e -> e != EngineId.WINNOW);
        EngineId other = chosen.stream().filter(e -> e != EngineId.WINNOW).findFirst().orElse(null);
        if (others && labels != null) {
            throw usage("--labels scores winnow's line labels; --engine " + other.id() + " labels no lines");
        }
        if (others && show != null) {
            throw usage("--show prints winnow's labelled lines; it cannot be combined with --engine " + other.id());
        }
        if (others && input != Input.HTML) {
            throw usage("--engine " + other.id() + " reads the page's HTML, not its text dump: add --input html");
        }
        return chosen;
    }

    private static void showPage(PrintWriter out, Result result, String reference, boolean reasons) {
        for (dev.winnow.Line line : result.lines()) {
            String t = line.text().strip();
            boolean inRef = !t.isEmpty() && reference.contains(t.length() > 60 ? t.substring(0, 60) : t);
            out.printf(Locale.ROOT, "%4d %s %-10s %-28s %s%n", line.number(), inRef ? "+" : " ",
                    line.label().id(), line.rule(), t.length() > 110 ? t.substring(0, 110) + "…" : t);
            if (reasons) {
                out.printf(Locale.ROOT, "%47s(%s)%n", "", line.reason());
            }
        }
        out.flush();
    }

    /** Every engine's scores on every page, in page order then engine order. */
    private List<ScoreTable.PageScore> score(List<Engine> engines, List<Wcxb.Page> pages) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(timeoutSeconds))) {
            List<Future<List<ScoreTable.PageScore>>> futures = new ArrayList<>();
            for (Wcxb.Page page : pages) {
                futures.add(pool.submit(() -> {
                    String reference = page.reference();
                    List<ScoreTable.PageScore> scores = new ArrayList<>();
                    for (Engine engine : engines) {
                        scores.add(ScoreTable.PageScore.of(page, engine.name(), limit.extract(engine, page), reference));
                    }
                    return scores;
                }));
            }
            List<ScoreTable.PageScore> scores = new ArrayList<>();
            for (Future<List<ScoreTable.PageScore>> f : futures) {
                scores.addAll(f.get());
            }
            return scores;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The first pass of --site-memory: every page cleaned alone, its lines counted by host. */
    private dev.winnow.SiteMemory memory(WinnowEngine alone, List<Wcxb.Page> pages) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Result>> results = new ArrayList<>();
            for (Wcxb.Page page : pages) {
                results.add(pool.submit(() -> alone.clean(page)));
            }
            dev.winnow.SiteMemory.Builder builder = dev.winnow.SiteMemory.builder(siteMinPages);
            for (int i = 0; i < pages.size(); i++) {
                builder.add(dev.winnow.SiteMemory.host(pages.get(i).url()), results.get(i).get());
            }
            return builder.build();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The metadata scores of winnow on the pages, cleaned {@link #threads} at a time. */
    private String metadataReport(WinnowEngine winnow, List<Wcxb.Page> pages) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<dev.winnow.Metadata>> futures = new ArrayList<>();
            for (Wcxb.Page page : pages) {
                futures.add(pool.submit(() -> winnow.clean(page).metadata()));
            }
            MetadataEval eval = new MetadataEval();
            for (int i = 0; i < pages.size(); i++) {
                eval.add(pages.get(i).id(), futures.get(i).get(), MetadataEval.Truth.of(pages.get(i)));
            }
            String misses = mistakes ? eval.misses() : "";
            return String.format(Locale.ROOT, "corpus: WCXB dev, %d pages%s, input: %s%n", pages.size(),
                    types.isEmpty() ? "" : " of type " + String.join(", ", types),
                    input == Input.HTML ? "HTML" : wet ? "text dumps in WET shape" : "text dumps") + misses + eval.report();
        } finally {
            pool.shutdownNow();
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Scores one labelled file as a text dump: the input is the second field of its rows. */
    public static LabelScores scoreLabels(Cleaner cleaner, Path labelsTsv) {
        return LabelEval.score(cleaner, new TruthCase(labelsTsv.toString(), labelsTsv, null), LabelEval.Shape.DUMP, false)
                .scores();
    }
}
