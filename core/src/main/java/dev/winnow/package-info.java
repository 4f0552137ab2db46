/**
 * winnow: labels every line of a text dump or an HTML page as body, caption, credit, ad or navigation
 * and assembles the clean article. The public classes are the API: {@link dev.winnow.Winnow} (a shared
 * default cleaner), {@link dev.winnow.Cleaner}, {@link dev.winnow.Config}, {@link dev.winnow.Result},
 * {@link dev.winnow.Line}, {@link dev.winnow.Label}, {@link dev.winnow.Metadata} and
 * {@link dev.winnow.SiteMemory}. Everything else is package-private machinery, in the order data flows:
 * HTML into lines ({@code HtmlSegmenter}), features and words ({@code Features}, {@code Text}), data rules
 * ({@code Lexicon}, {@code Rules}), the first pass ({@code LinePass}), the context pass
 * ({@code ContextPass}, {@code ArticleRegion}), the line model ({@code LineModel}) and the assembly
 * (README, "Architecture").
 */
package dev.winnow;
