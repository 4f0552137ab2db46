package dev.winnow.cli;

import dev.winnow.golden.GoldenSuite;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The optional suite directory argument of the golden commands. */
final class SuiteArgument {
    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = GoldenCommand.DEFAULT_SUITE,
            description = "The suite: a case directory, or a directory whose subdirectories (recursively) are"
                    + " cases. Default: ${DEFAULT-VALUE} (relative to the working directory).")
    Path dir;

    /** The suite and its cases. @throws ParameterException if the directory does not exist or holds no case */
    GoldenSuite suite(CommandSpec spec) {
        GoldenSuite suite;
        try {
            suite = GoldenSuite.at(dir);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), dir + ": not a directory"
                    + (dir.toString().equals(GoldenCommand.DEFAULT_SUITE) ? " (run from the repository root, or name the suite)" : ""));
        }
        if (suite.cases().isEmpty()) {
            throw new ParameterException(spec.commandLine(), dir + ": no golden cases (no directory with an input.txt)");
        }
        return suite;
    }
}
