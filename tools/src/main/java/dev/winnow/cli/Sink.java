package dev.winnow.cli;

import java.io.IOException;

/** Where the rendered documents go, one after another in input order. */
interface Sink {
    /**
     * Writes one document's rendering.
     *
     * @throws IOException if it could not be written; the message names the output
     */
    void write(Input input, String rendered) throws IOException;
}
