package dev.winnow.context;

import dev.winnow.Config;
import dev.winnow.Label;
import dev.winnow.classify.Assessment;
import dev.winnow.classify.Assessment.Quality;
import dev.winnow.classify.LinePass;
import dev.winnow.classify.RepeatKeys;
import dev.winnow.context.ArticleRegion.Attempt;
import dev.winnow.lexicon.Features;
import dev.winnow.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * The second pass: each line in its context. It reads the first pass's assessments and decides every
 * label in fixed steps, each collecting its decisions before the next step reads them:
 * <ol>
 *   <li>find the article region: the run of lines whose weights (prose counts for, short lines,
 *       boilerplate and section headings against) have the largest sum; when it holds too little text,
 *       or too small a share of the page's text, retry with more permissive weights (the retry ladder);
 *       when a line repeats at regular intervals and the records between its repeats hold more than
 *       twice the region's text, they are the content;</li>
 *   <li>find the headline above the region and the standfirst between them;</li>
 *   <li>label each line: inside the region undecided lines are body; outside it they take the role of
 *       the section they stand in (navigation unless a heading opened an ad or credit section);</li>
 *   <li>revise in context: captions before photo credits, image titles before captions, teasers.</li>
 * </ol>
 */
public final class ContextPass {
    /** How many visible lines a credit section (after "About the author") lasts. */
    static final int CREDIT_SECTION_LINES = 3;
    /** How many visible lines an ad section (after "Download our apps") lasts at most. */
    static final int AD_SECTION_LINES = 3;
    /** An image title before a caption has at most this many words. */
    static final int IMAGE_TITLE_MAX_WORDS = 15;
    /** A teaser ending in an ellipsis has at most this many words. */
    static final int TEASER_MAX_WORDS = 40;

    /** One line's final decision. */
    public record Decision(Label label, double confidence, String rule, String reason) {
    }

    private final Config config;

    public ContextPass(Config config) {
        this.config = config;
    }

    /**
     * The decided labels, the index of the headline line (or -1), and the article region: its first and last
     * line ({@code from > to} when there is none).
     */
    public record Outcome(List<Decision> decisions, int title, int from, int to) {
    }

    public Outcome revise(List<Assessment> lines, List<String> keys) {
        return revise(lines, RepeatKeys.ofKeys(keys), null);
    }

    /** {@link #revise(List, RepeatKeys, MarkupEvidence)} with the keys as {@link #keys} returns them. */
    public Outcome revise(List<Assessment> lines, List<String> keys, MarkupEvidence markup) {
        return revise(lines, RepeatKeys.ofKeys(keys), markup);
    }

    /**
     * Decides every line. {@code markup} is the evidence of the lines' HTML page, or null for a text
     * dump: it shifts the weights and names the role of chrome.
     */
    public Outcome revise(List<Assessment> lines, RepeatKeys keys, MarkupEvidence markup) {
        return revise(lines, keys, markup, null);
    }

    /** Per line, whether its text repeats and it heads no prose (a loop kept out of {@link #revise}, as in {@code Pipeline}). */
    private static boolean[] repeatedMenuLines(List<Assessment> lines, RepeatKeys keys) {
        boolean[] repeated = new boolean[keys.lines()];
        for (int i = 0; i < repeated.length; i++) {
            repeated[i] = keys.repeated(i) && !headsProse(lines, i);
        }
        return repeated;
    }

    /**
     * {@link #revise(List, RepeatKeys, MarkupEvidence)} with the clues of a comment thread the article region
     * must not enter ({@link CommentThreads#clues}; null for none).
     */
    public Outcome revise(List<Assessment> lines, RepeatKeys keys, MarkupEvidence markup, CommentThreads.Clues clues) {
        boolean[] repeated = repeatedMenuLines(lines, keys);
        int n = lines.size();
        CommentThreads.Thread thread = clues == null ? null : CommentThreads.find(lines, clues);
        ArticleRegion.Found found = ArticleRegion.find(lines, keys, repeated, markup, config.minArticleChars(), thread);
        int[] region = found.region();
        Attempt used = found.attempt();
        Decision[] out = new Decision[n];
        int title = title(lines, region[0], markup);
        int bodyFrom = title >= 0 ? title : region[0];
        label(lines, region, bodyFrom, title, used, repeated, markup, out);
        if (thread != null && thread.announced()) {
            comments(lines, thread, region, out);
        }
        captions(lines, markup, out);
        teasers(lines, region, out);
        return new Outcome(List.of(out), title, region[0], region[1]);
    }

    /**
     * The lines of a comment thread outside the region: navigation, its stamps and names too (LABELS.md:
     * reader comments and everything around them), but not an ad a rule found among them; the line model
     * does not revise them ({@code locked.txt}).
     */
    private static void comments(List<Assessment> lines, CommentThreads.Thread thread, int[] region, Decision[] out) {
        String reason = "in a comment thread (date-and-time stamps, lines " + (thread.from() + 1) + " to " + (thread.to() + 1) + ")";
        for (int i = thread.from(); i <= thread.to(); i++) {
            if (lines.get(i).section() == null && (i < region[0] || i > region[1]) && out[i].label() != Label.BLANK
                    && out[i].label() != Label.AD) {
                out[i] = new Decision(Label.NAVIGATION, 0.7, "navigation.comments", reason);
            }
        }
    }

    /** For each line, the normalised text used to find repeated lines, or null when too short or long. */
    public static List<String> keys(List<String> texts) {
        List<String> keys = new ArrayList<>(texts.size());
        char[] buffer = new char[LinePass.MAX_LIST_LINE_CHARS];
        for (String t : texts) {
            String key = t.length() <= LinePass.MAX_LIST_LINE_CHARS ? Text.normalize(t, buffer) : "";
            keys.add(key.length() >= 3 ? key : null);
        }
        return keys;
    }

    /**
     * True when line {@code i} reads like a subheading over prose: a short line without a sentence end
     * whose next visible line is long prose. Such a line may repeat (a meal plan's "Breakfast" each day, a
     * recipe series' "Ingredients") and still be the article's, unlike a menu item, which repeats among
     * other short lines.
     */
    static boolean headsProse(List<Assessment> lines, int i) {
        Features f = lines.get(i).features();
        if (f.terminal() || f.words() == 0 || f.words() > ArticleRegion.MENU_MAX_WORDS + 3) {
            return false;
        }
        int j = nextVisible(lines, i);
        return j >= 0 && lines.get(j).quality() == Quality.GOOD;
    }

    public static int nextVisible(List<Assessment> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (lines.get(j).quality() != Quality.BLANK) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The headline: the nearest title-like undecided line above the region with a byline or date line
     * under it, else the nearest title-like one within {@link Config#titleLookback()} lines; or -1.
     */
    private int title(List<Assessment> lines, int start, MarkupEvidence markup) {
        if (markup != null) {
            int seen = 0;
            for (int i = Math.min(start, lines.size() - 1); i >= 0 && seen < config.titleLookback(); i--) {
                if (lines.get(i).quality() != Quality.BLANK) {
                    seen++;
                }
                if (markup.h1(i) && !lines.get(i).decided()) {
                    return i;
                }
            }
        }
        int nearest = -1;
        int seen = 0;
        for (int i = start - 1; i >= 0 && seen < Math.max(config.titleLookback(), BYLINE_TITLE_LOOKBACK); i--) {
            Assessment a = lines.get(i);
            if (a.quality() == Quality.BLANK) {
                continue;
            }
            seen++;
            if (a.section() != null && a.section().barrier()) {
                break;
            }
            if (a.decided() || !titleLike(a.features())) {
                continue;
            }
            if (bylineBelow(lines, i)) {
                return i;
            }
            if (nearest < 0 && seen <= config.titleLookback()) {
                nearest = i;
            }
        }
        return nearest;
    }

    /**
     * A headline followed by its byline or date is found this many visible lines above the article (past a
     * table of contents); one without, only {@link Config#titleLookback()} lines above.
     */
    static final int BYLINE_TITLE_LOOKBACK = 60;
    /** The rule of a line that is navigation only because it stands outside the article region. */
    static final String OUTSIDE_RULE = "navigation.outside";
    /** The byline or date line under a headline is one of the next this many visible lines. */
    static final int BYLINE_GAP = 3;

    /** A headline ends without a full stop, or asks ("What Is Cloud Computing?"), in 3 to 30 words of text. */
    static boolean titleLike(Features f) {
        return f.words() >= 3 && f.words() <= 30 && (!f.terminal() || f.question()) && !f.ellipsis() && !f.url()
                && f.separators() == 0 && f.letters() > f.digits() && !f.codeLike();
    }

    /** Whether one of the {@value #BYLINE_GAP} visible lines after line {@code i} is one the rules made a credit. */
    private static boolean bylineBelow(List<Assessment> lines, int i) {
        int seen = 0;
        for (int j = i + 1; j < lines.size() && seen < BYLINE_GAP; j++) {
            Assessment b = lines.get(j);
            if (b.quality() == Quality.BLANK) {
                continue;
            }
            seen++;
            if (b.decided() && b.label() == Label.CREDIT && !b.rule().contains("photo")) {
                return true;
            }
        }
        return false;
    }

    private void label(List<Assessment> lines, int[] region, int bodyFrom, int title, Attempt attempt,
                       boolean[] repeated, MarkupEvidence markup, Decision[] out) {
        IntPredicate container = markup == null ? null : markup.proseInContainer(region, lines);
        Label mode = Label.NAVIGATION;
        int creditLeft = 0;
        int adLeft = 0;
        for (int i = 0; i < lines.size(); i++) {
            Assessment a = lines.get(i);
            boolean inRegion = i >= region[0] && i <= region[1];
            if (a.quality() == Quality.BLANK) {
                out[i] = new Decision(Label.BLANK, 1, a.rule(), a.reason());
                continue;
            }
            if (a.section() != null) {
                mode = a.section().label();
                creditLeft = mode == Label.CREDIT ? CREDIT_SECTION_LINES : 0;
                adLeft = mode == Label.AD ? AD_SECTION_LINES : 0;
                out[i] = new Decision(a.label(), 0.9, a.rule(), a.reason());
                continue;
            }
            if (a.decided()) {
                Decision teaser = markup != null && !inRegion && a.label() == Label.CAPTION ? markup.teaserCaption(i) : null;
                out[i] = teaser != null ? teaser : new Decision(a.label(), 0.9, a.rule(), a.reason());
                continue;
            }
            Decision byMarkup = markup == null ? null : inRegion ? markup.insideRegion(i) : markup.outsideRegion(i);
            if (i == title) {
                out[i] = new Decision(Label.BODY, 0.7, "body.title", "headline: title-like line above the article");
            } else if (byMarkup != null) {
                out[i] = byMarkup;
            } else if (inRegion && attempt == Attempt.RECORDS && repeated[i]) {
                out[i] = new Decision(Label.NAVIGATION, 0.6, "navigation.record-chrome",
                        "repeated in every record of a list: a button or label");
            } else if (!inRegion && container != null && container.test(i)) {
                out[i] = new Decision(Label.BODY, 0.6, "body.container",
                        explained(a, IN_CONTAINER));
            } else if (inRegion) {
                mode = Label.NAVIGATION;
                out[i] = new Decision(Label.BODY, inRegionConfidence(a), REGION_RULES[attempt.ordinal()],
                        explained(a, INSIDE));
            } else if (i > bodyFrom && i < region[0] && a.quality() != Quality.SHORT && a.quality() != Quality.LOW) {
                out[i] = new Decision(Label.BODY, 0.6, "body.standfirst",
                        "prose between the headline and the article");
            } else if (i > bodyFrom && i < region[0] && looksLikeName(a.features())) {
                out[i] = new Decision(Label.CREDIT, 0.5, "credit.name", "a name between the headline and the article");
            } else if (mode == Label.CREDIT && creditLeft > 0) {
                creditLeft--;
                out[i] = new Decision(Label.CREDIT, 0.6, "credit.section", "in an author section");
            } else if (mode == Label.AD && adLeft > 0) {
                adLeft--;
                out[i] = new Decision(Label.AD, 0.6, "ad.section", "in a promotion section");
            } else {
                out[i] = new Decision(Label.NAVIGATION, 0.6, OUTSIDE_RULE, explained(a, OUTSIDE));
            }
        }
    }

    /**
     * What the context adds to the first pass's reason of an undecided line, with the reasons so
     * explained: those reasons are few (the first pass's shape classes), so each is joined once.
     */
    private record Explanation(String suffix, Map<String, String> joined) {
        Explanation(String suffix) {
            this(suffix, new ConcurrentHashMap<>());
        }
    }

    private static final Explanation IN_CONTAINER = new Explanation("; prose in the element that holds the article");
    private static final Explanation INSIDE = new Explanation("; inside the article region");
    private static final Explanation OUTSIDE = new Explanation("; outside the article region");
    /** At most this many reasons are kept per explanation (others are joined every time). */
    private static final int MAX_EXPLAINED = 4_096;

    /** The line's reason followed by the explanation's suffix. */
    private static String explained(Assessment a, Explanation explanation) {
        String reason = a.reason();
        String joined = explanation.joined().get(reason);
        if (joined == null) {
            joined = reason + explanation.suffix();
            if (explanation.joined().size() < MAX_EXPLAINED) {
                explanation.joined().putIfAbsent(reason, joined);
            }
        }
        return joined;
    }

    /** Per attempt: {@code body.region} and the attempt's suffix. */
    private static final String[] REGION_RULES = new String[Attempt.values().length];

    static {
        for (Attempt attempt : Attempt.values()) {
            REGION_RULES[attempt.ordinal()] = "body.region" + suffix(attempt);
        }
    }

    private static String suffix(Attempt attempt) {
        return attempt == Attempt.STRICT ? "" : "." + attempt.name().toLowerCase(Locale.ROOT);
    }

    private static double inRegionConfidence(Assessment a) {
        return switch (a.quality()) {
            case GOOD -> 0.95;
            case NEAR -> 0.85;
            default -> 0.6;
        };
    }

    private static boolean looksLikeName(Features f) {
        return f.words() >= 2 && f.words() <= 4 && f.capitalized() == f.words() && f.digits() == 0 && !f.terminal();
    }

    /**
     * A photo credit on its own line makes the block just above it a caption; so does a caption line. On an
     * HTML page only lines inside a figure are moved: the markup says where the images are.
     */
    private static void captions(List<Assessment> lines, MarkupEvidence markup, Decision[] out) {
        int[] changes = new int[8];
        int changed = 0;
        for (int i = 0; i < lines.size(); i++) {
            Decision d = out[i];
            boolean photoCredit = d.label() == Label.CREDIT && d.rule().startsWith("credit.photo");
            boolean caption = d.label() == Label.CAPTION;
            if (!photoCredit && !caption) {
                continue;
            }
            int maxLines = photoCredit ? 2 : 1;
            int j = previousVisible(lines, i);
            if (photoCredit && j >= 0 && out[j].label() == Label.CAPTION) {
                continue;
            }
            for (int taken = 0; j >= 0 && taken < maxLines; taken++) {
                Decision p = out[j];
                Assessment a = lines.get(j);
                boolean movable = p.label() == Label.BODY && !p.rule().equals("body.title")
                        && (markup == null || markup.figure(j));
                // beyond the line right above, only an image title: short, and not apart from it by a blank line
                boolean titleOnly = caption || taken > 0;
                if (!movable || (titleOnly && a.features().words() > IMAGE_TITLE_MAX_WORDS)
                        || (taken > 0 && markup == null && changes[changed - 1] - j > 1)) {
                    break;
                }
                if (changed == changes.length) {
                    changes = Arrays.copyOf(changes, 2 * changed);
                }
                changes[changed++] = j;
                int k = previousVisible(lines, j);
                if (k < 0 || j - k > 2) {
                    break;
                }
                j = k;
            }
        }
        for (int c = 0; c < changed; c++) {
            out[changes[c]] = new Decision(Label.CAPTION, 0.6, "caption.context", "describes the image credited just below");
        }
    }

    /** A body line that ends in an ellipsis and does not run on is a teaser of another article. */
    private static void teasers(List<Assessment> lines, int[] region, Decision[] out) {
        for (int i = region[0]; i <= region[1] && i < lines.size(); i++) {
            Features f = lines.get(i).features();
            if (out[i].label() == Label.BODY && f.ellipsis() && f.words() <= TEASER_MAX_WORDS) {
                out[i] = new Decision(Label.NAVIGATION, 0.6, "navigation.teaser",
                        "ends in an ellipsis: a teaser of another article");
            }
        }
    }

    private static int previousVisible(List<Assessment> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (lines.get(j).quality() != Quality.BLANK) {
                return j;
            }
        }
        return -1;
    }
}
