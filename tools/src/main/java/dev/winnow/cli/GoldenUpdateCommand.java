package dev.winnow.cli;

import dev.winnow.Winnow;
import dev.winnow.golden.UpdateReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code winnow golden update}: accepts winnow's current output as the expected output of every case. */
@Command(name = "update", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Accepts winnow's current output as every case's expected output.",
            "",
            "Cleans each case's input.txt with the default settings and rewrites",
            "those of expected.labels.tsv, expected.txt and expected.jsonl that",
            "changed. Never touches input.txt, truth.labels.tsv, reference.txt or",
            "case.properties. Review the change (git diff) before committing it.",
            ""})
final class GoldenUpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SuiteArgument suiteArgument;

    @Override
    public Integer call() {
        UpdateReport report = suiteArgument.suite(spec).update(Winnow.cleaner());
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.describe());
        out.flush();
        return (report.failures().isEmpty() ? ExitCode.OK : ExitCode.FAILURES).code();
    }
}
