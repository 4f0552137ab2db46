package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own rules, in the layout of the built-in data, added to it. */
class UserRulesTest {
    @TempDir
    Path dir;

    private Path write(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text);
    }

    private Cleaner cleaner() {
        return new Cleaner(Config.builder().rules(dir).build());
    }

    @Test
    void listsAndPatternsAreAddedToTheBuiltInOnesAndAreFinal() throws IOException {
        write("lang/en/ad.lines.txt", "# the site's own appeal\nSupport the Daily Bugle\n");
        write("lang/en/patterns.tsv", "bugle-photo\tcredit\t^Bugle staff photo\ta Daily Bugle photo credit\n");
        Result r = cleaner().clean("Support the Daily Bugle\nBugle staff photo by Jane\nAdvertisement\n");
        assertThat(r.lines().get(0).label()).isEqualTo(Label.AD);
        assertThat(r.lines().get(1).label()).isEqualTo(Label.CREDIT);
        assertThat(r.lines().get(1).rule()).isEqualTo("credit.bugle-photo");
        assertThat(r.lines().get(2).label()).as("built-in rules still apply").isEqualTo(Label.AD);
        assertThat(new Cleaner().clean("Support the Daily Bugle\n").lines().get(0).rule()).isNotEqualTo("ad.line");
    }

    @Test
    void aPatternThatDoesNotCompileIsAnErrorNamingItsFileAndLine() throws IOException {
        Path file = write("lang/en/patterns.tsv", "# mine\nok\tcredit\t^fine$\tfine\nbad\tcredit\t(unclosed\treason\n");
        assertThatThrownBy(this::cleaner).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":3: pattern bad does not compile");
    }

    @Test
    void aBrokenEntryOfAnotherLanguageIsAnErrorAtOnceNotAtItsFirstDocument() throws IOException {
        // built-in languages other than English are read when a document in them comes; a user's are not
        Path file = write("lang/sv/patterns.tsv", "bad\tad\t[unclosed\treason\n");
        assertThatThrownBy(this::cleaner).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":1: pattern bad does not compile");
    }

    @Test
    void aRowWithTheWrongFieldsOrLabelIsAnErrorNamingItsFileAndLine() throws IOException {
        Path file = write("lang/en/sections.tsv", "more reading\tnavigation\n");
        assertThatThrownBy(this::cleaner).hasMessageStartingWith(file + ":1: expected 3 tab-separated fields, found 2");
        write("lang/en/sections.tsv", "more reading\tmenu\tbarrier\n");
        assertThatThrownBy(this::cleaner).hasMessageContaining(file + ":1: unknown label 'menu'");
        write("lang/en/sections.tsv", "more reading\tnavigation\tbarrier\n");
        write("lang/en/patterns.tsv", "x\tbody\t^x$\tkeep\n");
        assertThatThrownBy(this::cleaner).hasMessageContaining("patterns.tsv:1: a pattern decides a boilerplate label, not body");
    }

    @Test
    void aFileWinnowDoesNotReadIsAnError() throws IOException {
        Path file = write("lang/en/ad.phrase.txt", "x\n");
        assertThatThrownBy(this::cleaner).hasMessageStartingWith(file + ": not a rules file winnow reads");
    }

    @Test
    void aFolderThatIsMissingIsAnError() {
        assertThatThrownBy(() -> new Cleaner(Config.builder().rules(dir.resolve("nope")).build()))
                .hasMessageContaining("not a directory");
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() throws IOException {
        Path file = dir.resolve("lang/en/ad.lines.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {'a', (byte) 0xE9, '\n'});
        assertThatThrownBy(this::cleaner).hasMessage(file + ": not UTF-8 text");
    }
}
