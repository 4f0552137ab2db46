package dev.winnow.eval;

/**
 * A content extractor that {@code winnow eval} scores: given one WCXB page, the article text it keeps.
 * Implementations are thread-safe; {@code eval} calls {@link #extract} for many pages at once.
 */
public interface Engine {
    /** The name in {@code --engine} and in the score table, e.g. {@code winnow}. */
    String name();

    /**
     * The text this engine extracts from the page (empty when it keeps nothing).
     *
     * @throws Exception when the engine cannot process the page; {@code eval} then counts the page as
     *                   an empty extraction and reports it as failed
     */
    String extract(Wcxb.Page page) throws Exception;
}
