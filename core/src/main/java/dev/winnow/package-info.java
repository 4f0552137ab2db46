/**
 * winnow: labels every line of a text dump or an HTML page as body, caption, credit, ad or navigation
 * and assembles the clean article. This package is the API, and the only one the module exports:
 * {@link dev.winnow.Winnow} (a shared default cleaner), {@link dev.winnow.Cleaner}, {@link dev.winnow.Config},
 * {@link dev.winnow.Result}, {@link dev.winnow.Line}, {@link dev.winnow.Label}, {@link dev.winnow.Metadata}
 * and {@link dev.winnow.SiteMemory}. The machinery is a package per step below it, in the order data
 * flows: {@code read} (a document into lines), {@code lexicon} (features and the data rules),
 * {@code classify} (pass 1), {@code context} (pass 2), {@code model} (the line model) and {@code pipeline}
 * (the steps in order, and the assembly), on {@code text}, {@code data} and {@code match}; README,
 * "Architecture".
 */
package dev.winnow;
