package dev.winnow.cli;

import dev.winnow.report.ReportSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code winnow report}: a static site of the labelled lines. The documents are cleaned by
 * {@code winnow clean --format jsonl} with the other arguments as given (so the report takes every input,
 * format and option that clean takes), into a file in the output folder that is read back, one document
 * at a time, by {@link ReportSite} and then deleted.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Writes a static site of the labelled lines: DIR/index.html, a row per",
            "document (headline, article length, a bar of its lines by label; sortable",
            "by any column) under the batch's lines per label; and a page per document",
            "(DIR/pages/) with every line coloured by its label (the label also written",
            "beside it), its rule and reason on hover, keyboard focus or tap, runs of",
            "blank lines in one row, the headline, metadata and clean article beside.",
            "",
            "Every other argument is winnow clean's: files, folders, - for standard",
            "input, every input format (text, HTML, documents, WARC, WET, JSONL) and",
            "every option (--threads, --input-format, --rules, ...); see",
            "winnow clean --help. The pages need no network and run no script of the",
            "input: everything from the input is escaped, and the pages' policy lets",
            "no script run but the index's sorting.",
            "",
            "Examples:",
            "  winnow report -o report/ dumps/",
            "  winnow report -o report/ --truth labels/ --threads 2 dumps/",
            "  winnow report -o report/ --truth golden/cases golden/cases",
            ""})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The folder to write the site into (created if missing; pages already there are replaced).")
    Path output;

    @Option(names = "--truth", paramLabel = "DIR",
            description = {"Hand labels (.labels.tsv) to compare with: each line labelled otherwise is marked with",
                "both labels, and the pages and the index give each label's precision, recall and F1. For a",
                "document read from .../CASE/NAME.ext these are tried: DIR/NAME.labels.tsv,",
                "DIR/CASE/NAME.labels.tsv, DIR/CASE/truth.labels.tsv (winnow's golden cases)."})
    Path truth;

    @Unmatched
    List<String> cleanArguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        for (String a : cleanArguments) {
            if (a.equals("--explain") || a.matches("(-f|--format)(=.*)?") || a.startsWith("-f") && a.length() > 2 && !a.startsWith("--")) {
                throw usage("the report reads winnow clean's JSONL: " + a + " cannot be given");
            }
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw usage("-o " + output + ": not a directory");
        }
        if (truth != null && !Files.isDirectory(truth)) {
            throw usage("--truth " + truth + ": not a directory");
        }
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(output);
        Path jsonl = Files.createTempFile(output, ".clean-", ".jsonl");
        try {
            int cleaned;
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8))) {
                List<String> args = new ArrayList<>(List.of("clean", "--format", "jsonl"));
                args.addAll(cleanArguments);
                cleaned = Main.execute(Main.commandLine(main.stdin(), out, err), args.toArray(new String[0]));
            }
            if (cleaned == ExitCode.USAGE.code() || cleaned == ExitCode.INTERNAL.code()) {
                return cleaned;
            }
            ReportSite site = new ReportSite(output, truth);
            site.addAll(jsonl);
            Path index = site.finish();
            for (String problem : site.problems()) {
                err.println(Main.PROGRAM + ": " + problem);
            }
            err.flush();
            spec.commandLine().getOut().println(index);
            spec.commandLine().getOut().flush();
            ExitCode status = cleaned == 0 ? ExitCode.OK : ExitCode.FAILURES;
            return (site.problems().isEmpty() ? status : status.worst(ExitCode.FAILURES)).code();
        } finally {
            Files.deleteIfExists(jsonl);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
