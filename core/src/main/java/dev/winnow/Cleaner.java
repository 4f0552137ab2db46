package dev.winnow;

import dev.winnow.lexicon.Lexicon;
import dev.winnow.model.LineModel;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.read.DumpLines;
import dev.winnow.read.HtmlSegmenter;
import dev.winnow.read.Structure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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
 * {@code \n}); each line is assessed on its own (features and data rules), the document's language
 * being detected on the way from the stopwords of its first words (looked up once, in every stoplist,
 * for both); then in context (the article region, headline, sections, captions); then the body lines
 * are assembled into the article text.
 *
 * <p>Each document is bounded by {@link Config#maxDocumentChars()} (a longer one is cut, see
 * {@link #cutDump}). Cleaning stops with a {@link CancellationException} when the calling thread is
 * interrupted (checked once per line), so that a caller can enforce a time limit.
 */
public final class Cleaner {

    private final Config config;
    private final Lexicon lexicon;

    /**
     * A cleaner with the given configuration. With {@link Config#rules()}, the user's folder of rules is read
     * here, once, and added to the built-in rules.
     *
     * @throws IllegalArgumentException when the user's rules cannot be used: the message names the file and
     *                                  line of the first entry at fault
     */
    public Cleaner(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.lineModel()) {
            LineModel.loadInBackground();
        }
        this.lexicon = config.rules() == null ? Lexicon.get() : Lexicon.withUserRules(config.rules());
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
     * A dump longer than {@link Config#maxDocumentChars()} is cut first ({@link #cutDump}): the result
     * then has only the lines of that part.
     *
     * @param dump the document's text; {@code null} is not allowed, an empty string gives an empty result
     * @return every line with its label and reason, the headline if found, the clean article text
     */
    public Result clean(String dump) {
        return clean(dump, SiteMemory.Site.NONE);
    }

    /**
     * Like {@link #clean(String)} for a page of a site whose boilerplate lines a first pass over the batch
     * found ({@link SiteMemory#site}): those lines are navigation.
     */
    public Result clean(String dump, SiteMemory.Site site) {
        Objects.requireNonNull(dump, "dump");
        return classify(DumpLines.split(cutDump(dump, config.maxDocumentChars())), null, Metadata.NONE, site);
    }

    /**
     * The part of a dump that is cleaned under a limit of {@code maxChars}: the whole dump when it is not
     * longer, else the dump up to and including its last line end within the limit, or, when the first
     * {@code maxChars} characters hold no line end, those characters (one fewer when the cut would split
     * a surrogate pair).
     */
    public static String cutDump(String dump, int maxChars) {
        if (dump.length() <= maxChars) {
            return dump;
        }
        for (int i = maxChars - 1; i >= 0; i--) {
            char c = dump.charAt(i);
            if (c == '\n' || c == '\r') {
                // a \r\n pair split by the limit keeps its \r: the line ends there either way
                return dump.substring(0, i + 1);
            }
        }
        int end = Character.isHighSurrogate(dump.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return dump.substring(0, end);
    }

    /**
     * Labels every line of an HTML page and assembles its article. The page is cut into the lines a
     * reader sees (block elements, {@code <br>}, list items, table cells); scripts, styles, comments and
     * hidden elements never become lines. Each line is classified by the same rules as a dump line, with
     * the markup around it (navigation, sidebars, figure captions, class names, link density) as extra
     * evidence. The result's lines are these rendered lines; its {@link Result#metadata()} holds what the
     * page declares about itself.
     *
     * @param html    the page's markup; {@code null} is not allowed, malformed markup is repaired as a browser would
     * @param baseUri the page's address, used to resolve relative links; may be empty
     *                (markup longer than {@link Config#maxDocumentChars()} is cut at the limit and repaired)
     */
    public Result clean(String html, String baseUri) {
        return clean(html, baseUri, SiteMemory.Site.NONE);
    }

    /** Like {@link #clean(String, String)} with a site's boilerplate lines ({@link SiteMemory#site}). */
    public Result clean(String html, String baseUri, SiteMemory.Site site) {
        Objects.requireNonNull(html, "html");
        String markup = html.length() > config.maxDocumentChars() ? html.substring(0, config.maxDocumentChars()) : html;
        return clean(Jsoup.parse(markup, baseUri == null ? "" : baseUri), site);
    }

    /**
     * Like {@link #clean(String, String)} for the raw bytes of a page: the charset is taken from a byte
     * order mark, else from the page's {@code <meta charset>}, else UTF-8. Only the first
     * {@link Config#maxDocumentChars()} bytes are read (each character takes at least one byte).
     */
    public Result clean(byte[] html, String baseUri) {
        return clean(html, baseUri, SiteMemory.Site.NONE);
    }

    /** Like {@link #clean(byte[], String)} with a site's boilerplate lines ({@link SiteMemory#site}). */
    public Result clean(byte[] html, String baseUri, SiteMemory.Site site) {
        Objects.requireNonNull(html, "html");
        int length = Math.min(html.length, config.maxDocumentChars());
        try {
            return clean(Jsoup.parse(new ByteArrayInputStream(html, 0, length), null, baseUri == null ? "" : baseUri), site);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page's bytes", e);
        }
    }

    /**
     * Like {@link #clean(String, String)} for a page already parsed by jsoup. The document is not changed.
     * When the visible page yields less article text than {@link Config#minArticleChars()}, the page is
     * read again with its hidden elements (pages that scripts reveal), and that reading is kept when it
     * finds an article of at least that size.
     */
    public Result clean(Document page) {
        return clean(page, SiteMemory.Site.NONE);
    }

    /** Like {@link #clean(Document)} with a site's boilerplate lines ({@link SiteMemory#site}). */
    public Result clean(Document page, SiteMemory.Site site) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(site, "site");
        HtmlSegmenter.Page segmented = HtmlSegmenter.segment(page, false);
        Result result = classify(segmented.texts(), segmented.structures(), segmented.metadata(), site);
        if (result.text().length() < config.minArticleChars()) {
            HtmlSegmenter.Page all = HtmlSegmenter.segment(page, true, segmented.metadata());
            if (all.texts().size() > segmented.texts().size()) {
                Result retry = classify(all.texts(), all.structures(), all.metadata(), site);
                if (retry.text().length() >= config.minArticleChars()) {
                    return retry;
                }
            }
        }
        return result;
    }

    /**
     * Both passes and the assembly over lines; {@code structures} is null for a text dump.
     *
     * @throws CancellationException if the thread is interrupted (checked once per line of pass 1), so
     *                               that a caller with a time limit can stop a document
     */
    private Result classify(List<String> texts, List<Structure> structures, Metadata metadata, SiteMemory.Site site) {
        Pipeline.Decided decided = Pipeline.decide(config, lexicon, texts, structures, site::revise);
        return Pipeline.assemble(texts, decided, config.titleInText(), metadata);
    }

}
