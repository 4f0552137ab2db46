package dev.winnow.cli;

import dev.winnow.Winnow;
import dev.winnow.golden.SuiteReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code winnow golden verify}: runs every case and prints how its output differs from the expected files. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Compares every case's output with its expected files.",
            "",
            "Cleans each case's input.txt with the default settings and prints every",
            "difference from its expected.* files, then a summary line:",
            "  CASE:LINE: expected-label -> actual-label  [rule: reason]  line text",
            "  a diff of the clean text (- expected, + actual)",
            "  other changes of the JSON (title, rules, reasons, confidences)",
            "Exit code 1 when a case differs or has no expected output yet.",
            ""})
final class GoldenVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SuiteArgument suiteArgument;

    @Override
    public Integer call() {
        var suite = suiteArgument.suite(spec);
        SuiteReport report = suite.verify(Winnow.cleaner());
        PrintWriter out = spec.commandLine().getOut();
        String differences = report.describe();
        if (!differences.isEmpty()) {
            out.print(differences);
            out.print("\n");
        }
        out.print(report.summary() + "\n");
        out.flush();
        return (report.matches() ? ExitCode.OK : ExitCode.FAILURES).code();
    }
}
