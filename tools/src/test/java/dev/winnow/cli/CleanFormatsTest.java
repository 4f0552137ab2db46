package dev.winnow.cli;

import static dev.winnow.cli.Documents.article;
import static dev.winnow.cli.Documents.read;
import static dev.winnow.cli.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.input.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow clean} on HTML, gzipped HTML, PDF, DOCX, ODT, EPUB and what it cannot read. */
class CleanFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** One document of every format the default glob reads, and files it leaves alone. */
    private Path corpus() {
        Path dir = tmp.resolve("docs");
        byte[] html = Fixtures.html().getBytes(StandardCharsets.UTF_8);
        write(dir.resolve("a.pdf"), Fixtures.pdf());
        write(dir.resolve("b.docx"), Fixtures.docx());
        write(dir.resolve("c.html"), html);
        write(dir.resolve("sub/d.html.gz"), Fixtures.gzip(html));
        write(dir.resolve("e.txt"), article("airport"));
        write(dir.resolve("f.odt"), Fixtures.odt());
        write(dir.resolve("g.epub"), Fixtures.epub());
        write(dir.resolve("h.htm"), html);
        write(dir.resolve("photo.jpg"), Fixtures.jpeg());
        write(dir.resolve("notes.md"), "not a document of the default glob\n");
        write(dir.resolve("data.json"), "{}\n");
        return dir;
    }

    private static List<String> headers(String out) {
        return out.lines().filter(l -> l.startsWith("==> ")).toList();
    }

    @Test
    void theDefaultGlobReadsEveryFormatAndEachIsCleaned() {
        Path dir = corpus();
        CliRun run = CliRun.run("clean", dir);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(headers(run.out())).containsExactly(Stream.of("a.pdf", "b.docx", "c.html", "e.txt", "f.odt",
                "g.epub", "h.htm", "sub/d.html.gz").map(f -> "==> " + dir.resolve(f) + " <==").toArray(String[]::new));
        for (String file : List.of("a.pdf", "b.docx", "c.html", "f.odt", "g.epub", "sub/d.html.gz")) {
            CliRun one = CliRun.run("clean", dir.resolve(file));
            assertThat(one.exit()).as(file + one.err()).isZero();
            assertThat(one.out()).as(file).contains(Fixtures.PARAGRAPHS.toArray(String[]::new))
                    .doesNotContain("Home", "All rights reserved");
        }
        assertThat(CliRun.run("clean", dir.resolve("sub/d.html.gz")).out())
                .isEqualTo(CliRun.run("clean", dir.resolve("c.html")).out());
    }

    @Test
    void documentsThatCannotBeReadAreReportedAndTheOthersGoOn() {
        Path dir = corpus();
        byte[] gz = Fixtures.gzip(Fixtures.html().getBytes(StandardCharsets.UTF_8));
        Path truncated = write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length - 20));
        Path zip = write(dir.resolve("photos.zip"), Fixtures.zipBytes(Map.of("a.jpg", Fixtures.jpeg())));
        Path photo = dir.resolve("photo.jpg");
        Path good = dir.resolve("b.docx");
        CliRun run = CliRun.run("clean", photo, truncated, good, zip);
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(run.errLines()).containsExactly(
                "winnow: " + photo + ": not a document winnow can read (image/jpeg); it reads text, HTML and what"
                        + " Apache Tika parses: PDF, DOCX, ODT, EPUB, RTF, ...",
                "winnow: " + truncated + ": truncated gzip data: the compressed stream ends too early",
                "winnow: " + zip + ": not a document winnow can read (application/zip); it reads text, HTML and"
                        + " what Apache Tika parses: PDF, DOCX, ODT, EPUB, RTF, ...");
        assertThat(headers(run.out())).containsExactly("==> " + good + " <==");
    }

    @Test
    void standardInputIsSniffedLikeAFile() {
        Path dir = corpus();
        for (String file : List.of("a.pdf", "b.docx", "c.html", "sub/d.html.gz", "e.txt", "g.epub")) {
            byte[] bytes = bytes(dir.resolve(file));
            CliRun fromFile = CliRun.run("clean", "--format", "labels", dir.resolve(file));
            assertThat(CliRun.withStdin(bytes, "clean", "--format", "labels")).as(file).isEqualTo(fromFile);
        }
        CliRun photo = CliRun.withStdin(Fixtures.jpeg(), "clean");
        assertThat(photo.exit()).isEqualTo(1);
        assertThat(photo.err()).startsWith("winnow: -: not a document winnow can read (image/jpeg)");
    }

    @Test
    void inputFormatOverridesTheName() {
        Path dir = corpus();
        Path html = dir.resolve("c.html");
        CliRun asText = CliRun.run("clean", "--input-format", "text", "--format", "labels", html);
        assertThat(asText.exit()).isZero();
        assertThat(asText.out().lines().map(row -> row.substring(row.indexOf('\t') + 1)))
                .containsExactly(Fixtures.html());
        Path bin = write(dir.resolve("page.bin"), Fixtures.html().getBytes(StandardCharsets.UTF_8));
        assertThat(CliRun.run("clean", "-i", "html", bin).out()).isEqualTo(CliRun.run("clean", html).out());
        assertThat(CliRun.run("clean", "--input-format", "tika", html).out())
                .contains(Fixtures.PARAGRAPHS.toArray(String[]::new));
        CliRun pdfAsHtml = CliRun.run("clean", "--input-format", "HTML", dir.resolve("a.pdf"));
        assertThat(pdfAsHtml.exit()).isZero();
    }

    @Test
    void jsonlCarriesTheMetadataOnlyWhenItHasSome() throws IOException {
        Path dir = corpus();
        JsonNode page = JSON.readTree(CliRun.run("clean", "--format", "jsonl", dir.resolve("c.html")).out());
        assertThat(fieldNames(page)).containsExactly("source", "title", "text", "lines", "metadata");
        JsonNode metadata = page.get("metadata");
        assertThat(metadata.get("author").asText()).isEqualTo("Jane Doe");
        assertThat(metadata.get("siteName").asText()).isEqualTo("The Daily Example");
        assertThat(metadata.has("published")).isFalse();
        assertThat(page.get("lines").get(0).has("confidence")).isTrue();
        for (String file : List.of("e.txt", "a.pdf")) {
            // a dump's metadata is what its lines say: at least its headline when it has a title line
            JsonNode doc = JSON.readTree(CliRun.run("clean", "--format", "jsonl", dir.resolve(file)).out());
            if (doc.get("title").isNull()) {
                assertThat(fieldNames(doc)).as(file).containsExactly("source", "title", "text", "lines");
            } else {
                assertThat(fieldNames(doc)).as(file).containsExactly("source", "title", "text", "lines", "metadata");
                assertThat(doc.get("metadata").get("headline").asText()).isEqualTo(doc.get("title").asText());
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void outputNamesDropGzAndTheLastExtension() throws IOException {
        Path dir = corpus();
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("clean", "-o", out, dir.resolve("sub"), dir.resolve("a.pdf"), dir.resolve("g.epub"));
        assertThat(run.exit()).as(run.err()).isZero();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).sorted())
                    .containsExactly("a.txt", "d.txt", "g.txt");
        }
        assertThat(read(out.resolve("d.txt"))).isEqualTo(CliRun.run("clean", dir.resolve("c.html")).out());

        CliRun collide = CliRun.run("clean", "-o", out, dir.resolve("c.html"), dir.resolve("sub/d.html.gz"),
                write(dir.resolve("c.pdf"), Fixtures.pdf()));
        assertThat(collide.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(collide.err()).contains(dir.resolve("c.html") + " and " + dir.resolve("c.pdf")
                + " would both be written to " + out.resolve("c.txt"));
    }

    @Test
    void helpExplainsTheInputFormatsAndTheDefaultGlob() {
        CliRun help = CliRun.run("clean", "--help");
        assertThat(help.out()).contains("--input-format", "(default: auto)", "auto:", "text:", "html:", "tika:", "warc:", "wet:", "jsonl:",
                "winnow clean page.html page.html.gz");
        String flat = help.out().replaceAll("\\s+", " ");
        assertThat(flat).contains("a/b.html.gz and a/b.pdf both become a/b.txt");
        assertThat(help.out().replaceAll("\\s+", "")).contains("Default:" + CleanCommand.DEFAULT_GLOB);
        CliRun bad = CliRun.run("clean", "--input-format", "xml", tmp);
        assertThat(bad.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(bad.err()).contains("unknown input format 'xml' (expected auto, text, html, tika, warc, wet or jsonl)");
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
