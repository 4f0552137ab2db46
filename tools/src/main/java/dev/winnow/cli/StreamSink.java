package dev.winnow.cli;

import java.io.PrintWriter;

/**
 * Writes documents to one stream (stdout). With headers, each document is preceded by a line
 * {@code ==> source <==}, and documents after the first by an empty line, as {@code head} does.
 */
final class StreamSink implements Sink {
    private final PrintWriter out;
    private final boolean headers;
    private boolean first = true;

    StreamSink(PrintWriter out, boolean headers) {
        this.out = out;
        this.headers = headers;
    }

    @Override
    public void write(Input input, String rendered) {
        if (headers) {
            out.print((first ? "" : "\n") + "==> " + input.source() + " <==\n");
        }
        first = false;
        out.print(rendered);
        out.flush();
    }
}
