/**
 * The measures shared by evaluation and the report: precision, recall and F1 ({@code Prf}) and line
 * labels against hand labels ({@code LabelScores}, measure 3 of METRICS.md). Uses only the library.
 */
package dev.winnow.measure;
