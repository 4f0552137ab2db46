/**
 * Reading one document into something the library cleans: the input format (text dump, HTML, or a
 * document through Apache Tika), strict UTF-8 or a detected charset, decompression, and the size limits.
 * Uses the library and {@code format} (for the errors it reports); nothing else of the tools.
 */
package dev.winnow.input;
