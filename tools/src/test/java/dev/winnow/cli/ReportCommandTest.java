package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow report}: the site's files, what they count, and its errors. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    static final String ARTICLE = """
            Home | News | Sport

            Council approves the new bridge after a long debate among residents and engineers of the city.

            The bridge will connect the two halves of the old town, which the river has divided for centuries.

            Photo: Jane Roe/Reuters
            Advertisement
            """;

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void writesAnIndexAndAPagePerDocumentWithEveryLine() throws IOException {
        write("a.txt", ARTICLE);
        write("b.txt", "<script>document.title='x'</script>\n\n\n\"><img src=x onerror=alert(1)>\n");
        Path out = tmp.resolve("site");
        CliRun run = CliRun.run("report", "-o", out, "--threads", "2", tmp.resolve("in"));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(out.resolve("index.html").toString());
        Document index = page(out.resolve("index.html"));
        assertThat(index.select("#documents tbody tr")).hasSize(2);
        assertThat(index.select("#documents tbody a").eachAttr("href")).containsExactly("pages/00001.html", "pages/00002.html");
        Document a = page(out.resolve("pages/00001.html"));
        int lines = ARTICLE.split("\n", -1).length - 1;
        assertThat(a.select("ol.lines > li").stream().mapToInt(li -> li.hasAttr("data-run")
                ? Integer.parseInt(li.attr("data-run")) : 1).sum()).isEqualTo(lines);
        assertThat(a.select(".legend b[data-count]").stream().mapToInt(b -> Integer.parseInt(b.text())).sum()).isEqualTo(lines);
        assertThat(a.select("ol.lines li[data-label=body] .t").eachText()).allMatch(t -> t.startsWith("Council") || t.startsWith("The bridge"));
        Document b = page(out.resolve("pages/00002.html"));
        assertThat(b.select("script, img")).isEmpty();
        assertThat(b.select("ol.lines .t").eachText()).contains("<script>document.title='x'</script>", "\"><img src=x onerror=alert(1)>");
        assertThat(b.select("li[data-run=2]")).hasSize(1);
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html", "pages");
    }

    @Test
    void handLabelsMarkEveryLineLabelledOtherwise() throws IOException {
        write("a.txt", ARTICLE);
        Path truth = Files.createDirectories(tmp.resolve("truth"));
        StringBuilder labels = new StringBuilder();
        ARTICLE.lines().forEach(line -> labels.append(line.isBlank() ? "blank" : "body").append('\t').append(line).append('\n'));
        Files.writeString(truth.resolve("a.labels.tsv"), labels);
        Path out = tmp.resolve("site");
        CliRun run = CliRun.run("report", "-o", out, "--truth", truth, tmp.resolve("in"));
        assertThat(run.exit()).as(run.err()).isZero();
        Document a = page(out.resolve("pages/00001.html"));
        assertThat(a.select("li.miss")).isNotEmpty().allSatisfy(li -> {
            assertThat(li.attr("data-truth")).isEqualTo("body");
            assertThat(li.attr("data-label")).isNotEqualTo("body");
            assertThat(li.select(".d").text()).isEqualTo("truth: body");
        });
        assertThat(a.select("table.scores tr[data-label=body]")).hasSize(1);
        assertThat(page(out.resolve("index.html")).select("table.scores")).hasSize(1);
    }

    @Test
    void aSecondReportInTheSameFolderLeavesNoPageOfTheFirst() throws IOException {
        write("a.txt", ARTICLE);
        Path b = write("b.txt", ARTICLE.replace("bridge", "tunnel"));
        Path out = tmp.resolve("site");
        Files.writeString(Files.createDirectories(out).resolve("notes.txt"), "mine");
        assertThat(CliRun.run("report", "-o", out, tmp.resolve("in")).exit()).isZero();
        assertThat(out.resolve("pages/00002.html")).exists();
        assertThat(CliRun.run("report", "-o", out, b).exit()).isZero();
        assertThat(Files.list(out.resolve("pages")).map(p -> p.getFileName().toString())).containsExactly("00001.html");
        assertThat(out.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void aTruthFileOfAnotherLengthIsReportedAndTheRestGoesOn() throws IOException {
        write("a.txt", ARTICLE);
        Path truth = Files.createDirectories(tmp.resolve("truth"));
        Files.writeString(truth.resolve("a.labels.tsv"), "body\tHome\n");
        CliRun run = CliRun.run("report", "-o", tmp.resolve("site"), "--truth", truth, tmp.resolve("in"));
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(run.err()).contains("hand labels not used: " + truth.resolve("a.labels.tsv") + " has 1 lines, the document");
        assertThat(tmp.resolve("site/pages/00001.html")).exists();
    }

    @Test
    void aDocumentThatFailsIsReportedAndTheOthersAreInTheSite() throws IOException {
        write("a.txt", ARTICLE);
        Files.write(tmp.resolve("in/bad.txt"), new byte[] {'x', (byte) 0xC3, 'y'});
        CliRun run = CliRun.run("report", "-o", tmp.resolve("site"), tmp.resolve("in"));
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(run.err()).contains("bad.txt: not valid UTF-8");
        assertThat(page(tmp.resolve("site/index.html")).select("#documents tbody tr")).hasSize(1);
    }

    @Test
    void standardInputAndUsageErrors() throws IOException {
        CliRun stdin = CliRun.withStdin(ARTICLE, "report", "-o", tmp.resolve("s"));
        assertThat(stdin.exit()).as(stdin.err()).isZero();
        assertThat(page(tmp.resolve("s/index.html")).select("#documents tbody tr")).hasSize(1);
        Path file = write("a.txt", ARTICLE);
        assertThat(CliRun.run("report", "-o", file, file).err()).contains("-o " + file + ": not a directory");
        assertThat(CliRun.run("report", "-o", tmp.resolve("t"), "--format", "text", file).err())
                .contains("--format cannot be given");
        assertThat(CliRun.run("report", "-o", tmp.resolve("t"), "--truth", file, file).exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(CliRun.run("report", file).err()).contains("Missing required option: '--output=DIR'");
        CliRun unknown = CliRun.run("report", "-o", tmp.resolve("t"), "--frobnicate", file);
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.err()).contains("--frobnicate");
        assertThat(CliRun.run("report", "--help").out()).contains("winnow clean --help", "--truth", "Examples:");
    }
}
