package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.crawl.WarcFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow clean} over WARC, WET and JSONL files: what is read, what is skipped, what fails and goes on. */
class CrawlInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    private static List<JsonNode> docs(CliRun run) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isEmpty()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    /** A WARC with a page, and records that are not documents. */
    private static WarcFixture mixed(boolean gzip) {
        return new WarcFixture(gzip)
                .record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8))
                .record("request", "http://example.org/a", "application/http; msgtype=request",
                        "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.UTF_8))
                .response("http://example.org/a", WarcFixture.html(WarcFixture.page("bridge")))
                .response("http://example.org/b.png", WarcFixture.http("200 OK", "Content-Type: image/png\r\n", new byte[5000]))
                .response("http://example.org/c", WarcFixture.http("404 Not Found", "Content-Type: text/html\r\n",
                        "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8)))
                .record("metadata", "http://example.org/a", "application/warc-fields", "via: x\r\n".getBytes(StandardCharsets.UTF_8))
                .response("http://example.org/d", WarcFixture.html(WarcFixture.page("harbour")));
    }

    @Test
    void aWarcsPagesAreCleanedWithTheirAddressIdAndDateAndTheRestIsCounted() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            Path warc = write(gzip ? "crawl.warc.gz" : "crawl.warc", mixed(gzip).bytes());
            CliRun run = CliRun.run("clean", "--format", "jsonl", warc);
            assertThat(run.exit()).as(run.err()).isZero();
            List<JsonNode> docs = docs(run);
            assertThat(docs).hasSize(2);
            assertThat(docs.get(0).get("source").asText()).isEqualTo(warc.toString());
            assertThat(docs.get(0).get("url").asText()).isEqualTo("http://example.org/a");
            assertThat(docs.get(0).get("warcRecordId").asText()).isEqualTo("urn:uuid:00000000-0000-0000-0000-000000000003");
            assertThat(docs.get(0).get("warcDate").asText()).isEqualTo("2026-01-02T03:04:05Z");
            assertThat(docs.get(0).get("text").asText()).contains(WarcFixture.prose("bridge"));
            assertThat(docs.get(1).get("text").asText()).contains(WarcFixture.prose("harbour"));
            assertThat(run.err()).contains(warc + ": skipped 5 records that are not documents: 1 metadata, 1 non-HTML, 1 request,"
                    + " 1 status 404, 1 warcinfo");
        }
    }

    @Test
    void theSameRecordsAsHtmlFilesGiveTheSameLabelsAndText() throws IOException {
        Path warc = write("crawl.warc.gz", mixed(true).bytes());
        Path page = write("a.html", WarcFixture.page("bridge").getBytes(StandardCharsets.UTF_8));
        JsonNode fromWarc = docs(CliRun.run("clean", "--format", "jsonl", warc)).get(0);
        JsonNode fromFile = docs(CliRun.run("clean", "--format", "jsonl", page)).get(0);
        assertThat(fromWarc.get("lines")).isEqualTo(fromFile.get("lines"));
        assertThat(fromWarc.get("text")).isEqualTo(fromFile.get("text"));
    }

    @Test
    void formatsAreKnownByNameAndWarcByItsFirstBytes() throws IOException {
        Path bin = write("crawl.bin", mixed(true).bytes());
        assertThat(docs(CliRun.run("clean", "--format", "jsonl", bin))).hasSize(2);
        Path wet = write("crawl.warc.wet.gz", new WarcFixture(true)
                .record("warcinfo", null, "application/warc-fields", "x\r\n".getBytes(StandardCharsets.UTF_8))
                .conversion("http://example.org/a", "Council approves the bridge plan\n" + WarcFixture.prose("bridge") + "\n")
                .bytes());
        List<JsonNode> docs = docs(CliRun.run("clean", "--format", "jsonl", wet));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.get("url").asText()).isEqualTo("http://example.org/a");
            assertThat(d.get("lines")).hasSize(2);
        });
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        Files.write(dir.resolve("c.warc.gz"), mixed(true).bytes());
        assertThat(docs(CliRun.run("clean", "--format", "jsonl", dir))).as("found by the default glob").hasSize(2);
    }

    @Test
    void jsonlKeepsTheOtherFieldsAndPutsClashingOnesUnderInput() throws IOException {
        Path jsonl = write("docs.jsonl", ("{\"id\": 7, \"text\": \"Council approves the bridge plan\\n" + WarcFixture.prose("bridge")
                + "\", \"lines\": \"theirs\", \"tags\": [\"a\"]}\n\n{\"id\": 8, \"body\": \"x\"}\n[1]\n{broken\n"
                + "{\"id\": 9, \"text\": \"" + WarcFixture.prose("harbour") + "\"}\n").getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.run("clean", "--format", "jsonl", jsonl);
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        List<JsonNode> docs = docs(run);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).get("id").asInt()).isEqualTo(7);
        assertThat(docs.get(0).get("tags").get(0).asText()).isEqualTo("a");
        assertThat(docs.get(0).get("input").get("lines").asText()).isEqualTo("theirs");
        assertThat(docs.get(0).get("lines").isArray()).isTrue();
        assertThat(docs.get(1).get("id").asInt()).isEqualTo(9);
        assertThat(run.errLines()).containsExactly(
                "winnow: " + jsonl + ": line 3: no string field 'text' (--jsonl-field)",
                "winnow: " + jsonl + ": line 4: not a JSON object",
                "winnow: " + jsonl + ": line 5: not a JSON object: Unexpected character ('b' (code 98)): was expecting"
                        + " double-quote to start field name");
        Path html = write("pages.jsonl.gz", gzip(("{\"page\": \"" + WarcFixture.page("library").replace("\"", "\\\"")
                + "\", \"url\": \"http://example.org/l\"}\n").getBytes(StandardCharsets.UTF_8)));
        JsonNode page = docs(CliRun.run("clean", "--format", "jsonl", "--jsonl-field", "page", "--jsonl-html", html)).get(0);
        assertThat(page.get("text").asText()).contains(WarcFixture.prose("library"));
        assertThat(page.get("url").asText()).as("not one of winnow's fields for a JSONL record").isEqualTo("http://example.org/l");
    }

    @Test
    void jsonlOutputEscapesTheCharactersThatSomeReadersTakeForLineEnds() throws IOException {
        Path dump = write("odd.txt", ("Council approves the bridge plan\n" + WarcFixture.prose("bridge")
                + " Mind\u2028the\u2029gap\u0085here.\n").getBytes(StandardCharsets.UTF_8));
        String out = CliRun.run("clean", "--format", "jsonl", dump).out();
        assertThat(out).contains("Mind\\u2028the\\u2029gap\\u0085here.").doesNotContain("\u2028", "\u2029", "\u0085");
        assertThat(out.lines().count()).isEqualTo(1);
        assertThat(JSON.readTree(out).get("text").asText()).contains("Mind\u2028the\u2029gap\u0085here.");
    }

    @Test
    void aWarcCutInARecordFailsForTheRestAndTheOtherFilesGoOn() throws IOException {
        byte[] whole = mixed(false).bytes();
        Path cut = write("cut.warc", Arrays.copyOf(whole, whole.length - 300));
        Path good = write("good.warc", mixed(false).bytes());
        CliRun run = CliRun.run("clean", "--format", "jsonl", cut, good);
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(docs(run)).hasSize(3);
        assertThat(run.err()).contains(cut + ": record 7 at offset ").contains("cannot read the record");
    }

    @Test
    void aCorruptGzipMemberIsOneErrorAndReadingGoesOnAtTheNextMember() throws IOException {
        WarcFixture w = new WarcFixture(true).response("http://example.org/a", WarcFixture.html(WarcFixture.page("bridge")));
        w.garbage(new byte[] {0x1f, (byte) 0x8b, 0x08, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
        w.response("http://example.org/b", WarcFixture.html(WarcFixture.page("harbour")));
        Path warc = write("broken.warc.gz", w.bytes());
        CliRun run = CliRun.run("clean", "--format", "jsonl", warc);
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(docs(run)).extracting(d -> d.get("url").asText()).containsExactly("http://example.org/a", "http://example.org/b");
        assertThat(run.errLines()).singleElement().asString().startsWith("winnow: " + warc + ": offset ")
                .contains("cannot read the record").contains("reading goes on at offset");
    }

    @Test
    void aMalformedHttpHeaderFailsThatRecordOnly() throws IOException {
        Path warc = write("bad-http.warc", new WarcFixture(false)
                .response("http://example.org/x", "NOT HTTP AT ALL\r\n\r\n<html></html>".getBytes(StandardCharsets.UTF_8))
                .response("http://example.org/a", WarcFixture.html(WarcFixture.page("bridge"))).bytes());
        CliRun run = CliRun.run("clean", "--format", "jsonl", warc);
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(docs(run)).hasSize(1);
        assertThat(run.err()).contains(warc + ": record 1 at offset 0 (urn:uuid:00000000-0000-0000-0000-000000000001):"
                + " malformed HTTP header");
    }

    @Test
    void aContentLengthThatLiesIsAnErrorAndTheNextRecordIsFound() throws IOException {
        byte[] http = WarcFixture.html(WarcFixture.page("bridge"));
        Path warc = write("lies.warc", new WarcFixture(false)
                .record("response", "http://example.org/x", "application/http; msgtype=response", http, http.length + 500)
                .response("http://example.org/a", WarcFixture.html(WarcFixture.page("harbour")))
                .response("http://example.org/b", WarcFixture.html(WarcFixture.page("library"))).bytes());
        CliRun run = CliRun.run("clean", "--format", "jsonl", warc);
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(run.err()).contains(warc + ": ");
        assertThat(docs(run)).extracting(d -> d.get("url").asText()).contains("http://example.org/b");
    }

    @Test
    void aPayloadOverTheLimitIsCutWithAWarning() throws IOException {
        String big = WarcFixture.page("bridge").replace("</article>", "<p>" + "More words here. ".repeat(400) + "</p></article>");
        Path warc = write("big.warc", new WarcFixture(false).response("http://example.org/a", WarcFixture.html(big)).bytes());
        CliRun run = CliRun.run("clean", "--format", "jsonl", "--max-document-chars", "2000", warc);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(docs(run)).hasSize(1);
        assertThat(run.err()).contains("warning: payload larger than the limit of 2000 bytes (--max-document-chars)");
    }

    @Test
    void theHttpHeadersCharsetDecodesThePageAndAnUnknownOneIsAWarning() throws IOException {
        byte[] latin = WarcFixture.page("café").getBytes(StandardCharsets.ISO_8859_1);
        Path warc = write("charset.warc", new WarcFixture(false)
                .response("http://example.org/a", WarcFixture.http("200 OK", "Content-Type: text/html; charset=iso-8859-1\r\n", latin))
                .response("http://example.org/b", WarcFixture.http("200 OK", "Content-Type: text/html; charset=klingon-8\r\n",
                        WarcFixture.page("harbour").getBytes(StandardCharsets.UTF_8))).bytes());
        CliRun run = CliRun.run("clean", "--format", "jsonl", warc);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(docs(run).get(0).get("text").asText()).contains("new café plan");
        assertThat(run.err()).contains("record 2").contains("names a charset Java does not know (klingon-8)");
    }

    @Test
    void recordsComeOutInOrderWithAnyNumberOfThreads() throws IOException {
        WarcFixture w = new WarcFixture(true);
        for (int i = 0; i < 40; i++) {
            w.response("http://example.org/" + i, WarcFixture.html(WarcFixture.page("topic" + i)));
        }
        Path warc = write("many.warc.gz", w.bytes());
        String one = CliRun.run("clean", "--format", "jsonl", "--threads", "1", warc).out();
        String four = CliRun.run("clean", "--format", "jsonl", "--threads", "4", warc).out();
        assertThat(four).isEqualTo(one);
        assertThat(one.lines().count()).isEqualTo(40);
    }

    @Test
    void withOutputDirectoryACrawlFileWritesAllItsDocumentsToOneFile() throws IOException {
        Path warc = write("crawl.warc.gz", mixed(true).bytes());
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("clean", "--format", "jsonl", "-o", out, warc);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("crawl.warc.jsonl").getParent().resolve("crawl.jsonl"))).hasSize(2);
    }

    @Test
    void charsetAutoReadsADumpThatIsNotUtf8AndSaysWhichCharset() throws IOException {
        Path latin = write("latin.txt", ("Le conseil municipal a voté mardi pour garder le vieux pont ouvert une année de plus,"
                + " pendant que les ingénieurs terminent une étude de ses fondations.\nDéjà vu à la fenêtre.\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun strict = CliRun.run("clean", latin);
        assertThat(strict.exit()).isEqualTo(ExitCode.FAILURES.code());
        CliRun auto = CliRun.run("clean", "--charset", "auto", latin);
        assertThat(auto.exit()).as(auto.err()).isZero();
        assertThat(auto.out()).contains("Le conseil municipal a voté mardi");
        assertThat(auto.err()).contains("warning: not UTF-8: read as iso-8859-1 (detected, --charset auto)");
        assertThat(CliRun.run("clean", "--charset", "windows-1252", latin).out()).contains("ingénieurs");
        assertThat(CliRun.run("clean", "--charset", "klingon", latin).err()).contains("--charset: unknown charset 'klingon'");
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }
}
