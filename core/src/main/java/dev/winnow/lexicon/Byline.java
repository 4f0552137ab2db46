package dev.winnow.lexicon;

import dev.winnow.match.FirstChars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language's byline pattern: a byline word ({@code By}, {@code Von}, ...) opening the line or after a
 * bar, with an optional colon, before a name. {@link #opens} runs the pattern only on lines that start
 * with a character a byline can start with. Immutable and thread-safe.
 */
public final class Byline {
    private final Pattern pattern;
    private final FirstChars starts;

    Byline(Pattern pattern, FirstChars starts) {
        this.pattern = pattern;
        this.starts = starts;
    }

    /** A matcher of the pattern, to find a byline after a bar or read where its word ends. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /**
     * Whether {@code text} opens with a byline; {@code by}, a matcher of this pattern on it, then holds
     * the match ({@link Matcher#end()} is where the name starts).
     */
    public boolean opens(CharSequence text, Matcher by) {
        return starts.admitsStart(text) && by.lookingAt();
    }

    /**
     * Whether a byline may open {@code text}: false when no byline starts with its first character, so
     * that a caller need not make a {@link Matcher} for it.
     */
    public boolean mayOpen(CharSequence text) {
        return starts.admitsStart(text);
    }

    /** Whether {@code text} opens with a byline. */
    public boolean opens(CharSequence text) {
        return starts.admitsStart(text) && pattern.matcher(text).lookingAt();
    }

    /** Whether {@code word} alone is a byline word ({@code By}, {@code Written by}, {@code Von}), before any name. */
    public boolean isWord(String word) {
        return opens(word + " x");
    }
}
