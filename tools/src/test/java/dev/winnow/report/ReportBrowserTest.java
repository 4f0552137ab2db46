package dev.winnow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a real browser renders it: headless Chromium (Debian's {@code chromium}; {@code .ci/run}
 * installs it) opens each generated page, and the test reads the DOM it rendered: every line present
 * with its label, the legend's counts right, nothing from a hostile input executed, no console message
 * (a script blocked by the page's policy would log one). Screenshots go to {@code target/}. Without a
 * browser the test fails and says how to get one; {@code WINNOW_SKIP_BROWSER=1} skips it.
 */
class ReportBrowserTest {
    static final String HOSTILE = """
            <script>document.body.setAttribute('data-pwned','script')</script>
            "><img src=x onerror="document.body.setAttribute('data-pwned','img')">
            </textarea><svg onload="document.body.setAttribute('data-pwned','svg')">
            </span></li></ol><script>document.body.setAttribute('data-pwned','closed')</script>
            <style>body{display:none}</style><a href="javascript:alert(1)">link</a>
            &lt;entity&gt; &amp;amp; \u202Eright-to-left\u202C
            """;

    @TempDir
    static Path tmp;
    static Path browser;
    static Path site;
    /** The documents' lines as the library labels them, by the source the report names them by. */
    static final Map<String, List<Line>> EXPECTED = new TreeMap<>();

    @BeforeAll
    static void buildTheSite() throws IOException {
        Assumptions.assumeFalse("1".equals(System.getenv("WINNOW_SKIP_BROWSER")), "WINNOW_SKIP_BROWSER=1");
        browser = Stream.of(System.getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                        "/usr/bin/google-chrome").filter(p -> p != null && Files.isExecutable(Path.of(p)))
                .map(Path::of).findFirst().orElse(null);
        if (browser == null) {
            fail("no Chromium: install it (Debian: apt-get install chromium), name it in CHROMIUM, or set WINNOW_SKIP_BROWSER=1");
        }
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path truth = Files.createDirectories(tmp.resolve("truth"));
        try (Stream<Path> cases = Files.list(Path.of("..", "golden", "cases"))) {
            for (Path c : cases.filter(p -> p.getFileName().toString().startsWith("seed-")).sorted().toList()) {
                String name = c.getFileName().toString();
                Files.copy(c.resolve("input.txt"), in.resolve(name + ".txt"));
                Files.copy(c.resolve("truth.labels.tsv"), truth.resolve(name + ".labels.tsv"));
            }
        }
        Files.writeString(in.resolve("hostile.txt"), HOSTILE);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append(i % 7 == 3 ? "" : i % 5 == 0 ? "Related: more stories " + i
                    : "Line " + i + " of a long document holds enough words to be read as a sentence of prose.").append('\n');
        }
        Files.writeString(in.resolve("long.txt"), big);
        Cleaner cleaner = new Cleaner(Config.defaults());
        try (Stream<Path> files = Files.list(in)) {
            for (Path f : files.sorted().toList()) {
                EXPECTED.put(f.toString(), cleaner.clean(Files.readString(f)).lines());
            }
        }
        site = tmp.resolve("site");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err))
                .execute("report", "-o", site.toString(), "--truth", truth.toString(), in.toString());
        assertThat(exit).as(err.toString()).isZero();
    }

    /** The DOM Chromium rendered for a file, and what it logged; a screenshot when {@code png} is not null. */
    static Document render(Path page, Path png) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + tmp.resolve("profile"), "--enable-logging=stderr", "--v=0", "--window-size=1400,1000"));
        command.add(png == null ? "--dump-dom" : "--screenshot=" + png.toAbsolutePath());
        command.add(page.toUri().toString());
        Path dom = tmp.resolve("dom.html");
        Path log = tmp.resolve("chromium.log");
        Process p = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish in 120 s on " + page);
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        List<String> console = Files.readAllLines(log).stream().filter(l -> l.contains(":CONSOLE")).toList();
        assertThat(console).as("console messages of " + page).isEmpty();
        return png == null ? Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8)) : null;
    }

    @Test
    void everyPageShowsEveryLineWithItsLabelAndTheLegendCountsThem() throws Exception {
        Document index = render(site.resolve("index.html"), null);
        List<Element> rows = index.select("#documents tbody tr");
        assertThat(rows).hasSize(EXPECTED.size());
        int checked = 0;
        for (Element row : rows) {
            String source = row.select("td").get(1).text();
            List<Line> expected = EXPECTED.get(source);
            assertThat(expected).as(source).isNotNull();
            Document page = render(site.resolve(row.selectFirst("a").attr("href")), null);
            assertThat(page.body().hasAttr("data-pwned")).as(source).isFalse();
            assertThat(page.select("script, img, svg, style:not(head style), a[href^=javascript]")).as(source).isEmpty();
            int n = 0;
            for (Element li : page.select("ol.lines > li")) {
                int first = Integer.parseInt(li.attr("data-n"));
                assertThat(first).isEqualTo(n + 1);
                int run = li.hasAttr("data-run") ? Integer.parseInt(li.attr("data-run")) : 1;
                for (int k = 0; k < run; k++) {
                    Line line = expected.get(n + k);
                    assertThat(li.attr("data-label")).as(source + " line " + line.number()).isEqualTo(line.label().id());
                }
                if (run == 1 && !li.hasAttr("data-run")) {
                    assertThat(li.selectFirst(".t").wholeText()).isEqualTo(expected.get(n).text());
                }
                n += run;
            }
            assertThat(n).as(source).isEqualTo(expected.size());
            for (Label label : Label.values()) {
                long count = expected.stream().filter(l -> l.label() == label).count();
                assertThat(page.selectFirst(".legend li[data-label=" + label.id() + "] b").text())
                        .as(source + " " + label).isEqualTo(String.valueOf(count));
            }
            if (source.endsWith("hostile.txt")) {
                assertThat(page.select("ol.lines .t").eachText()).contains(HOSTILE.lines().findFirst().orElseThrow());
            }
            checked++;
        }
        assertThat(checked).isEqualTo(7);
        assertThat(index.select("table.scores")).hasSize(1);
    }

    @Test
    void theIndexSortsByAColumnWhenItsButtonIsPressed() throws Exception {
        // a copy of the index with one more script that presses "article chars" twice (ascending, then
        // descending), its hash added to the page's policy as the index's own script's is
        String index = Files.readString(site.resolve("index.html"));
        String press = "var b=document.querySelector('th button[data-col=\"3\"]');b.click();b.click();";
        String copy = index.replace("script-src '", "script-src '" + Html.hash(press) + "' '")
                .replace("</body>", "<script>" + press + "</script>\n</body>");
        Path pressed = site.resolve("index-pressed.html");
        Files.writeString(pressed, copy);
        Document dom = render(pressed, null);
        List<Integer> chars = dom.select("#documents tbody tr").stream()
                .map(tr -> Integer.parseInt(tr.select("td").get(3).attr("data-v"))).toList();
        assertThat(chars).hasSize(EXPECTED.size()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dom.select("th[aria-sort=descending] button").attr("data-col")).isEqualTo("3");
    }

    @Test
    void screenshotsOfAPageAndTheIndex() throws Exception {
        Path target = Files.createDirectories(Path.of("target"));
        render(site.resolve("index.html"), target.resolve("report-index.png"));
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        String seed = index.select("#documents tbody a").stream().filter(a -> a.text().contains("seed-003"))
                .findFirst().orElseThrow().attr("href");
        render(site.resolve(seed), target.resolve("report-page.png"));
        assertThat(Files.size(target.resolve("report-page.png"))).isGreaterThan(10_000);
        assertThat(Files.size(target.resolve("report-index.png"))).isGreaterThan(10_000);
    }
}
