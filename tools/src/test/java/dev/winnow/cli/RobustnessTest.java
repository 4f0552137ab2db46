package dev.winnow.cli;

import static dev.winnow.cli.Documents.article;
import static dev.winnow.cli.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.winnow.input.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of broken or hostile document in one batch: each is reported on stderr with its path and
 * the reason, the others are cleaned, and the exit code is {@link ExitCode#FAILURES}.
 */
class RobustnessTest {
    private static final String PNG_HEADER = "\u0089PNG\r\n\u001a\n";

    @TempDir
    Path tmp;

    private static byte[] png() {
        byte[] header = PNG_HEADER.getBytes(StandardCharsets.ISO_8859_1);
        byte[] png = Arrays.copyOf(header, header.length + 16);
        png[header.length + 3] = 13; // IHDR length, preceded by NUL bytes
        return png;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static String labelsStripped(String out) {
        return out.lines().map(row -> row.substring(row.indexOf('\t') + 1)).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void aBatchOfBrokenDocumentsReportsEachAndCleansTheRest() {
        Path dir = tmp.resolve("batch");
        write(dir.resolve("a-good.txt"), article("airport"));
        write(dir.resolve("b-empty.txt"), new byte[0]);
        write(dir.resolve("c-blank.txt"), " \n\t\n\r\n   ");
        write(dir.resolve("d-png.txt"), png());
        write(dir.resolve("e-zip.txt"), Fixtures.zip(Map.of("a.txt", "zipped")));
        write(dir.resolve("f-latin1.txt"), "Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        write(dir.resolve("g-nul.txt"), "before\u0000after\n");
        byte[] gz = gzip(article("gzip").getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("h-truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        write(dir.resolve("i-truncated.html"), "<html><body><p>The council voted on Tuesday <div class=\"x");
        write(dir.resolve("j-malformed.html"), "<<p>></div></table><td>The council voted</b></html><p");
        write(dir.resolve("k-deep.html"), "<html><body>" + "<div>".repeat(100_000) + "<p>Deep prose line</p>");
        write(dir.resolve("z-good.txt"), article("zoo"));

        CliRun run = CliRun.run("clean", "--format", "labels", dir);

        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(run.errLines()).containsExactly(
                "winnow: " + dir.resolve("d-png.txt") + ": binary file, not text: NUL byte (byte offset 8)",
                "winnow: " + dir.resolve("e-zip.txt") + ": binary file, not text: NUL byte (byte offset 5)",
                "winnow: " + dir.resolve("f-latin1.txt") + ": not valid UTF-8 text (byte offset 3)",
                "winnow: " + dir.resolve("g-nul.txt") + ": binary file, not text: NUL byte (byte offset 6)",
                "winnow: " + dir.resolve("h-truncated.txt.gz") + ": truncated gzip data: the compressed stream ends too early");
        List<String> headers = run.out().lines().filter(l -> l.startsWith("==> ")).toList();
        assertThat(headers).containsExactly(
                "==> " + dir.resolve("a-good.txt") + " <==",
                "==> " + dir.resolve("b-empty.txt") + " <==",
                "==> " + dir.resolve("c-blank.txt") + " <==",
                "==> " + dir.resolve("i-truncated.html") + " <==",
                "==> " + dir.resolve("j-malformed.html") + " <==",
                "==> " + dir.resolve("k-deep.html") + " <==",
                "==> " + dir.resolve("z-good.txt") + " <==");
        assertThat(run.out()).contains("\tDeep prose line\n");
    }

    @Test
    void whitespaceOnlyGivesBlankLinesAndNoText() {
        Path file = write(tmp.resolve("blank.txt"), " \n\t\n\r\n   ");
        CliRun labels = CliRun.run("clean", "--format", "labels", file);
        assertThat(labels.exit()).isZero();
        assertThat(labels.out()).isEqualTo("blank\t \nblank\t\t\nblank\t\nblank\t   \n");
        assertThat(CliRun.run("clean", file)).isEqualTo(new CliRun(0, "", ""));
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() {
        String text = article("harbour") + "Ünïcödé — 😀\r\n";
        byte[] le = ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\ufeff" + text).getBytes(StandardCharsets.UTF_16BE);
        Path utf8 = write(tmp.resolve("utf8.txt"), text);
        Path leFile = write(tmp.resolve("le.txt"), le);
        Path beFile = write(tmp.resolve("be.txt"), be);
        CliRun expected = CliRun.run("clean", "--format", "labels", utf8);
        assertThat(CliRun.run("clean", "--format", "labels", leFile)).isEqualTo(expected);
        assertThat(CliRun.run("clean", "--format", "labels", beFile)).isEqualTo(expected);
        assertThat(CliRun.run("clean", "--format", "labels", "--input-format", "auto",
                write(tmp.resolve("le-no-name"), le))).isEqualTo(expected);

        Path odd = write(tmp.resolve("odd.txt"), Arrays.copyOf(le, le.length - 1));
        CliRun cut = CliRun.run("clean", odd);
        assertThat(cut.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(cut.err()).startsWith("winnow: " + odd + ": not valid UTF-16 text (byte offset ");
    }

    @Test
    void crlfAndLoneCrLineEndsAreNormalisedLosslessly() {
        String input = "Home\r\nNews\rSport\n\r\n\r\r" + article("bridge").replace("\n", "\r") + "end";
        Path file = write(tmp.resolve("ends.txt"), input);
        CliRun run = CliRun.run("clean", "--format", "labels", file);
        assertThat(run.exit()).isZero();
        assertThat(labelsStripped(run.out())).isEqualTo(input.replace("\r\n", "\n").replace('\r', '\n') + "\n");
    }

    @Test
    void aMissingPathAnUnreadableFileAndASymlinkLoopAreReportedAndTheRestGoesOn() throws IOException {
        Path dir = tmp.resolve("tree");
        write(dir.resolve("a.txt"), article("airport"));
        Path locked = write(dir.resolve("b-locked.txt"), article("bank"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("self.txt"), dir.resolve("self.txt"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/up"), Path.of(".."));
        Path missing = tmp.resolve("missing.txt");

        CliRun run = CliRun.run("clean", "--format", "labels", missing, dir);

        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        List<String> expectedErrors = new ArrayList<>(List.of("winnow: " + missing + ": no such file or directory"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            expectedErrors.add("winnow: " + locked + ": permission denied");
        }
        assertThat(run.errLines()).containsExactlyElementsOf(expectedErrors);
        assertThat(run.out()).contains("==> " + dir.resolve("a.txt") + " <==");
        assertThat(run.out()).doesNotContain("loop/", "sub/up", "self.txt");
    }

    @Test
    void anUnreadableFileIsPermissionDenied() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their mode");
        Path locked = write(tmp.resolve("locked.txt"), article("bank"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        CliRun run = CliRun.run("clean", locked);
        assertThat(run).isEqualTo(new CliRun(1, "", "winnow: " + locked + ": permission denied\n"));
    }

    @Test
    void aGzipBombIsStoppedAtTheLimit() {
        byte[] zeros = new byte[2_000_000];
        Arrays.fill(zeros, (byte) 'a');
        Path bomb = write(tmp.resolve("bomb.txt.gz"), gzip(zeros));
        Path good = write(tmp.resolve("good.txt"), article("airport"));
        CliRun run = CliRun.run("clean", "--max-document-chars", "1000000", bomb, good);
        assertThat(run.exit()).isEqualTo(ExitCode.FAILURES.code());
        assertThat(run.errLines()).containsExactly("winnow: " + bomb
                + ": gzip data decompresses to more than the limit of 1000000 bytes (a decompression bomb?): not read");
        assertThat(run.out()).contains("==> " + good + " <==");
    }

    @Test
    void aDocumentOverTheLimitIsCutAtALineEndWithAWarning() {
        String text = article("airport");
        int limit = text.indexOf("Supporters") + 10;
        Path file = write(tmp.resolve("long.txt"), text);
        CliRun run = CliRun.run("clean", "--format", "labels", "--max-document-chars", limit, file);
        assertThat(run.exit()).isZero();
        String kept = text.substring(0, text.lastIndexOf('\n', limit - 1) + 1);
        assertThat(run.err()).isEqualTo("winnow: " + file + ": warning: larger than the limit of " + limit
                + " bytes (--max-document-chars): only its first " + kept.length()
                + " bytes (up to the last line end) are cleaned\n");
        assertThat(labelsStripped(run.out())).isEqualTo(kept);

        CliRun stdin = CliRun.withStdin("x".repeat(100), "clean", "--format", "labels", "--max-document-chars", 10);
        assertThat(labelsStripped(stdin.out())).isEqualTo("x".repeat(10) + "\n");
        assertThat(stdin.err()).isEqualTo("winnow: -: warning: larger than the limit of 10 bytes"
                + " (--max-document-chars): only its first 10 bytes (up to the last line end) are cleaned\n");

        Path gz = write(tmp.resolve("big.txt.gz"), gzip(text.getBytes(StandardCharsets.UTF_8)));
        CliRun compressed = CliRun.run("clean", "--max-document-chars", 20, gz);
        assertThat(compressed).isEqualTo(new CliRun(1, "", "winnow: " + gz
                + ": compressed document larger than the limit of 20 bytes (--max-document-chars): not read\n"));
    }

    @Test
    void aDocumentOverTheTimeLimitIsStoppedAndTheOthersGoOn() {
        Path good = write(tmp.resolve("good.txt"), article("airport"));
        InputStream endless = new InputStream() {
            @Override
            public int read() throws IOException {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new InterruptedIOException("interrupted");
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(endless, new PrintWriter(out), new PrintWriter(err))
                .execute("clean", "--timeout", "1", "-", good.toString());
        assertThat(exit).isEqualTo(ExitCode.FAILURES.code());
        assertThat(err.toString()).isEqualTo(
                "winnow: -: stopped: cleaning took longer than the time limit of 1 s (--timeout)\n");
        assertThat(out.toString()).contains("==> " + good + " <==").contains("The city council voted");
    }

    @Test
    void invalidLimitsAreUsageErrors() {
        assertThat(CliRun.run("clean", "--timeout", 0).exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(CliRun.run("clean", "--max-document-chars", 0).exit()).isEqualTo(ExitCode.USAGE.code());
    }
}
