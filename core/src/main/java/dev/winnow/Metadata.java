package dev.winnow;

import java.util.Optional;

/**
 * What a document says about itself. On an HTML page, first what its {@code <head>} declares: JSON-LD,
 * OpenGraph and plain meta tags, in that order of preference, HTML entities decoded; then, for a field
 * the page does not declare, what its labelled lines say: the title line, the byline and the date among
 * the credit lines near it. A text dump has only its lines. A field neither gives is empty.
 *
 * @param headline  the article's headline: on a page, its one visible {@code <h1>} when it shares a word with
 *                  the declared title or none is declared, else the declared one ({@code headline},
 *                  {@code og:title}, {@code <title>}); else the title line
 * @param author    the author's name ({@code author.name}, {@code meta name=author}, {@code article:author}, unless it
 *                  is an address or a number;
 *                  else the name of a byline, {@code By Jane Roe - Nov 19, 2019} giving {@code Jane Roe})
 * @param published the publication date in ISO 8601 ({@code 2019-11-19}, or the declared timestamp when it
 *                  is one, {@code 2019-11-19T10:31:00Z}); from {@code datePublished},
 *                  {@code article:published_time}, {@code meta name=date}, the first {@code itemprop=datePublished}
 *                  or {@code <time datetime>}, else from a credit line (an
 *                  update stamp only when there is no other date); a declared date that cannot be read
 *                  is kept as written
 * @param siteName  the site's name ({@code og:site_name}, {@code publisher.name})
 */
public record Metadata(Optional<String> headline, Optional<String> author, Optional<String> published,
                       Optional<String> siteName) {
    /** No metadata: what a text dump has. */
    public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());
}
