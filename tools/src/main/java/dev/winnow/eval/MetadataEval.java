package dev.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.Metadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the metadata winnow finds against the WCXB ground truth's {@code title}, {@code author} and
 * {@code publish_date}: a title is right when its word F1 with the truth is at least
 * {@value #TITLE_MIN_F1}, an author when the Jaccard index of the two sets of lowercase words is at least
 * {@value #AUTHOR_MIN_JACCARD}, a date when it is the same day (the first ten characters of an ISO 8601
 * date). Each field is scored over the pages whose truth gives it; a page where winnow finds nothing
 * counts as wrong. Mutable while counting; not thread-safe.
 */
public final class MetadataEval {
    static final double TITLE_MIN_F1 = 0.9;
    static final double AUTHOR_MIN_JACCARD = 0.5;

    /** The three fields scored. */
    public enum Field { TITLE, AUTHOR, DATE }

    private final int[] right = new int[Field.values().length];
    private final int[] truths = new int[Field.values().length];
    /** Per field: pages whose truth has none but winnow gives one. */
    private final int[] extra = new int[Field.values().length];
    private int pages;
    private final StringBuilder misses = new StringBuilder();

    /** The ground truth's three fields of a page (empty when absent). */
    public record Truth(Optional<String> title, Optional<String> author, Optional<String> date) {
        static Truth of(Wcxb.Page page) {
            try {
                JsonNode gt = new ObjectMapper().readTree(page.groundTruth().toFile()).path("ground_truth");
                return new Truth(text(gt, "title"), text(gt, "author"), text(gt, "publish_date"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + page.groundTruth(), e);
            }
        }

        private static Optional<String> text(JsonNode node, String field) {
            String value = node.path(field).asText("");
            return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
    }

    /** Counts one page. */
    public void add(Metadata found, Truth truth) {
        add("", found, truth);
    }

    /** Counts one page, remembering its misses under its id. */
    public void add(String id, Metadata found, Truth truth) {
        pages++;
        count(id, Field.TITLE, found.headline(), truth.title());
        count(id, Field.AUTHOR, found.author(), truth.author());
        count(id, Field.DATE, found.published(), truth.date());
    }

    private void count(String id, Field field, Optional<String> found, Optional<String> truth) {
        int f = field.ordinal();
        if (truth.isEmpty()) {
            extra[f] += found.isPresent() ? 1 : 0;
            return;
        }
        truths[f]++;
        if (found.isPresent() && matches(field, found.get(), truth.get())) {
            right[f]++;
        } else {
            misses.append(String.format(Locale.ROOT, "  %s %-6s found %s, truth %s%n", id, field.name().toLowerCase(Locale.ROOT),
                    found.map(v -> "'" + v + "'").orElse("nothing"), "'" + truth.get() + "'"));
        }
    }

    /** The pages and fields found wrongly, one line each. */
    public String misses() {
        return misses.toString();
    }

    /** Whether a found value counts as the truth's. */
    static boolean matches(Field field, String found, String truth) {
        return switch (field) {
            case TITLE -> WordScore.of(found, truth).f1() >= TITLE_MIN_F1;
            case AUTHOR -> jaccard(words(found), words(truth)) >= AUTHOR_MIN_JACCARD;
            case DATE -> found.length() >= 10 && truth.length() >= 10 && found.substring(0, 10).equals(truth.substring(0, 10));
        };
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String t : Tokens.of(text.toLowerCase(Locale.ROOT))) {
            words.add(t);
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }

    /** The share of the pages whose truth gives the field on which winnow found it right. */
    public double accuracy(Field field) {
        int t = truths[field.ordinal()];
        return t == 0 ? 0 : (double) right[field.ordinal()] / t;
    }

    /** A table: per field, the share right, right of truths, and the pages where winnow gave one the truth lacks. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-8s %9s %14s %28s%n", "field", "accuracy", "right", "given where the truth has none"));
        for (Field field : Field.values()) {
            int f = field.ordinal();
            out.append(String.format(Locale.ROOT, "%-8s %9.3f %14s %28s%n", field.name().toLowerCase(Locale.ROOT),
                    accuracy(field), right[f] + " of " + truths[f], extra[f] + " of " + (pages - truths[f])));
        }
        return out.toString();
    }

    /** Scores every page in order. */
    public static MetadataEval of(List<Metadata> found, List<Truth> truths) {
        MetadataEval eval = new MetadataEval();
        for (int i = 0; i < found.size(); i++) {
            eval.add(found.get(i), truths.get(i));
        }
        return eval;
    }
}
