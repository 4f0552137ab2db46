package dev.winnow;

import dev.winnow.classify.Assessment;
import dev.winnow.context.ContextPass;
import dev.winnow.text.Text;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the pages of one site have in common: the lines that appear word for word (once normalised) on
 * several pages of the same host in a batch. Menus, footers, promotion and newsletter blocks repeat so;
 * an article's own lines do not. A line on at least {@link #minPages()} pages of its host is boilerplate:
 * {@link Cleaner} labels it navigation (unless a data rule gave it ad or credit), with the reason
 * {@code on 12 pages of example.org}. A line of long prose is never taken for boilerplate by this alone
 * (a paragraph one article quotes from another).
 *
 * <p>Built in a first pass over the batch ({@link Builder#add}), then used in a second. The counts do not
 * depend on the order of the pages. Memory is bounded: lines longer than {@value #MAX_LINE_CHARS}
 * characters are not counted, and at most {@value #MAX_LINES_PER_HOST} different lines per host are kept
 * (past it, those with the smallest fingerprints, whatever the order the pages came in). As a last guard,
 * at most {@value #MAX_LINES} lines are kept in all (about 100 MB); a batch that reaches it keeps the lines
 * with the smallest keys of those seen, which can depend on the order of the pages. Immutable once
 * built, and thread-safe.
 */
public final class SiteMemory {
    /** A line must appear on at least this many pages of its host, by default. */
    public static final int DEFAULT_MIN_PAGES = 2;
    /**
     * Only a line of at most this many words is taken for boilerplate by its repeats: menus, buttons,
     * section names and footer links are short, while a longer line repeated on a site's pages (a product
     * list's fields, a listing's standard sentence) is as often its content.
     */
    public static final int MAX_WORDS = 6;
    /** Longer lines are not counted: boilerplate lines are short. */
    public static final int MAX_LINE_CHARS = 200;
    /** The most different lines kept per host. */
    public static final int MAX_LINES_PER_HOST = 50_000;
    /** The most different lines kept in all. */
    public static final int MAX_LINES = 2_000_000;

    private final int minPages;
    /** Per host: line fingerprint to the number of pages it is on (only those on at least minPages). */
    private final Map<String, Map<Long, Integer>> repeated;

    private SiteMemory(int minPages, Map<String, Map<Long, Integer>> repeated) {
        this.minPages = minPages;
        this.repeated = repeated;
    }

    /** An empty builder: lines on at least {@code minPages} pages of a host are boilerplate. */
    public static Builder builder(int minPages) {
        return new Builder(minPages);
    }

    /** An empty builder with {@link #DEFAULT_MIN_PAGES}. */
    public static Builder builder() {
        return new Builder(DEFAULT_MIN_PAGES);
    }

    /** How many pages of its host a line must appear on to be boilerplate. */
    public int minPages() {
        return minPages;
    }

    /** No site: a page cleaned alone. */
    public static Site site(SiteMemory memory, String address) {
        return memory == null ? Site.NONE : memory.site(host(address));
    }

    /** The lines of one host, for cleaning one of its pages; an empty site for an unknown host. */
    public Site site(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return new Site(h, repeated.getOrDefault(h, Map.of()));
    }

    /**
     * The host of a page's address, lowercase and without {@code www.}; empty when the address has none.
     */
    public static String host(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(address.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The fingerprint of a line: its normal form's, or 0 when it is not counted (blank, too long). */
    static long fingerprint(String line) {
        if (line.length() > MAX_LINE_CHARS * 2) {
            return 0;
        }
        String normal = Text.normalize(line);
        if (normal.length() < 3 || normal.length() > MAX_LINE_CHARS) {
            return 0;
        }
        // FNV-1a, 64 bits: spread enough that two lines of a host do not share one
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < normal.length(); i++) {
            h ^= normal.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** The boilerplate lines of one host. */
    public static final class Site {
        /** No site: nothing is boilerplate by its repeats. */
        public static final Site NONE = new Site("", Map.of());

        private final String host;
        private final Map<Long, Integer> pages;

        private Site(String host, Map<Long, Integer> pages) {
            this.host = host;
            this.pages = pages;
        }

        /** On how many pages of the host the line appears, when that makes it boilerplate; else 0. */
        int pages(String line) {
            long f = fingerprint(line);
            return f == 0 ? 0 : pages.getOrDefault(f, 0);
        }

        String host() {
            return host;
        }

        boolean isEmpty() {
            return pages.isEmpty();
        }

        /** A short line over prose (the next visible line reads as sentences): a heading of the content. */
        private static boolean headsProse(List<Assessment> lines, int i) {
            int j = ContextPass.nextVisible(lines, i);
            Assessment next = j < 0 ? null : lines.get(j);
            return next != null && !lines.get(i).features().terminal() && (next.quality() == Assessment.Quality.GOOD
                    || next.quality() == Assessment.Quality.NEAR && next.features().terminal());
        }

        /**
         * The decisions with this site's boilerplate lines labelled navigation: every short visible line on
         * at least the memory's number of the host's pages, unless it is prose, code, a heading over prose,
         * or a data rule labelled it ad or credit.
         */
        List<ContextPass.Decision> revise(List<String> texts, List<Assessment> assessments, List<ContextPass.Decision> decisions) {
            if (pages.isEmpty()) {
                return decisions;
            }
            List<ContextPass.Decision> out = new java.util.ArrayList<>(decisions);
            for (int i = 0; i < texts.size(); i++) {
                Assessment a = assessments.get(i);
                ContextPass.Decision d = decisions.get(i);
                if (a.quality() == Assessment.Quality.BLANK || a.quality() == Assessment.Quality.GOOD
                        || d.label() == Label.NAVIGATION || a.features().codeLike() || a.features().code() > 0
                        || headsProse(assessments, i)
                        || a.quality() == Assessment.Quality.RULE && (a.label() == Label.AD || a.label() == Label.CREDIT)) {
                    continue;
                }
                int n = a.features().words() <= MAX_WORDS ? pages(texts.get(i)) : 0;
                if (n > 0) {
                    out.set(i, new ContextPass.Decision(Label.NAVIGATION, 0.9, "navigation.site",
                            "on " + n + " pages of " + host));
                }
            }
            return out;
        }
    }

    /**
     * Counts the lines of a batch's pages, per host. Past a bound ({@link #MAX_LINES_PER_HOST} per host,
     * {@link #MAX_LINES} in all), the lines with the smallest fingerprints are kept and no larger one is
     * counted again; {@link #build} then keeps exactly the smallest, so the memory is the same in any
     * order of the pages. Not thread-safe.
     */
    public static final class Builder {
        private final int minPages;
        private final Map<String, Map<Long, Integer>> counts = new HashMap<>();
        /** Per host: no fingerprint above this is counted (it was trimmed). */
        private final Map<String, Long> hostBound = new HashMap<>();
        /** No line whose key in all (its host's and its own fingerprint mixed) is above this is counted. */
        private long bound = -1L; // the largest unsigned value: no bound yet
        private long kept;

        private Builder(int minPages) {
            if (minPages < 2) {
                throw new IllegalArgumentException("a line must be on at least 2 pages of a site, not " + minPages);
            }
            this.minPages = minPages;
        }

        /** A line's key among all hosts' lines: its fingerprint mixed with its host's. */
        private static long key(String host, long fingerprint) {
            long h = fingerprint ^ (host.hashCode() * 0x9E3779B97F4A7C15L);
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            return h ^ (h >>> 33);
        }

        /** Counts the lines of one page of a host (each line once per page). */
        public Builder add(String host, Iterable<String> lines) {
            Objects.requireNonNull(lines, "lines");
            if (host == null || host.isEmpty()) {
                return this;
            }
            String h = host.toLowerCase(Locale.ROOT);
            long limit = hostBound.getOrDefault(h, -1L);
            Set<Long> own = new HashSet<>();
            for (String line : lines) {
                long f = fingerprint(line);
                if (f != 0 && Long.compareUnsigned(f, limit) <= 0 && Long.compareUnsigned(key(h, f), bound) <= 0) {
                    own.add(f);
                }
            }
            Map<Long, Integer> site = counts.computeIfAbsent(h, k -> new HashMap<>());
            for (long f : own) {
                if (site.merge(f, 1, Integer::sum) == 1) {
                    kept++;
                }
            }
            if (site.size() > MAX_LINES_PER_HOST) {
                long b = smallest(site.keySet().stream().mapToLong(Long::longValue).toArray(), MAX_LINES_PER_HOST);
                hostBound.put(h, b);
                int before = site.size();
                site.keySet().removeIf(k -> Long.compareUnsigned(k, b) > 0);
                kept -= before - site.size();
            }
            if (kept > MAX_LINES) {
                trimAll();
            }
            return this;
        }

        /** Keeps the {@link #MAX_LINES} lines of all hosts with the smallest keys. */
        private void trimAll() {
            long[] keys = new long[(int) kept];
            int k = 0;
            for (Map.Entry<String, Map<Long, Integer>> e : counts.entrySet()) {
                for (long f : e.getValue().keySet()) {
                    keys[k++] = key(e.getKey(), f);
                }
            }
            bound = smallest(java.util.Arrays.copyOf(keys, k), MAX_LINES);
            kept = 0;
            for (Map.Entry<String, Map<Long, Integer>> e : counts.entrySet()) {
                e.getValue().keySet().removeIf(f -> Long.compareUnsigned(key(e.getKey(), f), bound) > 0);
                kept += e.getValue().size();
            }
        }

        /** The {@code size}-th smallest of the values (unsigned), or the largest when there are fewer. */
        private static long smallest(long[] values, int size) {
            long[] sorted = values.clone();
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] ^= Long.MIN_VALUE; // unsigned order as signed
            }
            java.util.Arrays.sort(sorted);
            return sorted[Math.min(size, sorted.length) - 1] ^ Long.MIN_VALUE;
        }

        /** Counts the lines of a result (a page already cleaned). */
        public Builder add(String host, Result result) {
            return add(host, () -> result.lines().stream().map(Line::text).iterator());
        }

        /** The memory: per host, the lines on at least {@code minPages} of its pages. */
        public SiteMemory build() {
            for (String host : hostBound.keySet()) {
                Map<Long, Integer> site = counts.get(host);
                if (site.size() > MAX_LINES_PER_HOST) {
                    long b = smallest(site.keySet().stream().mapToLong(Long::longValue).toArray(), MAX_LINES_PER_HOST);
                    site.keySet().removeIf(k -> Long.compareUnsigned(k, b) > 0);
                }
            }
            Map<String, Map<Long, Integer>> repeated = new HashMap<>();
            counts.forEach((host, site) -> {
                Map<Long, Integer> keep = new HashMap<>();
                site.forEach((f, n) -> {
                    if (n >= minPages) {
                        keep.put(f, n);
                    }
                });
                if (!keep.isEmpty()) {
                    repeated.put(host, Map.copyOf(keep));
                }
            });
            return new SiteMemory(minPages, Map.copyOf(repeated));
        }
    }
}
