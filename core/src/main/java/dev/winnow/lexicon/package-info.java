/**
 * Step 2, features and the lexicon: what each line is made of and what the data rules say of it. The
 * per-language data ({@link dev.winnow.lexicon.Lexicon}: stopwords, phrase lists, patterns, sections,
 * months), the shallow features of a line ({@link dev.winnow.lexicon.Features}), the data rules matched
 * against it ({@link dev.winnow.lexicon.Rules}), dates, credit cues, and the author and date read from
 * a credit line ({@link dev.winnow.lexicon.CreditReader}). Uses steps 0 and 1 and the API's values.
 */
package dev.winnow.lexicon;
