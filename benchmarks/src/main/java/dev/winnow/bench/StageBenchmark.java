package dev.winnow.bench;

import dev.winnow.Config;
import dev.winnow.internal.Stages;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Where the time of {@link CleanBenchmark} and {@link HtmlBenchmark} goes: each stage of the cleaner
 * alone ({@link Stages}), one operation being one pass of that stage over the whole corpus, in average
 * time per operation (milliseconds). The dump stages run over the corpus of {@link CorpusState}; their
 * sum is about {@link CleanBenchmark}'s time ({@link #features} and {@link #scanAndPatterns} are parts of
 * {@link #linePass}, not in the sum). The HTML stages run over {@link HtmlCorpus}'s pages:
 * {@link #htmlParse} is {@link HtmlBenchmark#jsoupParse}, {@link #htmlParseAndSegment} less it is the
 * segmenter's share of {@link HtmlBenchmark#winnow} (the segmenter alone on trees parsed long before,
 * {@link #htmlSegmentParsed}, waits longer on memory), and {@link #htmlLines} is the classification of
 * the segmented lines.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StageBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class StageBenchmark {
    /** The dump stages, on the corpus of {@link CorpusState} (no parsed page is kept for them). */
    @State(Scope.Benchmark)
    public static class Dumps {
        Stages stages;

        /** Runs every stage once and checks that the stages see the corpus's lines. */
        @Setup
        public void setUp(CorpusState corpus) {
            stages = new Stages(corpus.documents, new String[0], new String[0], Config.defaults());
            if (stages.dumpLines() != corpus.lines) {
                throw new IllegalStateException(
                        "stages see " + stages.dumpLines() + " lines, corpus has " + corpus.lines);
            }
        }
    }

    /** The HTML stages, on {@link HtmlCorpus}'s pages (kept parsed for {@link #htmlSegmentParsed}). */
    @State(Scope.Benchmark)
    public static class Pages {
        Stages stages;
        String[] html;
        String[] urls;

        /** Parses and segments every page once and checks that they give lines. */
        @Setup
        public void setUp() {
            HtmlCorpus pages = HtmlCorpus.get();
            html = pages.pages();
            urls = pages.urls();
            stages = new Stages(new String[0], html, urls, Config.defaults());
            if (stages.pageLines() == 0) {
                throw new IllegalStateException("the pages gave no line");
            }
        }
    }

    @Benchmark
    public void split(Dumps dumps, Blackhole bh) {
        Stages stages = dumps.stages;
        for (int i = 0, n = stages.dumps(); i < n; i++) {
            bh.consume(stages.split(i));
        }
    }

    @Benchmark
    public void linePass(Dumps dumps, Blackhole bh) {
        Stages stages = dumps.stages;
        for (int i = 0, n = stages.dumps(); i < n; i++) {
            bh.consume(stages.linePass(i));
        }
    }

    @Benchmark
    public void features(Dumps dumps, Blackhole bh) {
        Stages stages = dumps.stages;
        for (int i = 0, n = stages.dumps(); i < n; i++) {
            bh.consume(stages.features(i));
        }
    }

    @Benchmark
    public void scanAndPatterns(Dumps dumps, Blackhole bh) {
        Stages stages = dumps.stages;
        for (int i = 0, n = stages.dumps(); i < n; i++) {
            bh.consume(stages.scanAndPatterns(i));
        }
    }

    @Benchmark
    public void contextPass(Dumps dumps, Blackhole bh) {
        Stages stages = dumps.stages;
        for (int i = 0, n = stages.dumps(); i < n; i++) {
            bh.consume(stages.contextPass(i));
        }
    }

    @Benchmark
    public void duplicates(Dumps dumps, Blackhole bh) {
        Stages stages = dumps.stages;
        for (int i = 0, n = stages.dumps(); i < n; i++) {
            bh.consume(stages.duplicates(i));
        }
    }

    @Benchmark
    public void model(Dumps dumps, Blackhole bh) {
        Stages stages = dumps.stages;
        for (int i = 0, n = stages.dumps(); i < n; i++) {
            bh.consume(stages.model(i));
        }
    }

    @Benchmark
    public void assemble(Dumps dumps, Blackhole bh) {
        Stages stages = dumps.stages;
        for (int i = 0, n = stages.dumps(); i < n; i++) {
            bh.consume(stages.assemble(i));
        }
    }

    @Benchmark
    public void htmlParse(Pages pages, Blackhole bh) {
        String[] html = pages.html;
        String[] urls = pages.urls;
        for (int p = 0; p < html.length; p++) {
            bh.consume(Jsoup.parse(html[p], urls[p]));
        }
    }

    @Benchmark
    public void htmlParseAndSegment(Pages pages, Blackhole bh) {
        Stages stages = pages.stages;
        for (int p = 0, n = stages.pages(); p < n; p++) {
            bh.consume(stages.parseAndSegment(p));
        }
    }

    @Benchmark
    public void htmlSegmentParsed(Pages pages, Blackhole bh) {
        Stages stages = pages.stages;
        for (int p = 0, n = stages.pages(); p < n; p++) {
            bh.consume(stages.segment(p));
        }
    }

    @Benchmark
    public void htmlLines(Pages pages, Blackhole bh) {
        Stages stages = pages.stages;
        for (int p = 0, n = stages.pages(); p < n; p++) {
            bh.consume(stages.htmlLines(p));
        }
    }
}
