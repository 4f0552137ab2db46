/**
 * Step 6: the stages in order, and the assembly. {@link dev.winnow.pipeline.Pipeline} runs steps 3 to 5
 * over a document's lines; {@link dev.winnow.pipeline.Assembler} makes the {@link dev.winnow.Result}. The
 * API ({@link dev.winnow.Cleaner}) calls these after reading. Uses steps 0 to 5 and the API's values.
 */
package dev.winnow.pipeline;
