package dev.winnow.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void equalListsHaveNoDiff() {
        assertThat(UnifiedDiff.of(List.of("a", "b"), List.of("a", "b"))).isEmpty();
        assertThat(UnifiedDiff.of(List.of(), List.of())).isEmpty();
    }

    @Test
    void aChangedLineIsShownWithContext() {
        List<String> expected = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");
        List<String> actual = List.of("1", "2", "3", "4", "five", "6", "7", "8", "9");
        assertThat(UnifiedDiff.of(expected, actual))
                .containsExactly("@@ -3,5 +3,5 @@", " 3", " 4", "-5", "+five", " 6", " 7");
    }

    @Test
    void distantChangesMakeSeparateHunksAndNearOnesOne() {
        List<String> expected = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        List<String> far = List.of("A", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "L");
        assertThat(UnifiedDiff.of(expected, far)).containsExactly(
                "@@ -1,3 +1,3 @@", "-a", "+A", " b", " c",
                "@@ -10,3 +10,3 @@", " j", " k", "-l", "+L");
        List<String> near = List.of("A", "b", "c", "d", "e", "F", "g", "h", "i", "j", "k", "l");
        assertThat(UnifiedDiff.of(expected, near)).containsExactly(
                "@@ -1,8 +1,8 @@", "-a", "+A", " b", " c", " d", " e", "-f", "+F", " g", " h");
    }

    @Test
    void insertionsAndDeletionsAreAligned() {
        assertThat(UnifiedDiff.of(List.of("a", "b", "c"), List.of("a", "x", "b", "c")))
                .containsExactly("@@ -1,3 +1,4 @@", " a", "+x", " b", " c");
        assertThat(UnifiedDiff.of(List.of("a", "b", "c"), List.of("a", "c")))
                .containsExactly("@@ -1,3 +1,2 @@", " a", "-b", " c");
    }

    @Test
    void longLinesAreShortened() {
        String line = "x".repeat(500);
        assertThat(UnifiedDiff.of(List.of(line), List.of())).element(1).asString()
                .hasSize(UnifiedDiff.WIDTH + 1).endsWith("…");
    }
}
