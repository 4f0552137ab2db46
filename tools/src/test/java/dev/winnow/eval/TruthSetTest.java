package dev.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The truth cases below a folder and their split into tune and check. */
class TruthSetTest {
    @TempDir
    Path dir;

    private void truthCase(String name) throws IOException {
        Path d = Files.createDirectories(dir.resolve("cases").resolve(name));
        Files.writeString(d.resolve("truth.labels.tsv"), "body\tA line\n");
        Files.writeString(d.resolve("expected.labels.tsv"), "body\tA line\n");
    }

    @Test
    void theSplitFileBesideTheCasesChoosesThem() throws IOException {
        truthCase("a");
        truthCase("b");
        truthCase("c");
        Files.writeString(dir.resolve("split.tsv"), "# how\na\ttune\nb\tcheck\nc\ttune\n");
        Path cases = dir.resolve("cases");
        assertThat(TruthSet.cases(cases, TruthSet.Part.ALL, null)).extracting(TruthCase::name).containsExactly("a", "b", "c");
        assertThat(TruthSet.cases(cases, TruthSet.Part.TUNE, null)).extracting(TruthCase::name).containsExactly("a", "c");
        assertThat(TruthSet.cases(cases, TruthSet.Part.CHECK, null)).extracting(TruthCase::name).containsExactly("b");
    }

    @Test
    void aCaseLeftOutOfTheSplitOrABadRowIsAnError() throws IOException {
        truthCase("a");
        truthCase("b");
        Path cases = dir.resolve("cases");
        assertThatThrownBy(() -> TruthSet.cases(cases, TruthSet.Part.TUNE, null)).hasMessageContaining("no split.tsv");
        Files.writeString(dir.resolve("split.tsv"), "a\ttune\n");
        assertThatThrownBy(() -> TruthSet.cases(cases, TruthSet.Part.TUNE, null))
                .hasMessageContaining("case b is in neither part");
        Files.writeString(dir.resolve("split.tsv"), "a\ttune\nb\tmaybe\n");
        assertThatThrownBy(() -> TruthSet.cases(cases, TruthSet.Part.TUNE, null)).hasMessageContaining("split.tsv:2:");
        Files.writeString(dir.resolve("split.tsv"), "a\ttune\na\tcheck\n");
        assertThatThrownBy(() -> TruthSet.split(dir.resolve("split.tsv"))).hasMessageContaining("listed twice");
    }

    @Test
    void aWetCaseDropsItsBlankLines() throws IOException {
        Path d = Files.createDirectories(dir.resolve("x"));
        Files.writeString(d.resolve("truth.labels.tsv"), "body\tA\nblank\t\ncredit\tB\n");
        TruthCase c = new TruthCase("x", d.resolve("truth.labels.tsv"), null);
        assertThat(c.rows()).hasSize(3);
        assertThat(c.wetRows()).extracting(r -> r.text()).containsExactly("A", "B");
        assertThat(List.of(c.url())).containsExactly("");
    }
}
