package dev.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.EquivalenceTest;
import dev.winnow.context.ContextPass;
import dev.winnow.read.DumpLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RepeatKeys} holds what the list of {@link ContextPass#keys} and a map of their counts held. */
class RepeatKeysTest {

    @Test
    void keysAndCountsAreThoseOfTheKeyStrings() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String document : EquivalenceTest.documents()) {
            lines.addAll(DumpLines.split(document));
        }
        lines.addAll(EquivalenceTest.generatedLines(new Random(5), lines, EquivalenceTest.GENERATED_LINES));
        check(lines);
    }

    @Test
    void theMostRepeatedKeyIsTheFirstOfAHashMapAmongTies() {
        Random random = new Random(23);
        for (int d = 0; d < 2_000; d++) {
            int distinct = 1 + random.nextInt(d % 2 == 0 ? 8 : 300);
            List<String> lines = new ArrayList<>();
            for (int i = random.nextInt(1_500); i > 0; i--) {
                lines.add(random.nextInt(10) == 0 ? "" : "line number " + random.nextInt(distinct));
            }
            check(lines);
        }
    }

    private static void check(List<String> lines) {
        List<String> strings = ContextPass.keys(lines);
        RepeatKeys keys = RepeatKeys.of(lines);
        Map<String, Integer> counts = new HashMap<>();
        for (String key : strings) {
            if (key != null) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        assertThat(keys.lines()).isEqualTo(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String key = strings.get(i);
            assertThat(keys.id(i) == RepeatKeys.NONE).as(lines.get(i)).isEqualTo(key == null);
            if (key != null) {
                assertThat(keys.key(keys.id(i))).isEqualTo(key);
            }
            assertThat(keys.count(i)).isEqualTo(counts.getOrDefault(key, 1));
            assertThat(keys.repeated(i)).isEqualTo(key != null && counts.get(key) > 1);
        }
        for (int moreThan : new int[] {0, 1, 3, 10}) {
            String anchor = null;
            int best = moreThan;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    anchor = e.getKey();
                }
            }
            int id = keys.mostRepeated(moreThan);
            assertThat(id == RepeatKeys.NONE ? null : keys.key(id)).isEqualTo(anchor);
        }
        RepeatKeys fromStrings = RepeatKeys.ofKeys(strings);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(fromStrings.count(i)).isEqualTo(keys.count(i));
        }
    }
}
