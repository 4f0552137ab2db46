package dev.winnow;

/**
 * The entry point: label the lines of a scraped article and get its clean text.
 *
 * <pre>{@code
 * Result result = Winnow.clean(dump);
 * String article = result.text();
 * }</pre>
 *
 * <p>For other settings build a {@link Cleaner} from a {@link Config}. Everything here is thread-safe.
 */
public final class Winnow {
    private static final Cleaner DEFAULT = new Cleaner(Config.defaults());

    private Winnow() {
    }

    /** Cleans a plain-text dump with the default configuration. See {@link Cleaner#clean(String)}. */
    public static Result clean(String dump) {
        return DEFAULT.clean(dump);
    }

    /** The shared cleaner with the default configuration. */
    public static Cleaner cleaner() {
        return DEFAULT;
    }
}
