package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static String run(int total, boolean terminal) {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), total, terminal);
        for (int i = 0; i < total; i++) {
            progress.step();
        }
        progress.clear();
        return err.toString();
    }

    @Test
    void silentOffATerminalOrForFewDocuments() {
        assertThat(run(500, false)).isEmpty();
        assertThat(run(Progress.MIN_DOCUMENTS, true)).isEmpty();
    }

    @Test
    void onATerminalTheBarReachesTheEndAndIsErased() {
        String out = run(Progress.MIN_DOCUMENTS + 1, true);
        assertThat(out).startsWith("\rwinnow: [").contains("] 21/21").endsWith("\r");
        assertThat(out.substring(out.lastIndexOf("21/21") + 5)).isBlank();
    }
}
