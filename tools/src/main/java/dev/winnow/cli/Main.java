package dev.winnow.cli;

import dev.winnow.Winnow;
import dev.winnow.eval.EvalCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code winnow} command: the top of the command line, holding the subcommands. To add one, list
 * its class in {@code subcommands} below.
 *
 * <p>Output goes through picocli's writers ({@link CommandLine#getOut()}, {@link CommandLine#getErr()}),
 * which {@link #main} sets to UTF-8 on stdout and stderr; tests set their own with {@link #commandLine}.
 */
@Command(name = "winnow", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Separates article text from boilerplate in scraped text dumps, HTML",
            "pages and documents (PDF, DOCX, ODT, EPUB, RTF).",
            "",
            "Labels every line of a document as body, caption, credit, ad or",
            "navigation (blank lines: blank) and assembles the clean article text.",
            "",
            "Examples:",
            "  winnow clean --explain article.txt",
            "  winnow clean page.html.gz report.pdf",
            "  winnow clean -o clean/ dumps/",
            "  winnow report -o report/ dumps/",
            "  winnow golden verify",
            ""},
        subcommands = {
            CleanCommand.class,
            ReportCommand.class,
            GoldenCommand.class,
            EvalCommand.class,
            dev.winnow.train.TrainCommand.class,
        })
public final class Main implements Callable<Integer> {
    /** The program name that starts every diagnostic line: {@code winnow: path: problem}. */
    static final String PROGRAM = "winnow";

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    /** A command that reads {@code -} (standard input) from the given stream. */
    public Main(InputStream stdin) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /** The stream that stands for {@code -}. */
    InputStream stdin() {
        return stdin;
    }

    /** {@code winnow} without a command is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Runs the command line and exits with its {@link ExitCode}. When a command is named, the lexicon
     * (the data files and their compiled rules) starts loading on a thread of its own at once, while the
     * JVM goes on loading picocli and parsing the arguments on the other core; the command's first
     * cleaner waits for it.
     */
    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            preloadLexicon();
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int status = execute(commandLine(System.in, out, err), args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Starts loading the lexicon on a daemon thread. */
    private static void preloadLexicon() {
        Thread preload = new Thread(() -> {
            try {
                Winnow.cleaner();
            } catch (Throwable e) {
                // the command's own cleaner meets it (as NoClassDefFoundError naming this failure) and
                // reports it as an internal error
            }
        }, "winnow-preload");
        preload.setDaemon(true);
        preload.start();
    }

    /**
     * The configured command line: the given streams, usage errors as {@link ExitCode#USAGE} with a
     * one-line message, uncaught exceptions as {@link ExitCode#INTERNAL} with their stack trace, and the
     * exit code list in every command's help.
     */
    public static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(stdin));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, commandLine));
        listExitCodes(cli);
        return cli;
    }

    /**
     * Runs a command line from {@link #commandLine}: its exit code, {@link ExitCode#INTERNAL} also for an
     * {@link Error} a command throws (picocli hands only exceptions to the handler), such as the
     * {@link NoClassDefFoundError} of rules that could not be loaded.
     */
    static int execute(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (Error e) {
            return internalError(e, cli);
        }
    }

    private static int internalError(Throwable e, CommandLine commandLine) {
        commandLine.getErr().println(PROGRAM + ": internal error: " + e);
        e.printStackTrace(commandLine.getErr());
        commandLine.getErr().flush();
        return ExitCode.INTERNAL.code();
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(PROGRAM + ": " + e.getMessage());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    /** Adds the {@link ExitCode} list to the help of every command that has no list of its own. */
    private static void listExitCodes(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        if (spec.usageMessage().exitCodeList().isEmpty()) {
            spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
        }
        commandLine.getSubcommands().values().forEach(Main::listExitCodes);
    }
}
