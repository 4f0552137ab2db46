package dev.winnow.input;

import dev.winnow.Cleaner;
import dev.winnow.Result;
import dev.winnow.SiteMemory;
import java.util.Arrays;
import java.util.Objects;

/** A document as read, ready for the cleaner: text, HTML, or the text Apache Tika extracted. */
public sealed interface Content {
    /** Cleans this content with the given cleaner. */
    default Result clean(Cleaner cleaner) {
        return clean(cleaner, SiteMemory.Site.NONE);
    }

    /** Cleans this content as a page of a site whose boilerplate lines are known ({@code --site-memory}). */
    Result clean(Cleaner cleaner, SiteMemory.Site site);

    /** What the document was read as, for messages: {@code text}, {@code html}, {@code tika application/pdf}. */
    String kind();

    /**
     * A plain-text dump, already decoded: {@link Cleaner#clean(String)}.
     *
     * @param detected the charset it was read as when {@code --charset auto} found it was not UTF-8, or null
     */
    record Text(String text, String detected) implements Content {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        public Text(String text) {
            this(text, null);
        }

        @Override
        public Result clean(Cleaner cleaner, SiteMemory.Site site) {
            return cleaner.clean(text, site);
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /**
     * An HTML page's bytes: {@link Cleaner#clean(byte[], String)} decodes and segments them, or, with a
     * {@code charset} (a WARC record's HTTP header), that charset decodes them. Two pages are equal when
     * their bytes, base URIs and charsets are.
     *
     * @param charset the charset a transport header names (supported by Java), or null
     */
    record Html(byte[] bytes, String baseUri, String charset) implements Content {
        public Html {
            Objects.requireNonNull(bytes, "bytes");
            baseUri = baseUri == null ? "" : baseUri;
        }

        /** A page decoded from its byte order mark or {@code <meta charset>}, else as UTF-8. */
        public Html(byte[] bytes, String baseUri) {
            this(bytes, baseUri, null);
        }

        /** Whether Java knows a charset by this name. */
        public static boolean supported(String charset) {
            try {
                return java.nio.charset.Charset.isSupported(charset.strip());
            } catch (java.nio.charset.IllegalCharsetNameException e) {
                return false;
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Html html && Arrays.equals(bytes, html.bytes) && baseUri.equals(html.baseUri)
                    && Objects.equals(charset, html.charset);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(bytes) + baseUri.hashCode();
        }

        @Override
        public String toString() {
            return "Html[" + bytes.length + " bytes, baseUri=" + baseUri + (charset == null ? "" : ", charset=" + charset) + "]";
        }

        @Override
        public Result clean(Cleaner cleaner, SiteMemory.Site site) {
            if (charset != null) {
                return cleaner.clean(new String(bytes, java.nio.charset.Charset.forName(charset.strip())), baseUri, site);
            }
            return cleaner.clean(bytes, baseUri, site);
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
        public Result clean(Cleaner cleaner, SiteMemory.Site site) {
            return cleaner.clean(text, site);
        }

        @Override
        public String kind() {
            return "tika " + mediaType;
        }
    }
}
