/**
 * Step 1, reading: a document into lines. A text dump's lines ({@link dev.winnow.read.DumpLines}); an HTML
 * page's rendered lines with the markup around each ({@link dev.winnow.read.HtmlSegmenter},
 * {@link dev.winnow.read.Structure}) and the metadata it declares ({@link dev.winnow.read.MetadataReader}).
 * Uses the packages of step 0 and the API's values ({@code Label}, {@code Metadata}).
 */
package dev.winnow.read;
