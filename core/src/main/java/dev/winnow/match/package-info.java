/**
 * Step 0: matching many strings at once, the machinery under the data rules. An Aho-Corasick automaton
 * for phrase lists, whole-word lookups, a table of ASCII keys looked up without building strings, and
 * the literal prefilter that skips a regular expression on a line that cannot match it. Uses {@code text}.
 */
package dev.winnow.match;
