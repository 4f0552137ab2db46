/**
 * Step 4, the second pass: every line among its neighbours. The credit shapes around captions, the
 * markup's evidence on an HTML page ({@link dev.winnow.context.MarkupEvidence}), the article region and
 * the labels decided in context ({@link dev.winnow.context.ContextPass}, {@link dev.winnow.context.ArticleRegion}),
 * the duplicate check ({@link dev.winnow.context.Duplicates}), the tables of contents
 * ({@link dev.winnow.context.TableOfContents}) and the author boxes
 * ({@link dev.winnow.context.AuthorBoxes}); after the metadata is read, the author's bio
 * ({@link dev.winnow.context.AuthorBios}). Each decision names its rule and reason.
 * Uses steps 0 to 3.
 */
package dev.winnow.context;
