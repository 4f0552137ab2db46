/**
 * Golden cases: a document with winnow's reviewed outputs, compared with what winnow gives now
 * ({@code golden verify}) or rewritten after a deliberate change ({@code golden update}). Uses
 * {@code format}.
 */
package dev.winnow.golden;
