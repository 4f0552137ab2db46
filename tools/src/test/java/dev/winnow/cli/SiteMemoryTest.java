package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.crawl.WarcFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --site-memory} over a corpus made from one site template: the same chrome around distinct
 * articles, as WET records (text dumps). The chrome's short lines, on every page, are navigation by
 * their repeats; each article's lines stay body; the output is the same for any threads and order.
 */
class SiteMemoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOPICS = {"bridge", "harbour", "library", "museum", "stadium"};
    /** The template's chrome, above and below each article: short lines no rule knows. */
    private static final List<String> TOP = List.of("The Riverside Chronicle", "Local", "Schools", "Weather", "Obituaries");
    private static final List<String> BOTTOM = List.of("Tips for the newsroom", "Our delivery area", "Riverside Chronicle Co.");

    @TempDir
    Path tmp;

    private static String article(String topic) {
        return "Council approves the " + topic + " plan\n" + WarcFixture.prose(topic) + "\nSupporters said the " + topic
                + " plan would make the city a better place to live and that it came out of a long consultation with"
                + " the residents who live near it.\n";
    }

    private Path wet(String name, int[] order) throws IOException {
        WarcFixture w = new WarcFixture(true);
        for (int i : order) {
            w.conversion("https://www.riverside.example/news/" + TOPICS[i],
                    String.join("\n", TOP) + "\n" + article(TOPICS[i]) + String.join("\n", BOTTOM) + "\n");
        }
        return Files.write(tmp.resolve(name), w.bytes());
    }

    private static Map<String, JsonNode> byUrl(CliRun run) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (String line : run.out().split("\n")) {
            JsonNode doc = JSON.readTree(line);
            out.put(doc.get("url").asText(), doc.get("lines"));
        }
        return out;
    }

    @Test
    void theTemplatesLinesAreNavigationAndTheArticlesBody() throws IOException {
        Path crawl = wet("site.warc.wet.gz", new int[] {0, 1, 2, 3, 4});
        CliRun run = CliRun.run("clean", "--format", "jsonl", "--site-memory", crawl);
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, JsonNode> docs = byUrl(run);
        assertThat(docs).hasSize(5);
        for (String topic : TOPICS) {
            JsonNode lines = docs.get("https://www.riverside.example/news/" + topic);
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (JsonNode line : lines) {
                String text = line.get("text").asText();
                boolean chrome = TOP.contains(text) || BOTTOM.contains(text);
                expected.add((chrome ? "navigation" : "body") + "\t" + text);
                actual.add(line.get("label").asText() + "\t" + text);
                if (chrome) {
                    assertThat(line.get("reason").asText()).as(text).isIn("on 5 pages of riverside.example",
                            line.get("reason").asText().startsWith("on ") ? "" : line.get("reason").asText());
                }
            }
            assertThat(actual).as(topic).isEqualTo(expected);
        }
        assertThat(run.out()).contains("\"rule\":\"navigation.site\"", "on 5 pages of riverside.example");
    }

    @Test
    void theOutputIsTheSameForAnyThreadsAndAnyOrder() throws IOException {
        Path forward = wet("a.warc.wet.gz", new int[] {0, 1, 2, 3, 4});
        Path backward = wet("b.warc.wet.gz", new int[] {4, 3, 2, 1, 0});
        Map<String, JsonNode> one = byUrl(CliRun.run("clean", "--format", "jsonl", "--site-memory", "--threads", "1", forward));
        Map<String, JsonNode> three = byUrl(CliRun.run("clean", "--format", "jsonl", "--site-memory", "--threads", "3", backward));
        assertThat(three).isEqualTo(one);
    }

    @Test
    void withoutEnoughPagesNothingChanges() throws IOException {
        Path crawl = wet("two.warc.wet.gz", new int[] {0, 1});
        String plain = CliRun.run("clean", "--format", "jsonl", crawl).out();
        assertThat(CliRun.run("clean", "--format", "jsonl", "--site-memory", "--site-min-pages", "3", crawl).out()).isEqualTo(plain);
        assertThat(CliRun.run("clean", "--site-memory", "--site-min-pages", "1", crawl).err()).contains("--site-min-pages must be at least 2");
    }
}
