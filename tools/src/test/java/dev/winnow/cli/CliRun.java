package dev.winnow.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the command line, with its exit code and captured stdout and stderr. */
record CliRun(int exit, String out, String err) {
    /** Runs {@code winnow ARGS} with empty standard input. */
    static CliRun run(Object... args) {
        return withStdin(new byte[0], args);
    }

    /** Runs {@code winnow ARGS} reading {@code stdin} as standard input; paths in ARGS become strings. */
    static CliRun withStdin(byte[] stdin, Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> strings = new ArrayList<>();
        for (Object arg : args) {
            strings.add(arg instanceof Path path ? path.toString() : arg.toString());
        }
        int exit = Main.execute(Main.commandLine(new ByteArrayInputStream(stdin), new PrintWriter(out),
                new PrintWriter(err)), strings.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }

    static CliRun withStdin(String stdin, Object... args) {
        return withStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Lines of stderr. */
    List<String> errLines() {
        return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
}
