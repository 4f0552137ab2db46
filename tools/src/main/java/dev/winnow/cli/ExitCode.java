package dev.winnow.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit status of every {@code winnow} command, listed in each command's {@code --help}. */
public enum ExitCode {
    /** Everything was processed; for {@code golden verify}: every case matches its expected outputs. */
    OK(0, "success: every document cleaned, every golden case matches"),
    /**
     * Some documents failed (missing, not UTF-8 text, a format winnow cannot read, over a size or time
     * limit); the others were cleaned. Or golden cases differ.
     */
    FAILURES(1, "some documents failed (missing, not UTF-8 text, unreadable format, over a limit), or golden"
            + " differences"),
    /** The command line is wrong: unknown option, bad or out-of-range value. Nothing was processed. */
    USAGE(2, "usage error (unknown option, bad value); nothing was processed"),
    /** A bug in winnow; the message and stack trace are on stderr. */
    INTERNAL(3, "internal error: a bug, please report it with the stack trace");

    private final int code;
    private final String description;

    ExitCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /** One line for {@code --help}. */
    public String description() {
        return description;
    }

    /** The more serious of the two (the one with the higher code). */
    public ExitCode worst(ExitCode other) {
        return other.code > code ? other : this;
    }

    /** The list for picocli's usage help: code to description, in order. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode exit : values()) {
            list.put(Integer.toString(exit.code), exit.description);
        }
        return list;
    }
}
