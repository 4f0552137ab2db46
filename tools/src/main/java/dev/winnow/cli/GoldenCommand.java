package dev.winnow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code winnow golden}: the golden cases, {@code verify} and {@code update}. */
@Command(name = "golden", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Verifies or updates the golden cases (winnow's reviewed outputs).",
            "",
            "A case is a directory with an input.txt (the document) and winnow's",
            "reviewed outputs expected.labels.tsv, expected.txt and expected.jsonl.",
            "Hand-made files (truth.labels.tsv, reference.txt, case.properties) are",
            "never written.",
            "",
            "Examples:",
            "  compare golden/cases with winnow's current output:",
            "    winnow golden verify",
            "  accept the current output as expected (review with git diff):",
            "    winnow golden update",
            "  one case:",
            "    winnow golden verify golden/cases/wcxb-0031",
            ""},
        subcommands = {GoldenVerifyCommand.class, GoldenUpdateCommand.class})
public final class GoldenCommand implements Callable<Integer> {
    /** The suite directory when none is given, relative to the working directory. */
    static final String DEFAULT_SUITE = "golden/cases";

    @Spec
    CommandSpec spec;

    /** {@code winnow golden} without {@code verify} or {@code update} is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: choose verify or update");
    }
}
