package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --dataset} on the public benchmarks as published: the WCXB repository ({@code dev/} and
 * {@code test/}) and the ScrapingHub article-extraction-benchmark, written here from the same pages as
 * this workplace's layout, score the same as that layout.
 */
class PublishedLayoutsTest {
    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String gunzip(Path file) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The table without its first line (which names the corpus and its folder). */
    private static List<String> table(CliRun run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out().lines().skip(1).toList();
    }

    /** The published WCXB from the workplace's layout: the first two pages in dev, the third in test. */
    private Path publishedWcxb(Path workplace) throws IOException {
        Path root = tmp.resolve("wcxb-repo");
        ObjectNode devMeta = JSON.createObjectNode();
        String[] ids = {"0001", "0002", "0003"};
        for (int i = 0; i < ids.length; i++) {
            String id = ids[i];
            Path split = root.resolve(i < 2 ? "dev" : "test");
            Files.createDirectories(split.resolve("html"));
            Files.createDirectories(split.resolve("ground-truth"));
            Path html = workplace.resolve("wcxb/html/" + id + ".html.gz");
            if (i == 1) {
                Files.writeString(split.resolve("html/" + id + ".html"), gunzip(html)); // not gzipped
            } else {
                Files.copy(html, split.resolve("html/" + id + ".html.gz"));
            }
            Files.copy(workplace.resolve("wcxb/ground-truth/" + id + ".json"), split.resolve("ground-truth/" + id + ".json"));
            if (i == 0) {
                // the second page's type and URL come from its ground-truth file
                devMeta.putObject(id).put("page_type", "article").put("url", "https://example.com/bridge");
            }
        }
        Files.writeString(root.resolve("dev/metadata.json"), JSON.writeValueAsString(devMeta));
        return root;
    }

    @Test
    void thePublishedWcxbScoresAsTheWorkplacesLayout() throws IOException {
        Path workplace = EvalCommandTest.dataset(tmp);
        Path repo = publishedWcxb(workplace);
        CliRun ours = CliRun.run("eval", "--dataset", workplace, "--input", "html", "--type", "article",
                "--engine", "winnow,boilerpipe");
        CliRun published = CliRun.run("eval", "--dataset", repo, "--split", "dev", "--input", "html",
                "--engine", "winnow,boilerpipe");
        assertThat(table(published)).isEqualTo(table(ours));
        assertThat(published.out()).startsWith("corpus: WCXB dev, 2 pages, input: HTML (" + repo.resolve("dev/html") + ")");
        CliRun test = CliRun.run("eval", "--dataset", repo, "--split", "test", "--input", "html");
        assertThat(test.out()).startsWith("corpus: WCXB test, 1 pages");
        assertThat(table(test)).anyMatch(l -> l.matches("forum +winnow +1 +0 .*"));
        CliRun defaultSplit = CliRun.run("eval", "--dataset", repo, "--input", "html", "--engine", "winnow,boilerpipe");
        assertThat(table(defaultSplit)).isEqualTo(table(published));
    }

    @Test
    void theScrapinghubBenchmarkScoresAsTheSamePagesInTheWorkplacesLayout() throws IOException {
        Path workplace = EvalCommandTest.dataset(tmp);
        Path bench = Files.createDirectories(tmp.resolve("article-extraction-benchmark/html"));
        ObjectNode truth = JSON.createObjectNode();
        for (String id : List.of("0001", "0002", "0003")) {
            Files.copy(workplace.resolve("wcxb/html/" + id + ".html.gz"), bench.resolve(id + ".html.gz"));
            String reference = JSON.readTree(workplace.resolve("wcxb/ground-truth/" + id + ".json").toFile())
                    .path("ground_truth").path("main_content").asText();
            truth.putObject(id).put("articleBody", reference).put("url", "https://example.com/" + id);
        }
        Files.writeString(bench.getParent().resolve("ground-truth.json"), JSON.writeValueAsString(truth));
        CliRun run = CliRun.run("eval", "--dataset", bench.getParent(), "--input", "html");
        assertThat(run.out()).startsWith("corpus: ScrapingHub article-extraction-benchmark, 3 pages, input: HTML");
        // every page is an article there: its one row has the figures of all types here
        String article = table(run).stream().filter(l -> l.startsWith("article ")).findFirst().orElseThrow();
        assertThat(article).matches("article +winnow +3 +0 .*");
        String ours = table(CliRun.run("eval", "--dataset", workplace, "--input", "html")).stream()
                .filter(l -> l.startsWith("all ")).findFirst().orElseThrow();
        assertThat(article.substring("article".length()).strip()).isEqualTo(ours.substring("all".length()).strip());
    }

    @Test
    void whatALayoutCannotDoIsAUsageError() throws IOException {
        Path repo = publishedWcxb(EvalCommandTest.dataset(tmp));
        assertThat(CliRun.run("eval", "--dataset", repo).err()).contains("the WCXB dev has no text dumps: add --input html");
        assertThat(CliRun.run("eval", "--dataset", repo, "--split", "tune", "--input", "html").err())
                .contains("--split tune: with --dataset, expected dev or test");
        assertThat(CliRun.run("eval", "--dataset", EvalCommandTest.dataset(tmp), "--split", "test").err())
                .contains("this layout holds the dev pages only, not --split test");
        assertThat(CliRun.run("eval", "--dataset", tmp.resolve("nowhere")).err()).contains("is not a WCXB dataset directory");
    }
}
