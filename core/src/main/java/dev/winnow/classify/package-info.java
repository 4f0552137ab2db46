/**
 * Step 3, the first pass: every line on its own. {@link dev.winnow.classify.LinePass} detects the
 * language from the first words, computes each line's features and matches the data rules, and gives
 * each line an {@link dev.winnow.classify.Assessment} (a quality, a label when a rule decides, the reason)
 * and a key for finding repeated lines ({@link dev.winnow.classify.RepeatKeys}). Uses steps 0 to 2.
 */
package dev.winnow.classify;
