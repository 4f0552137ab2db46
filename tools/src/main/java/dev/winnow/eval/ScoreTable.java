package dev.winnow.eval;

import dev.winnow.measure.Prf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The score table of {@code winnow eval}: one row per page type and engine (engines in the order
 * asked, grouped by type, types sorted, then {@code all}), with the number of pages, how many the
 * engine failed on (scored as empty extractions), and the corpus word and shingle figures.
 */
final class ScoreTable {
    private static final String HEADER = "%-14s %-11s %6s %6s %7s %7s %7s %9s %9s %10s%n";
    private static final String ROW = "%-14s %-11s %6d %6d %7.3f %7.3f %7.3f %9.3f %9.3f %10.3f%n";

    private ScoreTable() {
    }

    /** One page's scores for one engine. */
    record PageScore(Wcxb.Page page, String engine, Prf word, ShingleScore shingle, String failure) {
        static PageScore of(Wcxb.Page page, String engine, Extraction extraction, String reference) {
            return new PageScore(page, engine, WordScore.of(extraction.text(), reference),
                    ShingleScore.of(extraction.text(), reference), extraction.failure());
        }
    }

    /** The table of the given scores; {@code engines} gives the order of the rows within a type. */
    static String render(List<String> engines, List<PageScore> scores) {
        Map<String, List<PageScore>> byType = new TreeMap<>();
        for (PageScore s : scores) {
            byType.computeIfAbsent(s.page().type(), k -> new ArrayList<>()).add(s);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, HEADER, "type", "engine", "pages", "failed",
                "word-P", "word-R", "word-F1", "shingle-P", "shingle-R", "shingle-F1"));
        String gap = engines.size() > 1 ? "\n" : "";
        for (Map.Entry<String, List<PageScore>> type : byType.entrySet()) {
            rows(out, type.getKey(), engines, type.getValue());
            out.append(gap);
        }
        if (byType.size() > 1) {
            rows(out, "all", engines, scores);
        } else if (!gap.isEmpty()) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, String type, List<String> engines, List<PageScore> scores) {
        for (String engine : engines) {
            List<PageScore> mine = scores.stream().filter(s -> s.engine().equals(engine)).toList();
            Prf word = WordScore.corpus(mine.stream().map(PageScore::word).toList());
            Prf shingle = ShingleScore.corpus(mine.stream().map(PageScore::shingle).toList());
            long failed = mine.stream().filter(s -> s.failure() != null).count();
            out.append(String.format(Locale.ROOT, ROW, type, engine, mine.size(), failed, word.precision(),
                    word.recall(), word.f1(), shingle.precision(), shingle.recall(), shingle.f1()));
        }
    }

    /** The failed pages of each engine, one line each: id, type, reason. Empty when none failed. */
    static String failures(List<String> engines, List<PageScore> scores) {
        StringBuilder out = new StringBuilder();
        for (String engine : engines) {
            List<PageScore> failed = scores.stream().filter(s -> s.engine().equals(engine) && s.failure() != null)
                    .toList();
            if (failed.isEmpty()) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%n%s failed on %d pages (scored as empty extractions):%n", engine,
                    failed.size()));
            failed.forEach(s -> out.append(String.format(Locale.ROOT, "  %s %-13s %s%n", s.page().id(),
                    s.page().type(), s.failure())));
        }
        return out.toString();
    }

    /** The {@code n} pages with the lowest word F1 of each engine, with their word and shingle precision and recall. */
    static String worst(List<String> engines, List<PageScore> scores, int n) {
        StringBuilder out = new StringBuilder();
        for (String engine : engines) {
            out.append(String.format(Locale.ROOT, "%nworst pages by word F1 (%s):%n", engine));
            scores.stream().filter(s -> s.engine().equals(engine))
                    .sorted(Comparator.comparingDouble(s -> s.word().f1())).limit(n)
                    .forEach(s -> out.append(String.format(Locale.ROOT, "%s %-13s word P %.3f R %.3f F1 %.3f  shingle P %.3f R %.3f  %s%s%n",
                            s.page().id(), s.page().type(), s.word().precision(), s.word().recall(), s.word().f1(),
                            s.shingle().precision(), s.shingle().recall(),
                            s.page().url(), s.failure() == null ? "" : "  (failed: " + s.failure() + ")")));
        }
        return out.toString();
    }
}
