package dev.winnow.format;

import java.io.IOException;

/** A file that is not UTF-8 text: malformed UTF-8 or a NUL byte (binary data). */
public final class NotTextException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long offset;

    /**
     * @param problem what is wrong, e.g. {@code "not valid UTF-8 text"}
     * @param offset  the byte offset of the first offending byte, from 0
     */
    public NotTextException(String problem, long offset) {
        super(problem + " (byte offset " + offset + ")");
        this.offset = offset;
    }

    /** The byte offset of the first offending byte, from 0. */
    public long offset() {
        return offset;
    }
}
