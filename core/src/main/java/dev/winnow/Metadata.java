package dev.winnow;

import java.util.Optional;

/**
 * What an HTML page declares about itself in its {@code <head>}: JSON-LD, OpenGraph and plain meta
 * tags, in that order of preference. Every field is empty for a text dump, and for a page that does
 * not declare it.
 *
 * @param headline  the article's headline ({@code headline}, {@code og:title}, {@code <title>})
 * @param author    the author's name ({@code author.name}, {@code meta name=author}, {@code article:author})
 * @param published the publication date as the page writes it ({@code datePublished},
 *                  {@code article:published_time}, {@code meta name=date})
 * @param siteName  the site's name ({@code og:site_name}, {@code publisher.name})
 */
public record Metadata(Optional<String> headline, Optional<String> author, Optional<String> published,
                       Optional<String> siteName) {
    /** No metadata: what a text dump has. */
    public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());
}
