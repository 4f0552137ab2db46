package dev.winnow.report;

import static dev.winnow.report.Html.escape;

import dev.winnow.Label;
import dev.winnow.measure.LabelScores;
import java.util.List;
import java.util.Locale;

/**
 * The report's first page: the batch's lines per label on top (and with hand labels each label's
 * precision, recall and F1 over the batch), then a row per document with its name linking to its page,
 * its headline, article length, lines, a bar of its lines by label and its count of each. The rows read
 * without script; a small script of the page's own (the only one its policy allows) sorts them by any
 * column, from a button in the column's head.
 */
final class IndexPage {
    private IndexPage() {
    }

    /** One document's row. {@code scores} is null without hand labels for it. */
    record Row(int number, String name, String href, String title, int articleChars, long[] counts, LabelScores scores) {
        long lines() {
            long n = 0;
            for (long c : counts) {
                n += c;
            }
            return n;
        }
    }

    static final String SORT_SCRIPT = "document.querySelectorAll('th button').forEach(function(b){"
            + "b.addEventListener('click',function(){var t=b.closest('table'),tb=t.tBodies[0],"
            + "rows=Array.prototype.slice.call(tb.rows),k=+b.getAttribute('data-col'),"
            + "num=b.getAttribute('data-num')==='1',asc=b.getAttribute('data-dir')!=='asc';"
            + "rows.sort(function(x,y){var a=x.cells[k].getAttribute('data-v'),c=y.cells[k].getAttribute('data-v');"
            + "var r=num?(+a)-(+c):a.localeCompare(c);return asc?r:-r;});"
            + "t.querySelectorAll('th button').forEach(function(o){o.removeAttribute('data-dir');"
            + "o.parentNode.removeAttribute('aria-sort');});"
            + "b.setAttribute('data-dir',asc?'asc':'desc');b.parentNode.setAttribute('aria-sort',asc?'ascending':'descending');"
            + "rows.forEach(function(r){tb.appendChild(r);});});});";

    static String render(List<Row> rows, LabelScores batchScores, List<String> problems, String preformatted) {
        long[] totals = new long[Label.values().length];
        for (Row row : rows) {
            for (int l = 0; l < totals.length; l++) {
                totals[l] += row.counts()[l];
            }
        }
        boolean truth = rows.stream().anyMatch(r -> r.scores() != null);
        StringBuilder out = new StringBuilder(4096 + rows.size() * 700);
        out.append(Html.head("winnow report: " + rows.size() + " documents", Palette.styleSheet(), SORT_SCRIPT));
        out.append("<header>\n<h1>winnow report: ").append(rows.size()).append(rows.size() == 1 ? " document" : " documents")
                .append("</h1>\n<ul class=\"legend\" aria-label=\"lines by label, all documents\">");
        for (Label label : Label.values()) {
            out.append("<li class=\"").append(Palette.css(label)).append("\" data-label=\"").append(label.id())
                    .append("\">").append(label.id()).append(" <b data-count=\"").append(totals[label.ordinal()])
                    .append("\">").append(String.format(Locale.ROOT, "%,d", totals[label.ordinal()])).append("</b></li>");
        }
        out.append("</ul>\n");
        if (truth) {
            out.append("<h2>Against the hand labels (").append(rows.stream().filter(r -> r.scores() != null).count())
                    .append(" documents)</h2>\n").append(DocumentPage.scoreTable(batchScores)).append('\n');
        }
        if (preformatted != null) {
            out.append("<pre class=\"table\">").append(escape(preformatted)).append("</pre>\n");
        }
        if (!problems.isEmpty()) {
            out.append("<h2>Problems</h2><ul class=\"problems\">");
            problems.forEach(p -> out.append("<li>").append(escape(p)).append("</li>"));
            out.append("</ul>\n");
        }
        out.append("</header>\n<main style=\"display:block\">\n<table id=\"documents\">\n<thead><tr>");
        String[] heads = {"#", "document", "headline", "article chars", "lines", "labels"};
        boolean[] numeric = {true, false, false, true, true, true};
        int col = 0;
        for (int h = 0; h < heads.length; h++, col++) {
            header(out, heads[h], col, numeric[h]);
        }
        for (Label label : Label.values()) {
            header(out, label.id(), col++, true);
        }
        if (truth) {
            header(out, "macro-F1", col++, true);
            header(out, "accuracy", col, true);
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            out.append("<tr><td class=\"num\" data-v=\"").append(row.number()).append("\">").append(row.number())
                    .append("</td><td data-v=\"").append(escape(row.name())).append("\"><a href=\"").append(row.href())
                    .append("\">").append(escape(row.name())).append("</a></td><td data-v=\"").append(escape(row.title()))
                    .append("\">").append(escape(row.title())).append("</td><td class=\"num\" data-v=\"")
                    .append(row.articleChars()).append("\">").append(String.format(Locale.ROOT, "%,d", row.articleChars()))
                    .append("</td><td class=\"num\" data-v=\"").append(row.lines()).append("\">").append(row.lines())
                    .append("</td><td data-v=\"").append(visibleShare(row)).append("\">").append(bar(row)).append("</td>");
            for (Label label : Label.values()) {
                long c = row.counts()[label.ordinal()];
                out.append("<td class=\"num\" data-v=\"").append(c).append("\">").append(c).append("</td>");
            }
            if (truth) {
                double macro = row.scores() == null ? -1 : row.scores().macroF1();
                double accuracy = row.scores() == null ? -1 : row.scores().accuracy();
                out.append(cell(macro)).append(cell(accuracy));
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</main>\n<script>").append(SORT_SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void header(StringBuilder out, String name, int col, boolean numeric) {
        out.append("<th").append(numeric ? " class=\"num\"" : "").append("><button type=\"button\" data-col=\"")
                .append(col).append("\" data-num=\"").append(numeric ? 1 : 0).append("\">").append(escape(name))
                .append("</button></th>");
    }

    private static String cell(double value) {
        return value < 0 ? "<td class=\"num\" data-v=\"-1\">-</td>"
                : String.format(Locale.ROOT, "<td class=\"num\" data-v=\"%.4f\">%.3f</td>", value, value);
    }

    /** The share of body lines among the visible ones, the bar's sort key. */
    private static String visibleShare(Row row) {
        long visible = row.lines() - row.counts()[Label.BLANK.ordinal()];
        return visible == 0 ? "0" : String.format(Locale.ROOT, "%.4f", (double) row.counts()[Label.BODY.ordinal()] / visible);
    }

    /** The visible lines as a bar of one part per label, its width the label's share. */
    private static String bar(Row row) {
        long visible = row.lines() - row.counts()[Label.BLANK.ordinal()];
        StringBuilder out = new StringBuilder("<span class=\"bar\" role=\"img\" aria-label=\"");
        StringBuilder parts = new StringBuilder();
        StringBuilder label = new StringBuilder();
        for (Label l : LabelScores.LABELS) {
            long c = row.counts()[l.ordinal()];
            if (c > 0 && visible > 0) {
                parts.append(String.format(Locale.ROOT, "<span class=\"%s\" style=\"width:%.2f%%\"></span>",
                        Palette.css(l), 100.0 * c / visible));
                label.append(label.length() == 0 ? "" : ", ").append(c).append(' ').append(l.id());
            }
        }
        return out.append(label.length() == 0 ? "no visible lines" : label).append("\">").append(parts).append("</span>")
                .toString();
    }
}
