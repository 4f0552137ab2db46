package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow eval} over a small WCXB-shaped dataset written to a temporary directory. */
class EvalCommandTest {
    @TempDir
    Path tmp;

    private static final String[] TOPICS = {"bridge", "harbour", "library"};

    private Path dataset() {
        return dataset(tmp);
    }

    /** Three pages (two articles, one forum), each with its HTML, dump and reference, in this workplace's layout. */
    static Path dataset(Path tmp) {
        Path dir = tmp.resolve("dev");
        StringBuilder pages = new StringBuilder("{");
        for (int i = 0; i < TOPICS.length; i++) {
            String id = String.format("%04d", i + 1);
            String type = i < 2 ? "article" : "forum";
            String topic = TOPICS[i];
            pages.append(i == 0 ? "" : ",").append('"').append(id).append("\":{\"page_type\":\"").append(type)
                    .append("\",\"url\":\"https://example.com/").append(topic).append("\"}");
            String[] paragraphs = {
                "The city council voted on Tuesday to approve the new " + topic + " plan, which had been debated"
                        + " for more than a year by residents, business owners and the members of the council.",
                "Supporters said that the " + topic + " plan would make the city a better place to live and that it"
                        + " was the result of a long and open consultation with the people who live here.",
            };
            String html = "<html><head><title>" + topic + "</title></head><body>"
                    + "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>"
                    + "<article><h1>Council approves the " + topic + " plan</h1><p>" + paragraphs[0] + "</p><p>"
                    + paragraphs[1] + "</p></article><footer>© 2026 The Daily Example</footer></body></html>";
            Documents.write(dir.resolve("wcxb/html/" + id + ".html.gz"), gzip(html));
            Documents.write(dir.resolve("wcxb-dumps/" + id + ".txt"), "Home\nNews\n\nCouncil approves the " + topic
                    + " plan\n\n" + paragraphs[0] + "\n\n" + paragraphs[1] + "\n\n© 2026 The Daily Example\n");
            Documents.write(dir.resolve("wcxb/ground-truth/" + id + ".json"),
                    "{\"url\":\"https://example.com/" + topic + "\",\"_internal\":{\"page_type\":{\"primary\":\"" + type
                            + "\"}},\"ground_truth\":{\"main_content\":\"" + paragraphs[0] + "\\n" + paragraphs[1] + "\"}}");
        }
        Documents.write(dir.resolve("wcxb/pages.json"), pages.append('}').toString());
        return dir;
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> rows(String out, String type) {
        return out.lines().filter(l -> l.startsWith(type + " ")).toList();
    }

    @Test
    void enginesAreScoredOnTheSamePagesSideBySide() {
        Path dir = dataset();
        CliRun run = CliRun.run("eval", "--dataset", dir, "--input", "html", "--engine", "winnow,boilerpipe,readability",
                "--per-page", "1");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("corpus: WCXB dev, 3 pages, input: HTML");
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow())
                .matches("type +engine +pages +failed +word-P +word-R +word-F1 +shingle-P +shingle-R +shingle-F1");
        assertThat(rows(run.out(), "article")).hasSize(3)
                .satisfiesExactly(w -> assertThat(w).matches("article +winnow +2 +0 .*"),
                        b -> assertThat(b).matches("article +boilerpipe +2 +0 .*"),
                        r -> assertThat(r).matches("article +readability +2 +0 .*"));
        assertThat(rows(run.out(), "forum")).hasSize(3);
        assertThat(rows(run.out(), "all")).satisfiesExactly(w -> assertThat(w).matches("all +winnow +3 +0 .*"),
                b -> assertThat(b).matches("all +boilerpipe +3 +0 .*"), r -> assertThat(r).matches("all +readability +3 +0 .*"));
        assertThat(run.out()).contains("worst pages by word F1 (winnow):", "worst pages by word F1 (boilerpipe):",
                "worst pages by word F1 (readability):");
        // both engines keep the article paragraphs of these simple pages
        for (String row : rows(run.out(), "all")) {
            double wordRecall = Double.parseDouble(row.trim().split(" +")[5]);
            assertThat(wordRecall).as(row).isGreaterThan(0.9);
        }
    }

    @Test
    void theReportHoldsTheTableAndTheWorstPagesWithTheReferencesWordsMarked() throws IOException {
        Path dir = dataset();
        Path site = tmp.resolve("report");
        CliRun run = CliRun.run("eval", "--dataset", dir, "--input", "html", "--engine", "winnow,readability",
                "--per-page", "2", "--report", site);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("report: " + site.resolve("index.html") + System.lineSeparator());
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.selectFirst("pre.table").text()).contains("word-F1", "readability", "worst pages by word F1 (winnow):");
        assertThat(index.select("#documents tbody tr")).hasSize(2);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve("pages/00001.html").toFile(), "UTF-8");
        assertThat(page.select("ol.lines mark").eachText()).contains("council", "plan").doesNotContain("Home", "News");
        assertThat(page.select("aside pre.article")).hasSize(2);
    }

    @Test
    void theDefaultEngineIsWinnowAndRepeatingAnEngineScoresItOnce() {
        Path dir = dataset();
        CliRun plain = CliRun.run("eval", "--dataset", dir, "--type", "article");
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(rows(plain.out(), "article")).singleElement().asString().matches("article +winnow +2 +0 .*");
        CliRun twice = CliRun.run("eval", "--dataset", dir, "--type", "article", "--engine", "winnow",
                "--engine", "WINNOW");
        assertThat(twice).isEqualTo(plain);
    }

    @Test
    void otherEnginesNeedTheHtmlAndLabelNoLines() {
        Path dir = dataset();
        assertUsage(CliRun.run("eval", "--dataset", dir, "--engine", "boilerpipe"),
                "--engine boilerpipe reads the page's HTML, not its text dump: add --input html");
        assertUsage(CliRun.run("eval", "--dataset", dir, "--engine", "readability"),
                "--engine readability reads the page's HTML, not its text dump: add --input html");
        assertUsage(CliRun.run("eval", "--dataset", dir, "--input", "html", "--engine", "winnow,boilerpipe",
                "--show", "0001"), "--show prints winnow's labelled lines");
        assertUsage(CliRun.run("eval", "--labels", tmp, "--input", "html", "--engine", "boilerpipe"),
                "--labels scores winnow's line labels");
        assertUsage(CliRun.run("eval", "--dataset", dir, "--engine", "trafilatura"),
                "unknown engine 'trafilatura' (expected winnow, boilerpipe or readability)");
        assertUsage(CliRun.run("eval", "--dataset", dir, "--timeout", "0"), "--timeout must be at least 1");
        assertUsage(CliRun.run("eval", "--dataset", tmp.resolve("nowhere")), "is not a WCXB dataset directory");
    }

    private static void assertUsage(CliRun run, String message) {
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message);
    }

    @Test
    void helpNamesTheEnginesWithAnExample() {
        CliRun help = CliRun.run("eval", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--engine", "boilerpipe", "--input", "--timeout",
                "--input html --engine winnow,boilerpipe");
    }

    @Test
    void theDatasetIsUntouched() throws IOException {
        Path dir = dataset();
        long before;
        try (var files = Files.walk(dir)) {
            before = files.count();
        }
        CliRun.run("eval", "--dataset", dir, "--input", "html", "--engine", "boilerpipe");
        try (var files = Files.walk(dir)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }
}
