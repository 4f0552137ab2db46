package dev.winnow.report;

import static dev.winnow.report.Html.escape;

import dev.winnow.Label;
import dev.winnow.measure.LabelScores;
import dev.winnow.measure.Prf;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page of one document: every line in order, coloured by its label and with the label written beside
 * it; the rule and reason of a line shown on hover, on keyboard focus (every line can be tabbed to) or on a
 * tap; a run of blank lines shown as one row saying how many. A legend counts each label. Beside the
 * lines: the headline, the metadata and the clean article. With hand labels, each line labelled otherwise
 * is outlined and names both labels, and a table gives each label's precision, recall and F1. Needs no
 * script.
 */
final class DocumentPage {
    private DocumentPage() {
    }

    /**
     * The page's HTML.
     *
     * @param truth the document's hand labels, one per line, or null
     */
    static String render(ReportDocument doc, List<Label> truth, String truthFile) {
        return render(doc, truth, truthFile, null);
    }

    /**
     * The page's HTML; with a {@code reference} text (eval's worst pages) every word of a line that the
     * reference holds is marked, and the reference is shown beside the article.
     */
    static String render(ReportDocument doc, List<Label> truth, String truthFile, String reference) {
        java.util.Set<String> referenceWords = reference == null ? null : words(reference);
        StringBuilder out = new StringBuilder(256 + doc.lines().size() * 160);
        out.append(Html.head("winnow: " + doc.name(), Palette.styleSheet(), null));
        out.append("<header>\n<p><a href=\"../index.html\">All documents</a></p>\n<h1>")
                .append(escape(doc.name())).append("</h1>\n");
        if (!doc.url().isEmpty()) {
            out.append("<p>from ").append(escape(doc.source())).append("</p>\n");
        }
        long[] counts = doc.counts();
        out.append("<ul class=\"legend\" aria-label=\"lines by label\">");
        for (Label label : Label.values()) {
            out.append("<li class=\"").append(Palette.css(label)).append("\" data-label=\"").append(label.id())
                    .append("\">").append(label.id()).append(" <b data-count=\"").append(counts[label.ordinal()])
                    .append("\">").append(counts[label.ordinal()]).append("</b></li>");
        }
        out.append("</ul>\n</header>\n<main>\n<section aria-label=\"lines\">\n<ol class=\"lines\">\n");
        LabelScores scores = truth == null ? null : new LabelScores();
        List<ReportDocument.ReportLine> lines = doc.lines();
        for (int i = 0; i < lines.size(); ) {
            ReportDocument.ReportLine line = lines.get(i);
            if (line.label() == Label.BLANK && (truth == null || truth.get(i) == Label.BLANK)) {
                int end = i;
                while (end < lines.size() && lines.get(end).label() == Label.BLANK
                        && (truth == null || truth.get(end) == Label.BLANK)) {
                    end++;
                }
                int run = end - i;
                out.append("<li class=\"x-blank\" data-n=\"").append(i + 1).append("\" data-run=\"").append(run)
                        .append("\" data-label=\"blank\"><i>").append(run == 1 ? "a blank line" : run + " blank lines")
                        .append("</i></li>\n");
                i = end;
                continue;
            }
            Label expected = truth == null ? null : truth.get(i);
            if (scores != null) {
                scores.add(expected, line.label());
            }
            boolean miss = expected != null && expected != line.label();
            out.append("<li class=\"").append(Palette.css(line.label())).append(miss ? " miss" : "")
                    .append("\" tabindex=\"0\" data-n=\"").append(i + 1).append("\" data-label=\"")
                    .append(line.label().id()).append('"');
            if (expected != null) {
                out.append(" data-truth=\"").append(expected.id()).append('"');
            }
            // the rule and reason: a tooltip on hover, and shown by the style sheet on focus (no element each)
            out.append(" title=\"").append(escape(line.rule()));
            if (!line.reason().isEmpty()) {
                out.append(": ").append(escape(line.reason()));
            }
            out.append("\">");
            if (miss) {
                out.append("<b class=\"d\">truth: ").append(expected.id()).append("</b>");
            }
            out.append("<span class=\"t\">").append(referenceWords == null ? escape(line.text())
                    : marked(line.text(), referenceWords)).append("</span></li>\n");
            i++;
        }
        out.append("</ol>\n</section>\n<aside>\n");
        if (scores != null) {
            out.append("<section><h2>Against the hand labels</h2><p>").append(escape(truthFile)).append("</p>\n");
            out.append(scoreTable(scores)).append("</section>\n");
        }
        out.append("<section><h2>Headline</h2><p class=\"title\">")
                .append(doc.title().isEmpty() ? "<i>none found</i>" : escape(doc.title())).append("</p></section>\n");
        out.append("<section><h2>Metadata</h2>").append(metadata(doc.metadata())).append("</section>\n");
        out.append("<section><h2>Article (").append(String.format(Locale.ROOT, "%,d", doc.text().length()))
                .append(" characters)</h2><pre class=\"article\">").append(escape(doc.text())).append("</pre></section>\n");
        if (reference != null) {
            out.append("<section><h2>Reference (").append(String.format(Locale.ROOT, "%,d", reference.length()))
                    .append(" characters; its words are <mark>marked</mark> in the lines)</h2><pre class=\"article\">")
                    .append(escape(reference)).append("</pre></section>\n");
        }
        out.append("</aside>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\w+",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** The words ({@code \w+}, as METRICS.md tokenises) of a text, lowercase. */
    static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The line escaped, each of its words that {@code words} holds inside {@code <mark>}. */
    static String marked(String line, java.util.Set<String> words) {
        StringBuilder out = new StringBuilder(line.length() + 32);
        java.util.regex.Matcher m = WORD.matcher(line);
        int at = 0;
        while (m.find()) {
            if (words.contains(m.group().toLowerCase(Locale.ROOT))) {
                out.append(escape(line.substring(at, m.start()))).append("<mark>").append(escape(m.group())).append("</mark>");
                at = m.end();
            }
        }
        return out.append(escape(line.substring(at))).toString();
    }

    private static String metadata(Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return "<p><i>none found</i></p>";
        }
        StringBuilder out = new StringBuilder("<dl>");
        metadata.forEach((k, v) -> out.append("<dt>").append(escape(k)).append("</dt><dd>").append(escape(v)).append("</dd>"));
        return out.append("</dl>").toString();
    }

    /** Per label precision, recall and F1, macro-F1 and accuracy, as a table. */
    static String scoreTable(LabelScores scores) {
        StringBuilder out = new StringBuilder("<table class=\"scores\"><thead><tr><th>label</th><th class=\"num\">precision</th>"
                + "<th class=\"num\">recall</th><th class=\"num\">F1</th></tr></thead><tbody>");
        for (Label label : LabelScores.LABELS) {
            Prf prf = scores.of(label);
            out.append(String.format(Locale.ROOT, "<tr data-label=\"%s\"><td>%s</td><td class=\"num\">%.3f</td>"
                            + "<td class=\"num\">%.3f</td><td class=\"num\">%.3f</td></tr>",
                    label.id(), label.id(), prf.precision(), prf.recall(), prf.f1()));
        }
        out.append(String.format(Locale.ROOT, "</tbody></table><p>macro-F1 <b class=\"macro\">%.3f</b>, accuracy %.3f,"
                + " %d lines</p>", scores.macroF1(), scores.accuracy(), scores.total()));
        return out.toString();
    }
}
