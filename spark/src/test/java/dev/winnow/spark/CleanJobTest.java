package dev.winnow.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job against the command line: on WARC, WET and JSONL files of real pages (the labelled
 * pages in {@code golden/cases}), in local mode on two threads, it writes the objects {@code winnow clean
 * --format jsonl} writes, document for document, and a row per broken record without stopping.
 */
class CleanJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;
    private static List<byte[]> pages;
    private static List<String> dumps;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("winnow test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        pages = new ArrayList<>();
        dumps = new ArrayList<>();
        try (Stream<Path> cases = Files.list(Path.of("../golden/cases"))) {
            for (Path c : cases.sorted().toList()) {
                Path html = c.resolve("page.html.gz");
                Path dump = c.resolve("input.txt");
                if (Files.exists(html) && pages.size() < 8) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                        pages.add(in.readAllBytes());
                    }
                }
                if (Files.exists(dump) && dumps.size() < 6) {
                    dumps.add(Files.readString(dump));
                }
            }
        }
        assertThat(pages).hasSize(8);
        assertThat(dumps).hasSize(6);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Page i's address: pages alternate between two hosts, so that each host has several. */
    private static String url(int i) {
        return "https://" + (i % 2 == 0 ? "news.example.org" : "www.example.com") + "/story/" + i;
    }

    private Path warc() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < pages.size(); i++) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, pages.get(i)).build();
                w.write(new WarcResponse.Builder(URI.create(url(i))).date(Instant.parse("2026-01-02T03:04:05Z"))
                        .body(http).build());
            }
            HttpResponse image = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2}).build();
            w.write(new WarcResponse.Builder(URI.create("https://news.example.org/logo.png")).body(image).build());
        }
        return file;
    }

    private Path wet() throws IOException {
        Path file = dir.resolve("crawl.warc.wet.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < dumps.size(); i++) {
                w.write(new WarcConversion.Builder().addHeader("WARC-Target-URI", url(i))
                        .body(MediaType.PLAIN_TEXT, dumps.get(i).getBytes(StandardCharsets.UTF_8)).build());
            }
        }
        return file;
    }

    private Path jsonl() throws IOException {
        Path file = dir.resolve("shard.jsonl");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < dumps.size(); i++) {
            out.append(JSON.writeValueAsString(Map.of("id", "doc-" + i, "url", url(i), "text", dumps.get(i)))).append('\n');
            if (i == 2) {
                out.append("{\"id\": \"broken\", \"text\": \n"); // a record that is not JSON
            }
        }
        Files.writeString(file, out);
        return file;
    }

    /** {@code winnow clean --format jsonl ARGS}: its JSON objects by source and record, and its exit code. */
    private static Map<String, JsonNode> cli(List<String> args) throws IOException {
        StringWriter out = new StringWriter();
        List<String> all = new ArrayList<>(List.of("clean", "--format", "jsonl"));
        all.addAll(args);
        Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()))
                .execute(all.toArray(String[]::new));
        return byRecord(out.toString().lines().toList());
    }

    private Map<String, JsonNode> job(String... args) throws IOException {
        Path output = dir.resolve("out-" + System.nanoTime());
        List<String> all = new ArrayList<>(List.of("--format", "jsonl", "--output", output.toString()));
        all.addAll(List.of(args));
        CleanJob.run(spark, CleanJob.Args.parse(all.toArray(String[]::new)));
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return byRecord(lines);
    }

    /** Objects keyed by their record: WARC record id, JSONL id, or source and where for an error. */
    private static Map<String, JsonNode> byRecord(List<String> lines) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            String key = node.has("warcRecordId") ? node.get("warcRecordId").asText()
                    : node.has("id") ? node.get("id").asText() : node.path("source").asText() + " " + node.path("where").asText();
            assertThat(out.put(key, node)).as("one object for %s", key).isNull();
        }
        return out;
    }

    @Test
    void warcWetAndJsonlMatchTheCommandLineDocumentForDocument() throws IOException {
        Path warc = warc();
        Path wet = wet();
        Path jsonl = jsonl();
        Map<String, JsonNode> job = job(warc.toString(), wet.toString(), jsonl.toString());
        Map<String, JsonNode> cli = new HashMap<>(cli(List.of(warc.toString(), wet.toString(), jsonl.toString())));
        // 8 pages (the image is skipped, as the command line skips it), 6 dumps, 6 shard documents
        assertThat(job.values().stream().filter(n -> n.has("text"))).hasSize(20);
        assertThat(documents(job)).isEqualTo(documents(cli));
        for (Map.Entry<String, JsonNode> e : job.entrySet()) {
            if (e.getValue().has("text")) {
                assertThat(e.getValue()).as(e.getKey()).isEqualTo(cli.get(e.getKey()));
            }
        }
        JsonNode broken = job.values().stream().filter(n -> n.has("error")).findFirst().orElseThrow();
        assertThat(broken.get("source").asText()).isEqualTo(jsonl.toString());
        assertThat(broken.get("where").asText()).contains("line 4");
    }

    /** The keys of the cleaned documents (not the errors, which the command line writes to stderr). */
    private static java.util.Set<String> documents(Map<String, JsonNode> objects) {
        return objects.entrySet().stream().filter(e -> e.getValue().has("text")).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void siteMemoryGroupsByHostAndMatchesTheCommandLine() throws IOException {
        Path warc = warc();
        Map<String, JsonNode> job = job("--site-memory", warc.toString());
        Map<String, JsonNode> cli = cli(List.of("--site-memory", warc.toString()));
        assertThat(job).hasSize(8).isEqualTo(cli);
    }

    @Test
    void spreadsFewFilesOverPartitionsWithTheSameOutput() throws IOException {
        Path warc = warc();
        assertThat(job("--partitions", "3", warc.toString())).isEqualTo(job(warc.toString()));
    }

    @Test
    void aFileThatIsNotACrawlFileIsOneErrorRowAndTheJobGoesOn() throws IOException {
        Path junk = Files.writeString(dir.resolve("notes.bin"), "these are not WARC records\n");
        Path warc = warc();
        Map<String, JsonNode> job = job("--input-format", "auto", junk.toString(), warc.toString());
        assertThat(job).hasSize(9);
        JsonNode error = job.get(junk + " cannot open");
        assertThat(error.get("error").asText()).contains("not a WARC, WET or JSONL file");
    }

    @Test
    void writesParquetRowsWithLabelledLines() throws IOException {
        Path warc = warc();
        Path output = dir.resolve("parquet");
        long written = CleanJob.run(spark, CleanJob.Args.parse(new String[] {"--output", output.toString(), warc.toString()}));
        assertThat(written).isEqualTo(8);
        Dataset<Row> rows = spark.read().parquet(output.toString());
        assertThat(rows.count()).isEqualTo(8);
        Map<String, JsonNode> cli = cli(List.of(warc.toString()));
        for (Row row : rows.collectAsList()) {
            JsonNode expected = cli.get(row.<String>getAs("warcRecordId"));
            assertThat(row.<String>getAs("url")).isEqualTo(expected.get("url").asText());
            assertThat(row.<String>getAs("text")).isEqualTo(expected.get("text").asText());
            List<Row> lines = row.getList(row.fieldIndex("lines"));
            assertThat(lines).hasSize(expected.get("lines").size());
            assertThat(lines.get(0).<String>getAs("label")).isEqualTo(expected.get("lines").get(0).get("label").asText());
            assertThat(row.<String>getAs("error")).isNull();
        }
    }

    @Test
    void badArgumentsAreClearErrors() {
        assertThatThrownBy(() -> CleanJob.Args.parse(new String[] {"--format", "csv", "--output", "x", "in.warc"}))
                .hasMessageContaining("--format must be parquet or jsonl");
        assertThatThrownBy(() -> CleanJob.Args.parse(new String[] {"--output", dir.toString(), "in.warc"}))
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> CleanJob.Args.parse(new String[] {"--partitions", "two", "--output", "x", "in.warc"}))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> CleanJob.Args.parse(new String[] {"in.warc"})).hasMessageContaining("usage");
    }

    @Test
    void readsFilesByHadoopUriAndFoldersBelowThem() throws IOException {
        Path crawl = Files.createDirectories(dir.resolve("crawl/day1"));
        Path warc = Files.move(warc(), crawl.resolve("a.warc.gz"));
        Files.writeString(crawl.resolve("README.txt"), "not a crawl file");
        Map<String, JsonNode> byFolder = job(dir.resolve("crawl").toString());
        String uri = warc.toUri().toString(); // file:///..., read through Hadoop's file system
        Map<String, JsonNode> byUri = job(uri);
        assertThat(byFolder).hasSize(8);
        assertThat(byUri.keySet()).isEqualTo(byFolder.keySet());
        byFolder.forEach((id, doc) -> assertThat(byUri.get(id).get("text")).isEqualTo(doc.get("text")));
        Map<String, JsonNode> missing = job(uri + ".missing");
        assertThat(missing).hasSize(1);
        assertThat(missing.values().iterator().next().get("error").asText()).isNotEmpty();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> job(empty.toString())).hasMessageContaining("no WARC, WET or JSONL files");
    }

    @Test
    void aCorruptWarcRecordIsAnErrorRowAndTheNextRecordIsRead() throws IOException {
        Path warc = warc();
        byte[] http = "NOT HTTP AT ALL\r\n\r\n<html><p>a page</p></html>".getBytes(StandardCharsets.ISO_8859_1);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000099>\r\n"
                + "WARC-Date: 2026-01-02T03:04:05Z\r\nWARC-Target-URI: https://news.example.org/bad\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        java.io.ByteArrayOutputStream member = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(member)) {
            z.write(header.getBytes(StandardCharsets.ISO_8859_1));
            z.write(http);
            z.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        java.io.ByteArrayOutputStream after = new java.io.ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(after), WarcCompression.GZIP)) {
            HttpResponse ok = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, pages.get(0)).build();
            w.write(new WarcResponse.Builder(URI.create("https://news.example.org/after")).body(ok).build());
        }
        Path mixed = dir.resolve("mixed.warc.gz");
        // a record whose payload is not an HTTP response, between good records
        Files.write(mixed, concat(Files.readAllBytes(warc), member.toByteArray(), after.toByteArray()));
        Map<String, JsonNode> job = job(mixed.toString());
        List<JsonNode> errors = job.values().stream().filter(n -> n.has("error")).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("where").asText()).contains("urn:uuid:00000000-0000-0000-0000-000000000099");
        assertThat(errors.get(0).get("source").asText()).isEqualTo(mixed.toString());
        assertThat(job.values().stream().filter(n -> n.has("text")).map(n -> n.get("url").asText()))
                .hasSize(9).contains("https://news.example.org/after");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
