package dev.winnow.cli;

import static dev.winnow.cli.Documents.article;
import static dev.winnow.cli.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Config;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Help, version and usage errors: exit code 2, one clear line on stderr, nothing processed. */
class UsageTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--nope                                      | Unknown option: '--nope'",
        "--threads 0                                 | --threads must be at least 1",
        "--threads many                              | Invalid value for option '--threads'",
        "--short-max-chars -1                        | invalid setting: --short-max-chars must be >= 0",
        "--short-max-chars 80 --long-min-chars 60    | invalid setting: --long-min-chars must be >= --short-max-chars",
        "--stopwords-low 0.5 --stopwords-high 0.4    | invalid setting: need 0 <= --stopwords-low <= --stopwords-high <= 1",
        "--min-article-chars -5                      | invalid setting: --min-article-chars must be >= 0",
        "--format xml                                | unknown format 'xml'",
        "--explain --format jsonl                    | --explain cannot be combined with --format jsonl",
        "--glob [a                                   | --glob [a:",
        "- -                                         | standard input (-) can be read only once",
    })
    void badCommandLinesAreUsageErrors(String args, String message) {
        Path file = write(tmp.resolve("a.txt"), article("airport"));
        String[] argv = (args.strip() + " " + file).split(" +");
        Object[] all = new Object[argv.length + 1];
        all[0] = "clean";
        System.arraycopy(argv, 0, all, 1, argv.length);
        CliRun run = CliRun.run(all);
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("winnow: ").contains(message);
        assertThat(run.errLines().get(1)).isEqualTo("Try 'winnow clean --help' for more information.");
    }

    @Test
    void outputsThatWouldCollideOrReplaceAnInputAreUsageErrors() {
        Path a = write(tmp.resolve("one/x.txt"), article("airport"));
        Path b = write(tmp.resolve("two/x.txt"), article("bridge"));
        Path out = tmp.resolve("out");
        CliRun collide = CliRun.run("clean", "-o", out, a, b);
        assertThat(collide.exit()).isEqualTo(2);
        assertThat(collide.err()).contains(a + " and " + b + " would both be written to " + out.resolve("x.txt"));
        assertThat(out).doesNotExist();

        CliRun replace = CliRun.run("clean", "-o", tmp.resolve("one"), a);
        assertThat(replace.exit()).isEqualTo(2);
        assertThat(replace.err()).contains("output would replace the input " + a);

        CliRun notDir = CliRun.run("clean", "-o", a, b);
        assertThat(notDir.exit()).isEqualTo(2);
        assertThat(notDir.err()).contains("not a directory");
    }

    @Test
    void aCommandIsRequired() {
        assertThat(CliRun.run().exit()).isEqualTo(2);
        assertThat(CliRun.run().err()).startsWith("winnow: missing command: choose one of clean, report, golden");
        assertThat(CliRun.run("golden").exit()).isEqualTo(2);
        assertThat(CliRun.run("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void helpExplainsEveryOptionWithDefaultsExamplesAndExitCodes() {
        CliRun help = CliRun.run("clean", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--format", "--explain", "--output", "--glob", "--threads",
                "--title-in-text", "Examples:", "Exit codes:",
                "Default: " + Config.DEFAULT_SHORT_MAX_CHARS + ".",
                "Default: " + Config.DEFAULT_LONG_MIN_CHARS + ".",
                "Default: " + Config.DEFAULT_STOPWORDS_HIGH + ".",
                "Default: " + Config.DEFAULT_STOPWORDS_LOW + ".",
                "Default: " + Config.DEFAULT_MIN_ARTICLE_CHARS + ".");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("Default: the number of processors the JVM may use ("
                + Runtime.getRuntime().availableProcessors() + " here).");
        for (ExitCode exit : ExitCode.values()) {
            assertThat(help.out()).containsPattern("(?m)^  " + exit.code() + " +" + exit.description().substring(0, 10));
        }
        assertThat(CliRun.run("--help").out()).contains("clean", "golden", "Exit codes:");
        assertThat(CliRun.run("golden", "verify", "--help").out()).contains("DIR", "Exit codes:");
    }

    @Test
    void versionNamesTheProgram() {
        CliRun version = CliRun.run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("winnow ");
        assertThat(CliRun.run("clean", "--version").out()).isEqualTo(version.out());
    }

    @Test
    void aDirectoryWithoutMatchingFilesIsNotAnError() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(CliRun.run("clean", empty)).isEqualTo(new CliRun(0, "", ""));
    }

    /** A command that fails as a class whose initialisation failed does: with an {@link Error}. */
    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new NoClassDefFoundError("Could not initialize class dev.winnow.Winnow$Shared");
        }
    }

    @Test
    void anErrorInACommandIsAnInternalErrorWithItsStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err));
        cli.addSubcommand(new Broken());
        assertThat(Main.execute(cli, "broken")).isEqualTo(ExitCode.INTERNAL.code());
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("winnow: internal error: java.lang.NoClassDefFoundError: "
                + "Could not initialize class dev.winnow.Winnow$Shared").contains("at dev.winnow.cli.UsageTest$Broken.call");
    }
}
