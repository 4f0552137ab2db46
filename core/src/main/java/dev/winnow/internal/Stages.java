package dev.winnow.internal;

import dev.winnow.Cleaner;
import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Metadata;
import dev.winnow.classify.LinePass;
import dev.winnow.context.AuthorBios;
import dev.winnow.context.ContextPass;
import dev.winnow.context.CreditShapes;
import dev.winnow.context.Duplicates;
import dev.winnow.context.Headline;
import dev.winnow.lexicon.Dictionary;
import dev.winnow.lexicon.Features;
import dev.winnow.lexicon.Lexicon;
import dev.winnow.lexicon.Rules;
import dev.winnow.model.LineModel;
import dev.winnow.model.ModelFeatures;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.read.DumpLines;
import dev.winnow.read.HtmlSegmenter;
import dev.winnow.text.Text;
import dev.winnow.text.Words;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The stages of {@link Cleaner}'s two paths one at a time, each on what the stage before it gave (made
 * once, when this is built), so that a benchmark of one stage measures that stage alone: where the time
 * of a whole clean goes. For the
 * benchmarks only. Not thread-safe: the stages share buffers.
 *
 * <p>Dumps: {@link #split} (line splitting), {@link #linePass} (features and data rules, the language
 * detected on the way, and the credit shapes; parts of it: {@link #features} and {@link #scanAndPatterns}),
 * {@link #contextPass}, {@link #duplicates}, {@link #model} (the line model's revision), {@link #assemble}
 * (the result's lines, text and metadata). HTML: {@link #segment} (the
 * page's lines, their structure and its metadata, from a page parsed beforehand, whose tree is no longer
 * in the processor's caches as it is when the cleaner segments a page it has just parsed: hence
 * {@link #parseAndSegment}, to be compared with the parse alone) and {@link #htmlLines} (the two passes,
 * the markup evidence and the duplicate check on those lines, without the retry with hidden elements
 * that the cleaner makes for a page with too little article text). Each method returns what its stage
 * made, for the benchmark to consume.
 */
public final class Stages {
    private final Config config;
    private final Lexicon lexicon = Lexicon.get();
    private final String[] dumps;
    private final List<List<String>> lines = new ArrayList<>();
    private final List<LinePass.Document> assessed = new ArrayList<>();
    private final List<ContextPass.Outcome> revised = new ArrayList<>();
    private final List<List<ContextPass.Decision>> decided = new ArrayList<>();
    /** Per dump: what the line model reads (the rules' decisions included). */
    private final List<ModelFeatures.Input> modelInputs = new ArrayList<>();
    /** Per dump: the final decisions, title and language, as {@link Cleaner#decide} gives them. */
    private final List<Pipeline.Decided> finals = new ArrayList<>();
    /** Per dump, per line: whether it is {@link #BLANK}, holds a {@link #SPECIAL} character, a {@link #DIGIT}. */
    private final List<boolean[][]> lineFlags = new ArrayList<>();
    /** The rows of {@link #lineFlags}: blank, a {@link Text#SPECIAL} character, a digit. */
    private static final int BLANK = 0;
    private static final int SPECIAL = 1;
    private static final int DIGIT = 2;
    private final Words words = new Words();
    private char[] chars = new char[1024];
    private final String[] html;
    private final String[] urls;
    private final Document[] pages;
    private final List<HtmlSegmenter.Page> segmented = new ArrayList<>();

    /**
     * Runs every stage once over the dumps and the pages (parsed with {@code Jsoup.parse(html, url)}, as
     * the cleaner parses them) and keeps what each gave.
     */
    public Stages(String[] dumps, String[] html, String[] urls, Config config) {
        this.config = config;
        this.dumps = dumps.clone();
        for (String dump : dumps) {
            List<String> split = DumpLines.split(dump);
            LinePass.Document document = LinePass.assessDocument(config, lexicon, split, Pipeline.LANGUAGE_SAMPLE_WORDS);
            document = new LinePass.Document(document.language(),
                    CreditShapes.assess(document.assessments(), split, document.language()), document.keys());
            ContextPass.Outcome outcome = new ContextPass(config).revise(document.assessments(), document.keys(), null);
            lines.add(split);
            assessed.add(document);
            revised.add(outcome);
            decided.add(Duplicates.revise(split, outcome.decisions()));
            modelInputs.add(Pipeline.ruled(config, lexicon, split, null));
            finals.add(Pipeline.decide(config, lexicon, split, null));
            lineFlags.add(flags(split, document.language()));
        }
        this.html = html.clone();
        this.urls = urls.clone();
        pages = new Document[html.length];
        for (int p = 0; p < html.length; p++) {
            pages[p] = Jsoup.parse(html[p], urls[p]);
            segmented.add(HtmlSegmenter.segment(pages[p], false));
        }
    }

    /** Per line: blank, {@link Text#SPECIAL} character in the part the features read, digit in the stripped line. */
    private boolean[][] flags(List<String> texts, Lexicon.Language language) {
        boolean[][] out = new boolean[3][texts.size()];
        for (int l = 0; l < texts.size(); l++) {
            String line = texts.get(l);
            int n = load(line);
            out[BLANK][l] = Text.isBlank(chars, n);
            if (!out[BLANK][l]) {
                Features.of(line, chars, lexicon.stoplist(language), lexicon.bit(language), config.maxLineChars(),
                        words);
                out[SPECIAL][l] = (words.flags & Text.SPECIAL) != 0;
                int from = Text.stripStart(chars, n);
                out[DIGIT][l] = Text.hasDigit(chars, from, Text.stripEnd(chars, from, n));
            }
        }
        return out;
    }

    private int load(String line) {
        int n = line.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        line.getChars(0, n, chars, 0);
        return n;
    }

    /** How many dumps. */
    public int dumps() {
        return dumps.length;
    }

    /** How many pages. */
    public int pages() {
        return pages.length;
    }

    /** The lines of all dumps, as the cleaner splits them. */
    public long dumpLines() {
        long count = 0;
        for (List<String> split : lines) {
            count += split.size();
        }
        return count;
    }

    /** The lines of all pages, as the segmenter finds them (hidden elements left out). */
    public long pageLines() {
        long count = 0;
        for (HtmlSegmenter.Page page : segmented) {
            count += page.texts().size();
        }
        return count;
    }

    /** Dump {@code i} split into lines. */
    public Object split(int i) {
        return DumpLines.split(dumps[i]);
    }

    /** The first pass over the lines of dump {@code i}, with its language detected on the way, and the credit shapes. */
    public Object linePass(int i) {
        LinePass.Document document = LinePass.assessDocument(config, lexicon, lines.get(i), Pipeline.LANGUAGE_SAMPLE_WORDS);
        return CreditShapes.assess(document.assessments(), lines.get(i), document.language());
    }

    /**
     * The features of every line of dump {@code i} that is not blank, in its language (loading each line
     * and the blank test included); returns the number of words, for the benchmark to consume.
     */
    public int features(int i) {
        Lexicon.Language language = assessed.get(i).language();
        Dictionary stopwords = lexicon.stoplist(language);
        int bit = lexicon.bit(language);
        int count = 0;
        for (String line : lines.get(i)) {
            int n = load(line);
            if (!Text.isBlank(chars, n)) {
                count += Features.of(line, chars, stopwords, bit, config.maxLineChars(), words).words();
            }
        }
        return count;
    }

    /**
     * The phrase automaton and then the patterns its literals and the line's digits admit, on every line
     * of dump {@code i} that is not blank and at most {@link LinePass#MAX_PATTERN_LINE_CHARS} characters
     * long once stripped: more lines than the first pass reads them on (it stops at a whole-line rule or
     * an ad phrase). Returns the sum of the first patterns found, for the benchmark to consume.
     */
    public int scanAndPatterns(int i) {
        Rules.Scan scan = lexicon.rules(assessed.get(i).language()).newScan();
        boolean[][] flags = lineFlags.get(i);
        List<String> texts = lines.get(i);
        int sum = 0;
        for (int l = 0; l < texts.size(); l++) {
            if (flags[BLANK][l]) {
                continue;
            }
            String line = texts.get(l);
            int n = load(line);
            int from = Text.stripStart(chars, n);
            int to = Text.stripEnd(chars, from, n);
            if (to - from <= LinePass.MAX_PATTERN_LINE_CHARS) {
                scan.read(line, chars, from, to, flags[SPECIAL][l], flags[DIGIT][l]);
                sum += scan.firstPattern();
            }
        }
        return sum;
    }

    /** The context pass over the first pass's assessments of dump {@code i}. */
    public Object contextPass(int i) {
        LinePass.Document document = assessed.get(i);
        return new ContextPass(config).revise(document.assessments(), document.keys(), null);
    }

    /** The duplicate check over the context pass's decisions of dump {@code i}. */
    public Object duplicates(int i) {
        return Duplicates.revise(lines.get(i), revised.get(i).decisions());
    }

    /**
     * The line model's revision of the rules' decisions of dump {@code i} (none when the configuration turns
     * it off), then the headline chosen again ({@link Headline}): the decisions the cleaner assembles.
     */
    public Object model(int i) {
        LineModel model = config.lineModel() ? LineModel.get() : null;
        ModelFeatures.Input input = modelInputs.get(i);
        List<ContextPass.Decision> decisions = model == null ? input.decisions()
                : model.revise(input, input.decisions(), false);
        int title = input.title() >= 0 && decisions.get(input.title()).label() == Label.BODY ? input.title() : -1;
        return Headline.revise(lines.get(i), input.assessments(), decisions, title, input.language()).decisions();
    }

    /** The result of dump {@code i} from its final decisions: its {@link Line}s, title, article text and metadata. */
    public Object assemble(int i) {
        return Pipeline.assemble(lines.get(i), finals.get(i), config.titleInText(), Metadata.NONE);
    }

    /** Parsed page {@code p} cut into lines with their structure, and its metadata. */
    public Object segment(int p) {
        return HtmlSegmenter.segment(pages[p], false);
    }

    /** Page {@code p} parsed from its markup, then cut into lines. */
    public Object parseAndSegment(int p) {
        return HtmlSegmenter.segment(Jsoup.parse(html[p], urls[p]), false);
    }

    /** Both passes, the markup evidence, the duplicate check and the line model over the lines of page {@code p}. */
    public Object htmlLines(int p) {
        HtmlSegmenter.Page page = segmented.get(p);
        return Pipeline.decide(config, lexicon, page.texts(), page.structures());
    }

    /** Whether assembling, not a stage before it, decided the line: the author's bio ({@code AuthorBios}). */
    public static boolean revisedInAssembly(Line line) {
        return line.rule().equals(AuthorBios.RULE);
    }

    /**
     * The result of page {@code p} from its decided lines ({@link #htmlLines}): its {@link Line}s, title,
     * article text and metadata (what the page declares, completed from the lines).
     */
    public Object htmlAssemble(int p, Object decided) {
        HtmlSegmenter.Page page = segmented.get(p);
        return Pipeline.assemble(page.texts(), (Pipeline.Decided) decided, config.titleInText(), page.metadata());
    }

    /**
     * What a stage's result says of each line, for a test to compare with a {@link dev.winnow.Result}'s
     * lines: of {@link #split}, {@link #segment} or {@link #parseAndSegment}, each line's text; of
     * {@link #model} or {@link #htmlLines}, each line's label, confidence, rule and reason, tab-separated.
     */
    public static List<String> describe(Object stageResult) {
        if (stageResult instanceof HtmlSegmenter.Page page) {
            return page.texts();
        }
        List<?> items = stageResult instanceof Pipeline.Decided decided ? decided.decisions() : (List<?>) stageResult;
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(item instanceof ContextPass.Decision d ? describe(d.label(), d.confidence(), d.rule(), d.reason())
                    : (String) item);
        }
        return out;
    }

    /** A line's label, confidence, rule and reason, tab-separated, as {@link #describe(Object)} gives a decision's. */
    public static String describe(Label label, double confidence, String rule, String reason) {
        return label + "\t" + confidence + "\t" + rule + "\t" + reason;
    }
}
