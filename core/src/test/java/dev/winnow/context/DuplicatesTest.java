package dev.winnow.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Label;
import dev.winnow.context.ContextPass.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Duplicates} finds the copies that a map of every long body line's stripped text finds. */
class DuplicatesTest {
    private static final Decision BODY = new Decision(Label.BODY, 0.7, "body.region", "in the region");
    private static final Decision NAVIGATION = new Decision(Label.NAVIGATION, 0.6, "navigation.outside", "outside");

    @Test
    void aLaterCopyOfALongBodyLineIsNavigationAndNamesTheFirst() {
        String text = "The council voted on Tuesday to close the old bridge to cars from the first of May onwards.";
        List<String> lines = List.of(text, "short", "  " + text + "\t", text);
        List<Decision> out = Duplicates.revise(lines, List.of(BODY, BODY, BODY, BODY));
        assertThat(out.get(0)).isEqualTo(BODY);
        assertThat(out.get(2).rule()).isEqualTo("navigation.duplicate");
        assertThat(out.get(2).reason()).startsWith("repeats line 1 ");
        assertThat(out.get(3).reason()).startsWith("repeats line 1 ");
    }

    @Test
    void linesThatShareTheirFingerprintButNotTheirTextAreNotCopies() {
        // same length, same start, middle and end: they differ only between the sampled places
        String a = "A".repeat(20) + "x" + "B".repeat(40) + "C".repeat(39);
        String b = "A".repeat(20) + "y" + "B".repeat(40) + "C".repeat(39);
        List<Decision> out = Duplicates.revise(List.of(a, b, a, b), List.of(BODY, BODY, BODY, BODY));
        assertThat(out).extracting(Decision::rule).containsExactly("body.region", "body.region",
                "navigation.duplicate", "navigation.duplicate");
        assertThat(out.get(2).reason()).startsWith("repeats line 1 ");
        assertThat(out.get(3).reason()).startsWith("repeats line 2 ");
    }

    @Test
    void onlyBodyLinesCountAsOriginals() {
        String text = "x".repeat(Duplicates.MIN_CHARS);
        List<Decision> out = Duplicates.revise(List.of(text, text, text), List.of(NAVIGATION, BODY, BODY));
        assertThat(out).extracting(Decision::rule).containsExactly("navigation.outside", "body.region",
                "navigation.duplicate");
        assertThat(out.get(2).reason()).startsWith("repeats line 2 ");
    }

    /** Random pages of long lines drawn from a few variants that often share length and fingerprint. */
    @Test
    void sameDecisionsAsAMapOfEveryStrippedText() {
        Random random = new Random(31);
        for (int page = 0; page < 2_000; page++) {
            List<String> variants = new ArrayList<>();
            String base = "ab".repeat(40 + random.nextInt(10));
            for (int v = 0; v < 1 + random.nextInt(5); v++) {
                char[] chars = base.toCharArray();
                chars[random.nextInt(chars.length)] = (char) ('c' + random.nextInt(3));
                variants.add(new String(chars));
            }
            List<String> lines = new ArrayList<>();
            List<Decision> decisions = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                String line = variants.get(random.nextInt(variants.size()));
                int cut = random.nextInt(4) == 0 ? random.nextInt(line.length()) : line.length();
                lines.add(" ".repeat(random.nextInt(2)) + line.substring(0, cut) + "\t".repeat(random.nextInt(2)));
                decisions.add(random.nextInt(5) == 0 ? NAVIGATION : BODY);
            }
            assertThat(Duplicates.revise(lines, decisions)).as("%s", lines).isEqualTo(reference(lines, decisions));
        }
    }

    /** What {@link Duplicates#revise} did before fingerprints: every long body line's stripped text in a map. */
    private static List<Decision> reference(List<String> texts, List<Decision> decisions) {
        Map<String, Integer> first = new HashMap<>();
        List<Decision> out = new ArrayList<>(decisions);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).strip();
            if (decisions.get(i).label() != Label.BODY || text.length() < Duplicates.MIN_CHARS) {
                continue;
            }
            Integer earlier = first.putIfAbsent(text, i);
            if (earlier != null) {
                out.set(i, new Decision(Label.NAVIGATION, 0.7, "navigation.duplicate",
                        "repeats line " + (earlier + 1) + " word for word: a second copy of the text"));
            }
        }
        return out;
    }
}
