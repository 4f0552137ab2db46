/**
 * {@code winnow eval}: the measures of METRICS.md on the WCXB and ScrapingHub benchmarks (in this
 * workplace's layout and as published) for winnow, Boilerpipe and Readability4J, line labels against
 * hand labels, metadata against the ground truth. Uses {@code measure}, {@code format} and {@code report}.
 */
package dev.winnow.eval;
