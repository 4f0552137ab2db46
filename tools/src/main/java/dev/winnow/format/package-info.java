/**
 * Writing a result: clean text, the lossless labelled lines ({@code .labels.tsv}, also read here), JSONL
 * and the {@code --explain} table; and reading text files strictly. Uses only the library.
 */
package dev.winnow.format;
