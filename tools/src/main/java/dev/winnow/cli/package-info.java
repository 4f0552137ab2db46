/**
 * The command line (picocli): {@code Main} and one class per command ({@code clean}, {@code report},
 * {@code golden}); options are validated before anything runs, and every outcome is an {@code ExitCode}.
 * The batch machinery lives here too: finding inputs ({@code InputFinder}), the ordered thread pool that
 * cleans documents in parallel and writes them in input order ({@code OrderedPool}), and the sinks that
 * write them. The top of the tools: it may use every other package of this module and the library.
 */
package dev.winnow.cli;
