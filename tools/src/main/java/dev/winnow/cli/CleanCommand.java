package dev.winnow.cli;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.format.Format;
import dev.winnow.format.TextFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
 * lines, JSON or the human view. {@link #call()} first validates the whole command line (settings,
 * paths, output plan), then processes the documents; a document that fails is reported on stderr and
 * the others go on.
 */
@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Labels the lines of text dumps and writes the clean article text.",
            "",
            "Every line gets a label: body, caption, credit, ad, navigation (blank",
            "lines: blank). Input is read as strict UTF-8: a file that is not UTF-8",
            "text, or contains NUL bytes, is reported on stderr and skipped; the other",
            "documents go on. Several documents on stdout are each headed by a line",
            "'==> PATH <==' (formats text, labels, explain).",
            "",
            "Examples:",
            "  the clean article of one dump, and of standard input:",
            "    winnow clean article.txt",
            "    winnow clean < article.txt",
            "  every line's label, rule and reason, then the title and the article:",
            "    winnow clean --explain article.txt",
            "  the labelled lines (lossless: cut -f2- gives back the input):",
            "    winnow clean --format labels article.txt",
            "  all *.txt below dumps/, as JSON lines, 4 at a time:",
            "    winnow clean --format jsonl --threads 4 dumps/ > dumps.jsonl",
            "  clean/a/b.txt for every dumps/a/b.dump:",
            "    winnow clean -o clean/ --glob '*.dump' dumps/",
            ""})
public final class CleanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = {"Files, directories (searched recursively, see --glob) or - for standard input.",
                "Without PATH: standard input."})
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

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = {"Write one file per document below DIR instead of stdout, mirroring the paths below"
                    + " each input directory (a file named on the command line: its file name; stdin: 'stdin'),"
                    + " with the extension .txt, .labels.tsv, .jsonl or .explain.txt."})
    Path output;

    @Option(names = "--glob", paramLabel = "GLOB",
            description = {"Which files of a directory to read (not applied to files named on the command"
                    + " line). Without '/' it matches file names, with '/' paths below the directory."
                    + " Default: ${DEFAULT-VALUE}."})
    String glob = "**.txt";

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Clean N documents in parallel; the output order stays the input order."
                    + " Default: ${DEFAULT-VALUE}.")
    int threads = 1;

    @Mixin
    ConfigOptions settings;

    /** One document's outcome: its rendering, or the problem that stopped it. */
    private record Outcome(Input input, String rendered, String problem, ExitCode status, Throwable cause) {
    }

    /** Validates the command line, then cleans every document; returns the {@link ExitCode}. */
    @Override
    public Integer call() {
        Cleaner cleaner = new Cleaner(validConfig());
        Format chosen = validFormat();
        InputFinder finder = validFinder();
        if (threads < 1) {
            throw usage("--threads must be at least 1, not " + threads);
        }
        if (paths.stream().filter(Input.STDIN::equals).count() > 1) {
            throw usage("standard input (-) can be read only once");
        }
        if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
            throw usage("-o " + output + ": not a directory");
        }
        InputFinder.Found found = finder.find(paths);
        Sink sink = sink(chosen, found.inputs());
        return execute(cleaner, chosen, found, sink).code();
    }

    private Config validConfig() {
        try {
            return settings.toConfig();
        } catch (IllegalArgumentException e) {
            throw usage("invalid setting: " + ConfigOptions.inOptionNames(e.getMessage()));
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

    private ExitCode execute(Cleaner cleaner, Format chosen, InputFinder.Found found, Sink sink) {
        PrintWriter err = spec.commandLine().getErr();
        ExitCode[] status = {ExitCode.OK};
        for (String problem : found.problems()) {
            err.println(Main.PROGRAM + ": " + problem);
            status[0] = ExitCode.FAILURES;
        }
        err.flush();
        Progress progress = new Progress(err, found.inputs().size(), Progress.onTerminal());
        OrderedPool.run(found.inputs(), threads, input -> process(cleaner, chosen, input), outcome -> {
            status[0] = status[0].worst(deliver(outcome, sink, err, progress));
            progress.step();
        });
        progress.clear();
        return status[0];
    }

    /** Writes one outcome to the sink, or its problem to stderr; returns its status. */
    private static ExitCode deliver(Outcome outcome, Sink sink, PrintWriter err, Progress progress) {
        Outcome delivered = outcome;
        if (outcome.problem() == null) {
            try {
                sink.write(outcome.input(), outcome.rendered());
            } catch (IOException e) {
                delivered = new Outcome(outcome.input(), null, e.getMessage(), ExitCode.FAILURES, null);
            }
        }
        if (delivered.problem() != null) {
            progress.clear();
            err.println(Main.PROGRAM + ": " + delivered.input().source() + ": " + delivered.problem());
            if (delivered.cause() != null) {
                delivered.cause().printStackTrace(err);
            }
            err.flush();
        }
        return delivered.status();
    }

    /** Reads, cleans and renders one document; never throws. */
    private Outcome process(Cleaner cleaner, Format chosen, Input input) {
        String text;
        try {
            text = input.isStdin() ? TextFiles.read(main.stdin()) : TextFiles.read(input.file());
        } catch (IOException e) {
            return new Outcome(input, null, readProblem(e), ExitCode.FAILURES, null);
        }
        try {
            return new Outcome(input, chosen.render(input.source(), cleaner.clean(text)), null, ExitCode.OK, null);
        } catch (RuntimeException e) {
            return new Outcome(input, null, "internal error: " + e, ExitCode.INTERNAL, e);
        }
    }

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
