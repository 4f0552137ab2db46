package dev.winnow.format;

import dev.winnow.Label;
import dev.winnow.Line;
import dev.winnow.Result;

/**
 * The human view of one result: a table of every line (number, label, rule, text, reason) in aligned
 * columns, then a separator, the headline and the clean article.
 *
 * <pre>
 *  1  navigation  navigation.line  Home                               whole line is 'home'
 *  2  body        body.title       Fuel prices trigger the protests   headline above the article
 *  3  blank
 * </pre>
 */
public final class ExplainView {
    /** Line texts are shortened to this many code points in the table. */
    static final int TEXT_WIDTH = 60;

    private ExplainView() {
    }

    /** Renders the table and the article; ends with a line end. */
    public static String render(Result result) {
        int numberWidth = String.valueOf(result.lines().size()).length();
        int labelWidth = "navigation".length();
        int ruleWidth = 4;
        for (Line line : result.lines()) {
            ruleWidth = Math.max(ruleWidth, line.rule().length());
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("%" + numberWidth + "s  %-" + labelWidth + "s  %-" + ruleWidth + "s  %-"
                + TEXT_WIDTH + "s  %s", "#", "label", "rule", "text", "reason")).append('\n');
        for (Line line : result.lines()) {
            String row = line.label() == Label.BLANK
                    ? String.format("%" + numberWidth + "d  %s", line.number(), line.label().id())
                    : String.format("%" + numberWidth + "d  %-" + labelWidth + "s  %-" + ruleWidth + "s  %-"
                            + TEXT_WIDTH + "s  %s", line.number(), line.label().id(), line.rule(),
                            Lines.truncate(line.text().strip(), TEXT_WIDTH), line.reason());
            out.append(row.stripTrailing()).append('\n');
        }
        long body = result.count(Label.BODY);
        out.append("\n==== article: ").append(body).append(" of ").append(result.lines().size())
                .append(" lines are body ====\n\n");
        out.append("title: ").append(result.title().orElse("(none found)")).append("\n\n");
        if (!result.text().isEmpty()) {
            out.append(result.text()).append('\n');
        }
        return out.toString();
    }
}
