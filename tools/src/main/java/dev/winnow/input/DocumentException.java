package dev.winnow.input;

import java.io.IOException;

/**
 * A document that winnow cannot read: a format it does not handle (an image, an archive), corrupt or
 * truncated gzip data, or a document the parser rejects (corrupt, encrypted). The message says which,
 * in words for a person; {@code winnow clean} reports it and goes on with the other documents.
 */
public final class DocumentException extends IOException {
    private static final long serialVersionUID = 1L;

    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
