package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.crawl.WarcFixture;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WARC is read record by record: a generated 1 GB WARC of 50,000 records is cleaned by a JVM whose
 * heap may not exceed 512 MB, with two threads, every page in order.
 */
class CrawlStreamingTest {
    static final int RECORDS = 50_000;
    /** Every this many records is an HTML page; the others are images, skipped unread. */
    static final int PAGE_EVERY = 10;
    static final int RECORD_BYTES = 20_000;

    @TempDir
    Path tmp;

    @Test
    void aGigabyteWarcIsCleanedWithinAHeapOf512Megabytes() throws IOException, InterruptedException {
        Path warc = tmp.resolve("big.warc");
        byte[] image = WarcFixture.http("200 OK", "Content-Type: image/jpeg\r\n", new byte[RECORD_BYTES]);
        String filler = "<p>" + "Residents spoke at the meeting about the plan and its costs for the city. ".repeat(250) + "</p>";
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(warc), 1 << 20)) {
            for (int i = 0; i < RECORDS; i++) {
                WarcFixture record = new WarcFixture(false);
                if (i % PAGE_EVERY == 0) {
                    String page = WarcFixture.page("topic" + i).replace("</article>", filler + "</article>");
                    record.response("http://example.org/" + i, WarcFixture.html(page));
                } else {
                    record.response("http://example.org/" + i + ".jpg", image);
                }
                out.write(record.bytes());
            }
        }
        assertThat(Files.size(warc)).isGreaterThan(1_000_000_000L);
        Path stdout = tmp.resolve("out.jsonl");
        Path stderr = tmp.resolve("err.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.winnow.cli.Main",
                "clean", "--format", "jsonl", "--threads", "2", warc.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(20, TimeUnit.MINUTES)).as("finished").isTrue();
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).contains("skipped " + (RECORDS - RECORDS / PAGE_EVERY) + " records that are not documents");
        List<String> lines;
        try (var stream = Files.lines(stdout)) {
            lines = stream.map(l -> l.substring(l.indexOf("\"url\":\"") + 7, l.indexOf("\"", l.indexOf("\"url\":\"") + 7))).toList();
        }
        assertThat(lines).hasSize(RECORDS / PAGE_EVERY);
        for (int k = 0; k < lines.size(); k++) {
            assertThat(lines.get(k)).isEqualTo("http://example.org/" + k * PAGE_EVERY);
        }
    }
}
