package dev.winnow.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn in place with {@code \r}. Silent unless enabled: the
 * clean command enables it only on a terminal and for more than {@link #MIN_DOCUMENTS} documents.
 */
final class Progress {
    /** Fewer documents than this finish too fast for a bar to help. */
    static final int MIN_DOCUMENTS = 20;
    private static final int WIDTH = 30;
    /** The bar is redrawn at most this often, and once at the end. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private boolean drawn;
    private long lastDraw;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > MIN_DOCUMENTS;
    }

    /** Whether stderr is an interactive terminal (as far as Java can tell: the JVM has a console). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** Counts one finished document and redraws the bar when it is due. */
    void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && (done == total || !drawn || now - lastDraw >= REDRAW_NANOS)) {
            lastDraw = now;
            int filled = WIDTH * done / total;
            err.print("\r" + Main.PROGRAM + ": [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + done + "/" + total);
            err.flush();
            drawn = true;
        }
    }

    /** Erases the bar, so that a message or the end of the run starts on a clean line. */
    void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
