/**
 * The HTML report ({@code winnow report}, {@code eval --report}): a static site of the labelled lines,
 * every input escaped and each page's Content-Security-Policy admitting no script but the index's own.
 * Reads the JSONL that {@code clean} writes; uses {@code measure} and {@code format}, not the commands.
 */
package dev.winnow.report;
