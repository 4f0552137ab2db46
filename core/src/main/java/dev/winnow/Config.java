package dev.winnow;

import dev.winnow.model.LineModel;

/**
 * The settings of a {@link Cleaner}. Immutable; build one with {@link #builder()} or start from
 * {@link #defaults()}. Every threshold has a named default, chosen on the WCXB development set.
 *
 * @param shortMaxChars        a line with fewer visible characters than this is "short": on its own it
 *                             cannot tell article from boilerplate, its context decides
 * @param longMinChars         a line with at least this many characters and enough stopwords is "good":
 *                             article-like on its own
 * @param stopwordsHigh        stopword density (stopwords / words) from which a line reads as prose
 * @param stopwordsLow         stopword density below which a long line reads as a list, menu or code
 * @param titleLookback        how many visible lines above the article to search for its headline
 * @param minArticleChars      the article must have at least this many characters, otherwise the
 *                             next, more permissive attempt of the retry ladder runs
 * @param titleInText          whether {@link Result#text()} starts with the headline
 * @param maxLineChars         lines longer than this are not classified by their words (they are
 *                             labelled from context only), which bounds the work on pathological input
 * @param maxDocumentChars     the most characters of one document that are cleaned: a longer dump is cut
 *                             at its last line end within the limit (at the limit itself when that part
 *                             has no line end), a longer HTML string or byte array at the limit, and
 *                             only that part is cleaned; this bounds memory and time per document
 * @param rules                a folder of the user's own rules in the layout of the built-in data
 *                             ({@code lang/<code>/ad.phrases.txt}, {@code common/patterns.tsv}, ...), whose
 *                             items are added to the built-in ones; null for the built-in rules alone
 * @param lineModel            whether the line model revises the rules' labels ({@code LineModel}: weights
 *                             fitted on hand-labelled pages, weighing each line's evidence and its
 *                             neighbours'); off, the rules alone decide
 */
public record Config(int shortMaxChars, int longMinChars, double stopwordsHigh, double stopwordsLow,
                     int titleLookback, int minArticleChars, boolean titleInText, int maxLineChars,
                     int maxDocumentChars, java.nio.file.Path rules, boolean lineModel) {

    public static final int DEFAULT_SHORT_MAX_CHARS = 70;
    public static final int DEFAULT_LONG_MIN_CHARS = 200;
    public static final double DEFAULT_STOPWORDS_HIGH = 0.30;
    public static final double DEFAULT_STOPWORDS_LOW = 0.20;
    public static final int DEFAULT_TITLE_LOOKBACK = 12;
    public static final int DEFAULT_MIN_ARTICLE_CHARS = 300;
    public static final boolean DEFAULT_TITLE_IN_TEXT = false;
    public static final int DEFAULT_MAX_LINE_CHARS = 100_000;
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 50_000_000;
    public static final boolean DEFAULT_LINE_MODEL = true;

    private static final Config DEFAULTS = builder().build();

    public Config {
        require(shortMaxChars >= 0, "shortMaxChars must be >= 0");
        require(longMinChars >= shortMaxChars, "longMinChars must be >= shortMaxChars");
        require(stopwordsLow >= 0 && stopwordsLow <= stopwordsHigh && stopwordsHigh <= 1,
                "need 0 <= stopwordsLow <= stopwordsHigh <= 1");
        require(titleLookback >= 0, "titleLookback must be >= 0");
        require(minArticleChars >= 0, "minArticleChars must be >= 0");
        require(maxLineChars > 0, "maxLineChars must be > 0");
        require(maxDocumentChars > 0, "maxDocumentChars must be > 0");
    }

    /** The default configuration. */
    public static Config defaults() {
        return DEFAULTS;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder()
                .shortMaxChars(shortMaxChars).longMinChars(longMinChars)
                .stopwordsHigh(stopwordsHigh).stopwordsLow(stopwordsLow)
                .titleLookback(titleLookback).minArticleChars(minArticleChars)
                .titleInText(titleInText).maxLineChars(maxLineChars)
                .maxDocumentChars(maxDocumentChars).rules(rules).lineModel(lineModel);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds a {@link Config}; every setter has a named default. */
    public static final class Builder {
        private int shortMaxChars = DEFAULT_SHORT_MAX_CHARS;
        private int longMinChars = DEFAULT_LONG_MIN_CHARS;
        private double stopwordsHigh = DEFAULT_STOPWORDS_HIGH;
        private double stopwordsLow = DEFAULT_STOPWORDS_LOW;
        private int titleLookback = DEFAULT_TITLE_LOOKBACK;
        private int minArticleChars = DEFAULT_MIN_ARTICLE_CHARS;
        private boolean titleInText = DEFAULT_TITLE_IN_TEXT;
        private int maxLineChars = DEFAULT_MAX_LINE_CHARS;
        private int maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;
        private boolean lineModel = DEFAULT_LINE_MODEL;
        private java.nio.file.Path rules;

        private Builder() {
        }

        public Builder shortMaxChars(int v) { shortMaxChars = v; return this; }
        public Builder longMinChars(int v) { longMinChars = v; return this; }
        public Builder stopwordsHigh(double v) { stopwordsHigh = v; return this; }
        public Builder stopwordsLow(double v) { stopwordsLow = v; return this; }
        public Builder titleLookback(int v) { titleLookback = v; return this; }
        public Builder minArticleChars(int v) { minArticleChars = v; return this; }
        public Builder titleInText(boolean v) { titleInText = v; return this; }
        public Builder maxLineChars(int v) { maxLineChars = v; return this; }
        public Builder maxDocumentChars(int v) { maxDocumentChars = v; return this; }
        public Builder lineModel(boolean v) { lineModel = v; return this; }
        /** A folder of the user's own rules, added to the built-in ones; null for none. */
        public Builder rules(java.nio.file.Path v) { rules = v; return this; }

        /** @throws IllegalArgumentException if a value is out of range */
        public Config build() {
            return new Config(shortMaxChars, longMinChars, stopwordsHigh, stopwordsLow,
                    titleLookback, minArticleChars, titleInText, maxLineChars, maxDocumentChars, rules, lineModel);
        }
    }
}
