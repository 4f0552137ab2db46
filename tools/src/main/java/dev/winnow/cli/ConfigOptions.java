package dev.winnow.cli;

import dev.winnow.Config;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The cleaner's settings as options, one per {@link Config} component, each starting at its
 * {@code Config.DEFAULT_*} value (shown in {@code --help}). Mixed into the commands that clean.
 */
final class ConfigOptions {
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+(?:[A-Z][a-z]+)+\\b");

    @Option(names = "--title-in-text",
            description = "Start the clean text with the headline (by default the headline is only the title).")
    boolean titleInText = Config.DEFAULT_TITLE_IN_TEXT;

    @Option(names = "--short-max-chars", paramLabel = "N",
            description = "Lines shorter than N visible characters are 'short': their context decides. Default: ${DEFAULT-VALUE}.")
    int shortMaxChars = Config.DEFAULT_SHORT_MAX_CHARS;

    @Option(names = "--long-min-chars", paramLabel = "N",
            description = "Lines of at least N characters with enough stopwords read as article prose on their own."
                    + " At least --short-max-chars. Default: ${DEFAULT-VALUE}.")
    int longMinChars = Config.DEFAULT_LONG_MIN_CHARS;

    @Option(names = "--stopwords-high", paramLabel = "D",
            description = "Stopword density (stopwords/words, 0..1) from which a line reads as prose. Default: ${DEFAULT-VALUE}.")
    double stopwordsHigh = Config.DEFAULT_STOPWORDS_HIGH;

    @Option(names = "--stopwords-low", paramLabel = "D",
            description = "Stopword density below which a long line reads as a list, menu or code;"
                    + " at most --stopwords-high. Default: ${DEFAULT-VALUE}.")
    double stopwordsLow = Config.DEFAULT_STOPWORDS_LOW;

    @Option(names = "--min-article-chars", paramLabel = "N",
            description = "An article shorter than N characters makes the classifier retry with more permissive"
                    + " settings. Default: ${DEFAULT-VALUE}.")
    int minArticleChars = Config.DEFAULT_MIN_ARTICLE_CHARS;

    @Option(names = "--title-lookback", paramLabel = "N",
            description = "How many visible lines above the article are searched for its headline. Default: ${DEFAULT-VALUE}.")
    int titleLookback = Config.DEFAULT_TITLE_LOOKBACK;

    @Option(names = "--max-line-chars", paramLabel = "N",
            description = "Lines longer than N characters are labelled from their context only. Default: ${DEFAULT-VALUE}.")
    int maxLineChars = Config.DEFAULT_MAX_LINE_CHARS;

    @Option(names = "--max-document-chars", paramLabel = "N",
            description = "The most characters of one document that are cleaned; clean reads at most N bytes of"
                    + " a file and cuts a longer one at its last line end, with a warning. Gzip data longer than"
                    + " N bytes, or decompressing to more, is an error. Default: ${DEFAULT-VALUE}.")
    int maxDocumentChars = Config.DEFAULT_MAX_DOCUMENT_CHARS;

    @Option(names = "--rules", paramLabel = "DIR",
            description = {"A folder of your own rules in the layout of the built-in data, added to it: lang/<code>/"
                    + "ad.phrases.txt (one phrase per line), lang/<code>/navigation.lines.txt (whole lines), "
                    + "lang/<code>/patterns.tsv (id, label, regex, reason), lang/<code>/sections.tsv, common/agencies.txt, "
                    + "common/patterns.tsv, ... A file or entry winnow cannot use is an error naming it."})
    java.nio.file.Path rules;

    @Option(names = "--no-line-model", negatable = false,
            description = "Let the rules alone decide: the line model (weights fitted on hand-labelled pages, weighing"
                    + " each line's evidence and its neighbours') does not revise their labels.")
    boolean noLineModel;

    /** The configuration these options describe. @throws IllegalArgumentException if a value is out of range */
    Config toConfig() {
        return Config.builder()
                .titleInText(titleInText)
                .shortMaxChars(shortMaxChars)
                .longMinChars(longMinChars)
                .stopwordsHigh(stopwordsHigh)
                .stopwordsLow(stopwordsLow)
                .minArticleChars(minArticleChars)
                .titleLookback(titleLookback)
                .maxLineChars(maxLineChars)
                .maxDocumentChars(maxDocumentChars)
                .lineModel(!noLineModel)
                .rules(rules)
                .build();
    }

    /**
     * A message of {@link Config}'s validation in the words of the command line: component names such
     * as {@code shortMaxChars} become option names such as {@code --short-max-chars}.
     */
    static String inOptionNames(String message) {
        Matcher m = CAMEL_CASE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kebab = m.group().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            m.appendReplacement(out, Matcher.quoteReplacement("--" + kebab));
        }
        return m.appendTail(out).toString();
    }
}
