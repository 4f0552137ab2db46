package dev.winnow.report;

import dev.winnow.Label;

/**
 * The colours of the labels, from the Okabe-Ito palette (told apart by readers with the common forms of
 * colour blindness), with the label's name always written beside the colour, and the style sheet of the
 * report's pages.
 */
final class Palette {
    private Palette() {
    }

    /** The colour of a label. */
    static String colour(Label label) {
        return switch (label) {
            case BODY -> "#0072B2";
            case CAPTION -> "#E69F00";
            case CREDIT -> "#009E73";
            case AD -> "#D55E00";
            case NAVIGATION -> "#8C8C8C";
            case BLANK -> "#DDDDDD";
        };
    }

    /** The CSS class of a label: {@code x-body}, ... */
    static String css(Label label) {
        return "x-" + label.id();
    }

    /** The style sheet shared by the index and the documents' pages. */
    static String styleSheet() {
        StringBuilder css = new StringBuilder("""
                body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fff}
                header{padding:12px 20px;border-bottom:1px solid #ddd;background:#fafafa}
                header h1{font-size:18px;margin:0 0 4px}
                a{color:#005a8c}
                .legend{list-style:none;padding:0;margin:6px 0 0;display:flex;flex-wrap:wrap;gap:6px}
                .legend li{padding:2px 8px;border-radius:3px;border-left-width:6px;border-left-style:solid}
                main{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:20px;padding:12px 20px}
                @media (max-width:900px){main{grid-template-columns:1fr}}
                ol.lines{list-style:none;margin:0;padding:0}
                ol.lines li{position:relative;display:block;min-height:1.45em;padding:1px 4px 1px 11.6em;border-left-width:6px;border-left-style:solid;margin:1px 0;white-space:pre-wrap;overflow-wrap:anywhere}
                ol.lines li::before{content:attr(data-n) "\\A0\\A0" attr(data-label);position:absolute;left:4px;width:11em;overflow:hidden;color:#444;font-size:12px;line-height:1.7;white-space:nowrap;font-variant-numeric:tabular-nums}
                ol.lines li:hover::after,ol.lines li:focus::after{content:attr(title);position:absolute;z-index:2;left:11em;top:100%;max-width:60em;background:#222;color:#fff;padding:4px 8px;border-radius:3px;white-space:normal;font-size:13px}
                ol.lines li:focus{outline:2px solid #000;outline-offset:1px}
                .miss{box-shadow:inset 0 0 0 2px #000}
                .d{font-weight:600;background:#fff;border:1px solid #000;padding:0 4px;margin-right:8px;white-space:nowrap;font-size:12px}
                ol.lines i{color:#666}
                aside section{margin-bottom:16px}
                aside h2,h2{font-size:15px;margin:8px 0}
                pre.article{white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.5 Georgia,serif;background:#fafafa;padding:8px;border:1px solid #eee}
                mark{background:#F0E442;color:inherit}
                pre.table{font:12px/1.4 ui-monospace,monospace;overflow-x:auto}
                table{border-collapse:collapse}
                td,th{padding:3px 8px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
                td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
                th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
                .bar{display:flex;width:220px;height:12px;background:#eee}
                .bar span{display:block;height:12px}
                dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0}
                dt{color:#555}
                dd{margin:0;overflow-wrap:anywhere}
                """);
        for (Label label : Label.values()) {
            String colour = colour(label);
            css.append('.').append(css(label)).append("{border-left-color:").append(colour)
                    .append(";background:").append(colour).append(label == Label.BLANK ? "10" : "1F").append("}\n");
            css.append(".bar .").append(css(label)).append("{background:").append(colour).append("}\n");
        }
        return css.toString();
    }
}
