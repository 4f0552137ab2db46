package dev.winnow.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.winnow.Cleaner;
import dev.winnow.Config;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The HTML path over the pages of {@link HtmlCorpus}, one operation being one pass over every page,
 * each from its markup as a {@code String} with its URL as base URI:
 *
 * <ul>
 *   <li>{@link #jsoupParse}: jsoup's {@code Jsoup.parse(html, baseUri)} alone, the floor of winnow's
 *       HTML path (winnow parses with it);</li>
 *   <li>{@link #winnow}: winnow end to end, {@code Cleaner.clean(html, baseUri)}: parse, segmentation
 *       into lines with their structure, metadata, both passes, assembly;</li>
 *   <li>{@link #boilerpipe}: boilerpipe 1.1.0's {@code ArticleExtractor.INSTANCE.getText(html)}, the
 *       baseline (NekoHTML parse and its extraction);</li>
 *   <li>{@link #readability}: Readability4J 1.0.8's {@code new Readability4J(url, html).parse()}, a JVM port
 *       of Firefox's reader view (its own jsoup parse, scoring and clean-up), the article's text taken.</li>
 * </ul>
 *
 * Every result goes to a {@link Blackhole}. Secondary results: {@code pages} (pages/s) and
 * {@code bytes} (bytes of HTML/s). One operation takes 0.1 to 0.4 s and winnow's path is much code
 * for the JIT compiler: hence 10 warm-up iterations of 2 s (after 5 its score was still rising) and
 * measurement iterations of 3 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class HtmlBenchmark {
    private String[] pages;
    private String[] urls;
    private long bytes;
    private Cleaner cleaner;

    /** Pages and bytes of HTML got through, as JMH secondary results ({@code pages/s}, {@code bytes/s}). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Pages {
        /** Pages processed in this iteration. */
        public long pages;
        /** Bytes of HTML (decompressed, UTF-8) processed in this iteration. */
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            pages = 0;
            bytes = 0;
        }
    }

    /** Loads the corpus and checks once that every engine reads every page. */
    @Setup
    public void setUp() throws BoilerpipeProcessingException {
        HtmlCorpus corpus = HtmlCorpus.get();
        pages = corpus.pages();
        urls = corpus.urls();
        bytes = corpus.bytes();
        cleaner = new Cleaner(Config.defaults());
        for (int i = 0; i < pages.length; i++) {
            if (cleaner.clean(pages[i], urls[i]).lines() == null || ArticleExtractor.INSTANCE.getText(pages[i]) == null
                    || readability(pages[i], urls[i]) == null) {
                throw new IllegalStateException("no result for " + corpus.names().get(i));
            }
        }
    }

    @Benchmark
    public void jsoupParse(Pages processed, Blackhole bh) {
        String[] p = pages;
        for (int i = 0; i < p.length; i++) {
            bh.consume(Jsoup.parse(p[i], urls[i]));
        }
        processed.pages += p.length;
        processed.bytes += bytes;
    }

    @Benchmark
    public void winnow(Pages processed, Blackhole bh) {
        Cleaner c = cleaner;
        String[] p = pages;
        for (int i = 0; i < p.length; i++) {
            bh.consume(c.clean(p[i], urls[i]));
        }
        processed.pages += p.length;
        processed.bytes += bytes;
    }

    @Benchmark
    public void boilerpipe(Pages processed, Blackhole bh) throws BoilerpipeProcessingException {
        String[] p = pages;
        for (int i = 0; i < p.length; i++) {
            bh.consume(ArticleExtractor.INSTANCE.getText(p[i]));
        }
        processed.pages += p.length;
        processed.bytes += bytes;
    }

    @Benchmark
    public void readability(Pages processed, Blackhole bh) {
        String[] p = pages;
        for (int i = 0; i < p.length; i++) {
            bh.consume(readability(p[i], urls[i]));
        }
        processed.pages += p.length;
        processed.bytes += bytes;
    }

    /** Readability4J's article text of a page (empty when it finds no article). */
    static String readability(String html, String url) {
        String text = new Readability4J(url, html).parse().getTextContent();
        return text == null ? "" : text;
    }
}
