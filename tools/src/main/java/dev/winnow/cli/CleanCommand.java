package dev.winnow.cli;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.SiteMemory;
import dev.winnow.crawl.CrawlFormat;
import dev.winnow.crawl.CrawlRecord;
import dev.winnow.format.Format;
import dev.winnow.input.BoundedRead;
import dev.winnow.input.Content;
import dev.winnow.input.DocumentReader;
import dev.winnow.input.InputFormat;
import dev.winnow.input.TextCharset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code winnow clean}: labels the lines of each document and writes the clean article, the labelled
 * lines, JSON or the human view. Documents are text dumps, HTML pages, or anything Apache Tika reads
 * (PDF, DOCX, ODT, EPUB, RTF), possibly gzipped; {@link DocumentReader} decides how each is read.
 * {@link #call()} first validates the whole command line (settings, paths, output plan), then
 * processes the documents; a document that fails is reported on stderr and the others go on.
 */
@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Labels the lines of documents and writes the clean article text.",
            "",
            "Every line gets a label: body, caption, credit, ad, navigation (blank",
            "lines: blank). A document is a text dump, an HTML page, or a PDF, DOCX,",
            "ODT, EPUB or RTF file (read with Apache Tika, one line per paragraph),",
            "each possibly gzipped (.gz); see --input-format. Text is read as strict",
            "UTF-8: a file that is not UTF-8 text, or contains NUL bytes, is reported",
            "on stderr and skipped, and so is a document of a format winnow cannot",
            "read (an image, an archive), corrupt gzip data or a document its parser",
            "rejects, or takes longer than --timeout; the other documents go on and",
            "the exit code is 1. A document over --max-document-chars bytes is cut at",
            "a line end and cleaned, with a warning. Several documents on stdout are",
            "each headed by a line '==> PATH <==' (formats text, labels, explain).",
            "",
            "Examples:",
            "  the clean article of one dump, and of standard input:",
            "    winnow clean article.txt",
            "    winnow clean < article.txt",
            "  a page, a gzipped page, a PDF, a Word document; the format is detected:",
            "    winnow clean page.html page.html.gz report.pdf letter.docx",
            "    curl -s https://example.com/news/1 | winnow clean",
            "  an HTML page's metadata (headline, author, date, site) and lines as JSON:",
            "    winnow clean --format jsonl page.html",
            "  every line's label, rule and reason, then the title and the article:",
            "    winnow clean --explain article.txt",
            "  the labelled lines (lossless: cut -f2- gives back the input):",
            "    winnow clean --format labels article.txt",
            "  every document below pages/ (see --glob), as JSON lines, 4 at a time:",
            "    winnow clean --format jsonl --threads 4 pages/ > pages.jsonl",
            "  clean/a/b.txt for every dumps/a/b.dump, read as text:",
            "    winnow clean -o clean/ --glob '*.dump' dumps/",
            "  a file whose name says nothing, read as HTML:",
            "    winnow clean --input-format html page.bin",
            ""})
public final class CleanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = {"Files, directories (searched recursively, see --glob) or - for standard input.",
                "Without PATH: standard input (its format is detected from its bytes)."})
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = {"text: the clean article (default);",
                "labels: every input line as <label><TAB><line> (lossless .labels.tsv);",
                "jsonl: one JSON object per document: source, title, text, lines [{label, text, reason, rule,"
                        + " confidence}];",
                "explain: the same as --explain."})
    Format format = Format.TEXT;

    @Option(names = "--explain",
            description = "The human view: every line as label, rule, text and reason in columns, then the title"
                    + " and the clean article.")
    boolean explain;

    @Option(names = {"-i", "--input-format"}, paramLabel = "FORMAT", converter = InputFormatConverter.class,
            defaultValue = "auto",
            description = {"How to read each document (default: ${DEFAULT-VALUE}):",
                "auto: by file name, then by content. Gzip data (a name ending in .gz, or the gzip magic"
                        + " bytes) is decompressed first and decided by its inner name. Names ending in"
                        + " .html, .htm or .xhtml are HTML; in .txt, .dump or .text, text. Any other name, and"
                        + " standard input, is decided by its bytes (Apache Tika's detector): HTML is HTML; plain"
                        + " text (also Markdown, CSV, JSON) is text; PDF, DOCX, ODT, EPUB, RTF, ... are read with"
                        + " Tika; another known format (an image, an archive) is an error for that document;"
                        + " bytes of no known format are read as text (and fail unless they are UTF-8 text);",
                "text: a text dump, strict UTF-8, one block per line;",
                "html: an HTML page; charset from its byte order mark or <meta charset>, else UTF-8;",
                "tika: any format Apache Tika reads, as text with one line per paragraph;",
                "warc: a WARC file (.warc, .warc.gz): each 2xx response or resource record with an HTML payload is a"
                        + " page (charset from its HTTP header, else its <meta>; its target URI its address); other"
                        + " records are skipped and counted on stderr;",
                "wet: a WET file (.wet, .wet.gz, .warc.wet.gz): each conversion record is a text dump;",
                "jsonl: JSON Lines (.jsonl, .jsonl.gz): each line an object whose --jsonl-field holds a document.",
                "auto knows these by their names, and WARC and WET files also by their first bytes (WARC/1.0,"
                        + " WARC/1.1). Gzip data is decompressed first with every format."})
    InputFormat inputFormat = InputFormat.AUTO;

    @Option(names = "--jsonl-field", paramLabel = "NAME", defaultValue = "text",
            description = {"The field of each JSONL object that holds the document (default: ${DEFAULT-VALUE})."
                    + " Its other fields reach the JSONL output unchanged, after winnow's; one whose name is"
                    + " winnow's (source, title, text, lines, metadata) goes into an object 'input' instead."})
    String jsonlField = "text";

    @Option(names = "--jsonl-html", description = "The JSONL field holds HTML (default: a text dump).")
    boolean jsonlHtml;

    @Option(names = "--site-memory",
            description = {"Clean each page knowing its site: a first pass over all the inputs counts the lines of"
                    + " each host's pages, and a short line (at most " + SiteMemory.MAX_WORDS + " words) on at least"
                    + " --site-min-pages of them weighs against the article (in a text dump it is navigation, reason"
                    + " 'on 12 pages of example.org'). The host is a WARC or WET record's target URI, a JSONL"
                    + " object's 'url' field; other documents are cleaned alone. The same output for any --threads"
                    + " and any order of the inputs; at most " + SiteMemory.MAX_LINES_PER_HOST + " lines per host"
                    + " are kept. Each document is cleaned twice."})
    boolean siteMemory;

    @Option(names = "--site-min-pages", paramLabel = "N", defaultValue = "" + SiteMemory.DEFAULT_MIN_PAGES,
            description = "With --site-memory: on how many pages of its host a line must appear (default: ${DEFAULT-VALUE}).")
    int siteMinPages = SiteMemory.DEFAULT_MIN_PAGES;

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8",
            description = {"How text dumps are decoded: UTF-8 (default, strict), a charset name (windows-1252,"
                    + " ISO-8859-1, Shift_JIS, ...; strict), or auto: UTF-8 when the bytes are UTF-8, else the"
                    + " charset Apache Tika's detector finds, named on stderr. HTML pages read their charset"
                    + " from the page (or a WARC record's HTTP header)."})
    String charset = "UTF-8";

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = {"Write one file per document below DIR instead of stdout, mirroring the paths below"
                    + " each input directory (a file named on the command line: its file name; stdin: 'stdin')."
                    + " The output name is the input name without a final .gz and without its last extension,"
                    + " plus .txt, .labels.tsv, .jsonl or .explain.txt: a/b.html.gz and a/b.pdf both become"
                    + " a/b.txt (two inputs that would write one file are a usage error)."})
    Path output;

    /** The default of {@code --glob}: the documents {@code auto} reads by name or by content. */
    static final String DEFAULT_GLOB = "*.{txt,txt.gz,html,htm,xhtml,html.gz,htm.gz,pdf,docx,odt,epub,rtf,"
            + "warc,warc.gz,wet,wet.gz,jsonl,jsonl.gz}";

    @Option(names = "--glob", paramLabel = "GLOB",
            description = {"Which files of a directory to read (not applied to files named on the command"
                    + " line). Without '/' it matches file names, with '/' paths below the directory."
                    + " Default: ${DEFAULT-VALUE}."})
    String glob = DEFAULT_GLOB;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Clean N documents in parallel; the output order stays the input order."
                    + " Default: the number of processors the JVM may use (${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The default of {@code --timeout}: the most seconds one document may take. */
    static final long DEFAULT_TIMEOUT_SECONDS = 60;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = {"Stop a document that takes longer than SECONDS to clean: it is reported on stderr"
                    + " as a failure and the other documents go on. Default: ${DEFAULT-VALUE}."})
    long timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

    @Mixin
    ConfigOptions settings;

    /**
     * One document's outcome: its rendering, or the problem that stopped it.
     *
     * @param warning a note for stderr on a document that was cleaned (it was cut), or null
     */
    private record Outcome(Work work, String rendered, String problem, ExitCode status, Throwable cause,
                           String warning) {
        static Outcome failed(Work work, String problem, ExitCode status, Throwable cause) {
            return new Outcome(work, null, problem, status, cause, null);
        }
    }

    /** Accepts auto, text, html or tika in any case. */
    static final class InputFormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Validates the command line, then cleans every document; returns the {@link ExitCode}. */
    @Override
    public Integer call() {
        Cleaner cleaner = validCleaner(validConfig());
        DocumentReader reader = new DocumentReader(inputFormat, cleaner.config().maxDocumentChars(), validCharset());
        Format chosen = validFormat();
        InputFinder finder = validFinder();
        if (threads < 1) {
            throw usage("--threads must be at least 1, not " + threads);
        }
        if (timeoutSeconds < 1) {
            throw usage("--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        if (siteMemory && siteMinPages < 2) {
            throw usage("--site-min-pages must be at least 2, not " + siteMinPages);
        }
        if (paths.stream().filter(Input.STDIN::equals).count() > 1) {
            throw usage("standard input (-) can be read only once");
        }
        if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
            throw usage("-o " + output + ": not a directory");
        }
        InputFinder.Found found = finder.find(paths);
        Sink sink = sink(chosen, found.inputs());
        return execute(cleaner, reader, chosen, found, sink).code();
    }

    private Config validConfig() {
        try {
            return settings.toConfig();
        } catch (IllegalArgumentException e) {
            throw usage("invalid setting: " + ConfigOptions.inOptionNames(e.getMessage()));
        }
    }

    /** The cleaner; a user's folder of rules that cannot be read is a usage error naming the file and line. */
    private Cleaner validCleaner(Config config) {
        try {
            return new Cleaner(config);
        } catch (IllegalArgumentException e) {
            throw usage("--rules " + config.rules() + ": " + e.getMessage());
        }
    }

    private TextCharset validCharset() {
        try {
            return TextCharset.parse(charset);
        } catch (IllegalArgumentException e) {
            throw usage("--charset: " + e.getMessage());
        }
    }

    private Format validFormat() {
        boolean formatGiven = spec.commandLine().getParseResult().hasMatchedOption("--format");
        if (explain && formatGiven && format != Format.EXPLAIN) {
            throw usage("--explain cannot be combined with --format " + format.id());
        }
        return explain ? Format.EXPLAIN : format;
    }

    private InputFinder validFinder() {
        try {
            return new InputFinder(glob);
        } catch (PatternSyntaxException e) {
            throw usage("--glob " + glob + ": " + e.getDescription() + " at index " + e.getIndex());
        }
    }

    private Sink sink(Format chosen, List<Input> inputs) {
        if (output == null) {
            return new StreamSink(spec.commandLine().getOut(), chosen.needsHeaders() && inputs.size() > 1);
        }
        try {
            return DirectorySink.plan(output, chosen, inputs);
        } catch (IllegalArgumentException e) {
            throw usage("-o " + output + ": " + e.getMessage());
        }
    }

    private ExitCode execute(Cleaner cleaner, DocumentReader reader, Format chosen, InputFinder.Found found,
                             Sink sink) {
        PrintWriter err = spec.commandLine().getErr();
        ExitCode[] status = {ExitCode.OK};
        for (String problem : found.problems()) {
            err.println(Main.PROGRAM + ": " + problem);
            status[0] = ExitCode.FAILURES;
        }
        err.flush();
        boolean crawl = inputFormat.crawl() || found.inputs().stream()
                .anyMatch(i -> !i.isStdin() && CrawlFormat.byName(i.file().getFileName().toString()).isPresent());
        Progress progress = new Progress(err, crawl ? 0 : found.inputs().size(), Progress.onTerminal());
        Works.Settings settings = new Works.Settings(inputFormat, jsonlField, jsonlHtml, cleaner.config().maxDocumentChars());
        SiteMemory memory = siteMemory ? firstPass(cleaner, reader, found.inputs(), settings) : null;
        try (Works works = new Works(found.inputs(), settings, line -> {
            progress.clear();
            err.println(Main.PROGRAM + ": " + line);
            err.flush();
        })) {
            OrderedPool.run(() -> works, threads, Duration.ofSeconds(timeoutSeconds),
                    work -> process(cleaner, reader, chosen, work, memory),
                    (work, limit) -> Outcome.failed(work, "stopped: cleaning took longer than the time limit of "
                            + limit.toSeconds() + " s (--timeout)", ExitCode.FAILURES, null),
                    outcome -> {
                        status[0] = status[0].worst(deliver(outcome, sink, err, progress));
                        progress.step();
                    });
        }
        progress.clear();
        return status[0];
    }

    /**
     * The first pass of {@code --site-memory}: every document with a host cleaned alone, its lines counted
     * by host. Problems are reported by the second pass.
     */
    private SiteMemory firstPass(Cleaner cleaner, DocumentReader reader, List<Input> inputs, Works.Settings settings) {
        SiteMemory.Builder builder = SiteMemory.builder(siteMinPages);
        try (Works works = new Works(inputs, settings, line -> { })) {
            OrderedPool.run(() -> works, threads, Duration.ofSeconds(timeoutSeconds),
                    work -> {
                        String host = host(work);
                        if (host.isEmpty() || work.record().content() == null) {
                            return null;
                        }
                        try {
                            return java.util.Map.entry(host, work.record().content().clean(cleaner));
                        } catch (RuntimeException | StackOverflowError e) {
                            return null;
                        }
                    },
                    (work, limit) -> null,
                    counted -> {
                        if (counted != null) {
                            builder.add(counted.getKey(), counted.getValue());
                        }
                    });
        }
        return builder.build();
    }

    /** The host of a crawl record: its target URI's, or its JSONL object's {@code url}'s; empty for a file. */
    static String host(Work work) {
        CrawlRecord record = work.record();
        if (record == null || record.error() != null) {
            return "";
        }
        if (record.url() != null) {
            return SiteMemory.host(record.url());
        }
        com.fasterxml.jackson.databind.JsonNode url = record.fields().get("url");
        return url != null && url.isTextual() ? SiteMemory.host(url.asText()) : "";
    }

    /** Writes one outcome to the sink, or its problem to stderr; returns its status. */
    private static ExitCode deliver(Outcome outcome, Sink sink, PrintWriter err, Progress progress) {
        Outcome delivered = outcome;
        if (outcome.warning() != null) {
            progress.clear();
            err.println(Main.PROGRAM + ": " + outcome.work().source() + ": warning: " + outcome.warning());
            err.flush();
        }
        if (outcome.problem() == null) {
            try {
                sink.write(outcome.work().input(), outcome.rendered());
            } catch (IOException e) {
                delivered = Outcome.failed(outcome.work(), e.getMessage(), ExitCode.FAILURES, null);
            }
        }
        if (delivered.problem() != null) {
            progress.clear();
            err.println(Main.PROGRAM + ": " + delivered.work().source() + ": " + delivered.problem());
            if (delivered.cause() != null) {
                delivered.cause().printStackTrace(err);
            }
            err.flush();
        }
        return delivered.status();
    }

    /**
     * Reads, cleans and renders one document; never throws. An HTML file's links resolve against its
     * {@code file:} URI; standard input has no name and no base URI.
     *
     * <p>At most {@link Config#maxDocumentChars()} bytes are read (every character takes at least one
     * byte), so a file of any size is never read whole. A longer document is cut at its last line end
     * within the limit and cleaned with a warning; longer gzip data is an error, as is gzip data that
     * decompresses to more. A stack overflow in the parser or cleaner (markup nested beyond what it
     * handles) is reported as that document's failure.
     */
    private Outcome process(Cleaner cleaner, DocumentReader reader, Format chosen, Work work, SiteMemory memory) {
        if (work.record() != null) {
            return processRecord(cleaner, chosen, work, memory == null ? SiteMemory.Site.NONE : memory.site(host(work)));
        }
        Input input = work.input();
        int limit = cleaner.config().maxDocumentChars();
        String name = input.isStdin() ? "" : input.file().getFileName().toString();
        Content content;
        String warning = null;
        try {
            BoundedRead read = input.isStdin() ? BoundedRead.of(main.stdin(), limit) : BoundedRead.of(input.file(), limit);
            byte[] bytes = read.bytes();
            if (read.cut()) {
                if (DocumentReader.isGzip(bytes, name)) {
                    return Outcome.failed(work, "compressed document larger than the limit of " + limit
                            + " bytes (--max-document-chars): not read", ExitCode.FAILURES, null);
                }
                bytes = read.cutAtLineEnd();
                warning = "larger than the limit of " + limit + " bytes (--max-document-chars): only its first "
                        + bytes.length + " bytes (up to the last line end) are cleaned";
            }
            content = reader.read(bytes, name, input.isStdin() ? "" : input.file().toUri().toString());
        } catch (IOException e) {
            return Outcome.failed(work, readProblem(e), ExitCode.FAILURES, null);
        } catch (StackOverflowError e) {
            return Outcome.failed(work, STACK_OVERFLOW, ExitCode.FAILURES, null);
        }
        if (content instanceof Content.Text text && text.detected() != null) {
            String note = "not UTF-8: read as " + text.detected() + " (detected, --charset auto)";
            warning = warning == null ? note : warning + "; " + note;
        }
        return clean(cleaner, chosen, work, input.source(), content, SiteMemory.Site.NONE, Map.of(), warning);
    }

    /** Cleans and renders one document's content; never throws. */
    private static Outcome clean(Cleaner cleaner, Format chosen, Work work, String source, Content content,
                                 SiteMemory.Site site, Map<String, ?> fields, String warning) {
        try {
            return new Outcome(work, chosen.render(source, content.clean(cleaner, site), fields), null, ExitCode.OK, null,
                    warning);
        } catch (CancellationException e) {
            return Outcome.failed(work, "stopped: cleaning was cancelled", ExitCode.FAILURES, null);
        } catch (StackOverflowError e) {
            return Outcome.failed(work, STACK_OVERFLOW, ExitCode.FAILURES, null);
        } catch (RuntimeException e) {
            return Outcome.failed(work, "internal error: " + e, ExitCode.INTERNAL, e);
        }
    }

    /**
     * Cleans one crawl record, or reports the error that stopped reading it. In JSONL output a WARC or WET
     * record carries its {@code url}, {@code warcRecordId} and {@code warcDate}; a JSONL record its input
     * object's other fields.
     */
    private static Outcome processRecord(Cleaner cleaner, Format chosen, Work work, SiteMemory.Site site) {
        CrawlRecord record = work.record();
        if (record.error() != null) {
            return Outcome.failed(work, record.error(), ExitCode.FAILURES, null);
        }
        return clean(cleaner, chosen, work, record.file(), record.content(), site, record.outputFields(), record.warning());
    }

    /** The problem reported for a document whose reading or cleaning overflowed the stack. */
    static final String STACK_OVERFLOW = "structure nested too deeply to clean (stack overflow)";

    private static String readProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
