package dev.winnow;

import dev.winnow.ContextPass.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Labels every line of a text dump and assembles the clean article. A cleaner is immutable and
 * thread-safe: build one per configuration and share it.
 *
 * <pre>{@code
 * Cleaner cleaner = new Cleaner(Config.defaults());
 * Result result = cleaner.clean(dump);
 * result.lines().forEach(line -> System.out.println(line.label() + "\t" + line.text()));
 * System.out.println(result.text());
 * }</pre>
 *
 * <p>The work runs one way: the input is split into lines (line ends {@code \r\n}, {@code \r} and
 * {@code \n}); the document's language is detected from its stopwords; each line is assessed on its
 * own (features and data rules); then in context (the article region, headline, sections, captions);
 * then the body lines are assembled into the article text.
 */
public final class Cleaner {
    /** How many words of a document are read to detect its language. */
    static final int LANGUAGE_SAMPLE_WORDS = 2_000;

    private final Config config;
    private final Lexicon lexicon;

    /** A cleaner with the given configuration. */
    public Cleaner(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.lexicon = Lexicon.get();
    }

    /** A cleaner with {@link Config#defaults()}. */
    public Cleaner() {
        this(Config.defaults());
    }

    /** This cleaner's configuration. */
    public Config config() {
        return config;
    }

    /**
     * Labels every line of a plain-text dump (one block per line, blank lines optional) and
     * assembles its article.
     *
     * @param dump the document's text; {@code null} is not allowed, an empty string gives an empty result
     * @return every line with its label and reason, the headline if found, the clean article text
     */
    public Result clean(String dump) {
        Objects.requireNonNull(dump, "dump");
        List<String> texts = splitLines(dump);
        Lexicon.Language language = lexicon.detect(sampleWords(texts));
        LinePass linePass = new LinePass(config, lexicon, language);
        List<Assessment> assessments = new ArrayList<>(texts.size());
        for (String text : texts) {
            assessments.add(linePass.assess(text, language));
        }
        ContextPass.Outcome outcome = new ContextPass(config).revise(assessments, ContextPass.keys(texts));
        List<Line> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Decision d = outcome.decisions().get(i);
            lines.add(new Line(i + 1, texts.get(i), d.label(), d.confidence(), d.rule(), d.reason()));
        }
        return Assembler.assemble(lines, outcome.title(), config.titleInText());
    }

    /** Splits text into lines at {@code \r\n}, {@code \r} or {@code \n}; a final line end adds no empty line. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int nextReturn = text.indexOf('\r');
        while (start < n) {
            int newline = text.indexOf('\n', start);
            if (nextReturn >= 0 && nextReturn < start) {
                nextReturn = text.indexOf('\r', start);
            }
            int end = newline < 0 ? nextReturn : nextReturn < 0 ? newline : Math.min(newline, nextReturn);
            if (end < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, end));
            start = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return lines;
    }

    /** The stopword hits of the document's first {@link #LANGUAGE_SAMPLE_WORDS} words, for language detection. */
    private Lexicon.Sample sampleWords(List<String> lines) {
        return lexicon.sample(lines, LANGUAGE_SAMPLE_WORDS);
    }

    /** Builds the result from the decided lines. */
    static final class Assembler {
        private Assembler() {
        }

        static Result assemble(List<Line> lines, int titleIndex, boolean titleInText) {
            Optional<String> title = titleIndex >= 0
                    ? Optional.of(lines.get(titleIndex).text().strip()) : Optional.empty();
            StringBuilder text = new StringBuilder();
            for (Line line : lines) {
                if (line.label() != Label.BODY || (!titleInText && line.number() - 1 == titleIndex)) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(line.text().strip());
            }
            return new Result(lines, title, text.toString());
        }
    }
}
