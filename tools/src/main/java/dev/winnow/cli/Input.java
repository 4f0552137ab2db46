package dev.winnow.cli;

import java.nio.file.Path;

/**
 * One document to clean.
 *
 * @param source   its name in output headers, JSON and messages: the path as given or found, {@code -} for stdin
 * @param file     the file, or {@code null} for standard input
 * @param relative where its output goes below {@code -o DIR}: the path below the directory it was found
 *                 in, or the file name of a file named on the command line ({@code stdin} for stdin)
 */
record Input(String source, Path file, Path relative) {
    /** The source name of standard input. */
    static final String STDIN = "-";

    /** Standard input. */
    static Input stdin() {
        return new Input(STDIN, null, Path.of("stdin"));
    }

    boolean isStdin() {
        return file == null;
    }
}
