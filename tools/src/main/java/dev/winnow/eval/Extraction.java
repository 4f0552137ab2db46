package dev.winnow.eval;

/**
 * What one engine extracted from one page: its text, or why it failed (then the text is empty and the
 * page is scored as an empty extraction).
 *
 * @param text    the extracted text; empty when the engine failed
 * @param failure null on success, else a one-line reason: the exception, or the time limit
 */
public record Extraction(String text, String failure) {
    public Extraction {
        text = text == null ? "" : text;
    }

    static Extraction of(String text) {
        return new Extraction(text, null);
    }

    static Extraction failed(String failure) {
        return new Extraction("", failure);
    }

    /** Whether the engine failed on the page. */
    public boolean failed() {
        return failure != null;
    }
}
