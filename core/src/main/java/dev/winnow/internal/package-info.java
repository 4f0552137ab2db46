/**
 * The one route from winnow's own tools and benchmarks into the machinery, and the only package they may
 * use besides the API: the stages one at a time for the benchmarks ({@link dev.winnow.internal.Stages},
 * {@link dev.winnow.internal.HotLoop}) and the model's features for training
 * ({@link dev.winnow.internal.ModelTraining}). Not exported by the module and not API: it changes with the
 * machinery, without notice. Uses everything.
 */
package dev.winnow.internal;
