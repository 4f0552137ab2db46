package dev.winnow.input;

import dev.winnow.Cleaner;
import dev.winnow.Result;
import java.util.Arrays;
import java.util.Objects;

/** A document as read, ready for the cleaner: text, HTML, or the text Apache Tika extracted. */
public sealed interface Content {
    /** Cleans this content with the given cleaner. */
    Result clean(Cleaner cleaner);

    /** What the document was read as, for messages: {@code text}, {@code html}, {@code tika application/pdf}. */
    String kind();

    /** A plain-text dump, already decoded: {@link Cleaner#clean(String)}. */
    record Text(String text) implements Content {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Result clean(Cleaner cleaner) {
            return cleaner.clean(text);
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /**
     * An HTML page's bytes: {@link Cleaner#clean(byte[], String)} decodes and segments them. Two pages
     * are equal when their bytes and base URIs are.
     */
    record Html(byte[] bytes, String baseUri) implements Content {
        public Html {
            Objects.requireNonNull(bytes, "bytes");
            baseUri = baseUri == null ? "" : baseUri;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Html html && Arrays.equals(bytes, html.bytes) && baseUri.equals(html.baseUri);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(bytes) + baseUri.hashCode();
        }

        @Override
        public String toString() {
            return "Html[" + bytes.length + " bytes, baseUri=" + baseUri + "]";
        }

        @Override
        public Result clean(Cleaner cleaner) {
            return cleaner.clean(bytes, baseUri);
        }

        @Override
        public String kind() {
            return "html";
        }
    }

    /**
     * The text Apache Tika extracted from a document, one line per paragraph: {@link Cleaner#clean(String)}.
     *
     * @param mediaType the detected type, e.g. {@code application/pdf}
     */
    record Extracted(String text, String mediaType) implements Content {
        public Extracted {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(mediaType, "mediaType");
        }

        @Override
        public Result clean(Cleaner cleaner) {
            return cleaner.clean(text);
        }

        @Override
        public String kind() {
            return "tika " + mediaType;
        }
    }
}
