package dev.winnow.eval;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;

/**
 * The baseline: boilerpipe 1.1.0's {@link ArticleExtractor} (Kohlschütter et al., 2010) on the page's
 * HTML. The bytes are decoded as winnow's core decodes them (jsoup: byte order mark, else
 * {@code <meta charset>}, else UTF-8), so that both engines read the same characters.
 */
public final class BoilerpipeEngine implements Engine {
    @Override
    public String name() {
        return "boilerpipe";
    }

    /** @throws BoilerpipeProcessingException when boilerpipe cannot process the page */
    @Override
    public String extract(Wcxb.Page page) throws BoilerpipeProcessingException {
        String text = ArticleExtractor.INSTANCE.getText(decode(page.htmlBytes(), page.url()));
        return text == null ? "" : text;
    }

    /** The page's characters, in the charset that jsoup detects; a leading byte order mark is dropped. */
    static String decode(byte[] html, String baseUri) {
        Charset charset;
        try {
            charset = Jsoup.parse(new ByteArrayInputStream(html), null, baseUri).charset();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page's bytes", e);
        }
        String text = new String(html, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
