/**
 * Step 0, under everything: text primitives. How a line is stripped and normalised, which characters
 * are word characters, and the words of a line as offsets ({@link dev.winnow.text.Words}). Uses nothing
 * of winnow.
 */
package dev.winnow.text;
