package dev.winnow.golden;

import dev.winnow.Cleaner;
import dev.winnow.Result;
import dev.winnow.format.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

/**
 * One golden case: a directory holding the document, a text dump {@value #INPUT} or an HTML page
 * {@value #INPUT_HTML} (gzipped; its address is the {@code url} of {@value #PROPERTIES}), optionally hand-made files
 * ({@value #TRUTH}, {@value #REFERENCE}, {@value #PROPERTIES}) which winnow never writes, and winnow's
 * reviewed outputs {@value #EXPECTED_LABELS}, {@value #EXPECTED_TEXT} and {@value #EXPECTED_JSONL}.
 */
public final class GoldenCase {
    /** The document, when it is a text dump. */
    public static final String INPUT = "input.txt";
    /** The document, when it is an HTML page: gzipped, decoded as {@code Cleaner.clean(byte[], String)} does. */
    public static final String INPUT_HTML = "input.html.gz";
    /** Hand labels of the input's lines (LABELS.md format). */
    public static final String TRUTH = "truth.labels.tsv";
    /** The reference article text. */
    public static final String REFERENCE = "reference.txt";
    /** Where the case comes from, its license, who labelled it. */
    public static final String PROPERTIES = "case.properties";
    /** winnow's labelled lines, as {@code winnow clean --format labels} writes them. */
    public static final String EXPECTED_LABELS = "expected.labels.tsv";
    /** winnow's clean text, as {@code winnow clean --format text} writes it. */
    public static final String EXPECTED_TEXT = "expected.txt";
    /** winnow's JSON line, as {@code winnow clean --format jsonl} writes it, with the case directory's name as source. */
    public static final String EXPECTED_JSONL = "expected.jsonl";

    private final String name;
    private final Path dir;

    /**
     * @param name the case's name in reports (its path below the suite, with {@code /})
     * @param dir  the case directory
     */
    public GoldenCase(String name, Path dir) {
        this.name = name;
        this.dir = dir;
    }

    public String name() {
        return name;
    }

    public Path dir() {
        return dir;
    }

    /** True when the directory holds a case: a {@value #INPUT} or an {@value #INPUT_HTML}. */
    public static boolean isCase(Path dir) {
        return Files.isRegularFile(dir.resolve(INPUT)) || Files.isRegularFile(dir.resolve(INPUT_HTML));
    }

    /** True when the case's document is an HTML page. */
    public boolean html() {
        return !Files.isRegularFile(dir.resolve(INPUT)) && Files.isRegularFile(dir.resolve(INPUT_HTML));
    }

    /** The text dump, read as strict UTF-8. */
    public String input() throws IOException {
        return TextFiles.read(dir.resolve(INPUT));
    }

    /** The HTML page's bytes, gunzipped. */
    public byte[] htmlInput() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(INPUT_HTML)))) {
            return in.readAllBytes();
        }
    }

    /** The page's address from {@value #PROPERTIES} ({@code url}), or empty. */
    public String url() throws IOException {
        return property(dir, "url");
    }

    /** A property of the case in directory {@code dir} ({@value #PROPERTIES}), or empty when it has none. */
    public static String property(Path dir, String key) throws IOException {
        Path props = dir.resolve(PROPERTIES);
        if (!Files.isRegularFile(props)) {
            return "";
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.getProperty(key, "");
    }

    /** Cleans the document (dump or page); the JSON's source is the directory's name. */
    public Result result(Cleaner cleaner) throws IOException {
        return html() ? cleaner.clean(htmlInput(), url()) : cleaner.clean(input());
    }

    /** Cleans the input; the JSON's source is the directory's name. */
    public GoldenOutputs run(Cleaner cleaner) throws IOException {
        return GoldenOutputs.of(dir.getFileName().toString(), result(cleaner));
    }

    /** Cleans the input and compares the outputs with the expected files. Never throws for I/O: problems are differences. */
    public CaseReport verify(Cleaner cleaner) {
        GoldenOutputs actual;
        try {
            actual = run(cleaner);
        } catch (IOException e) {
            return new CaseReport(name, List.of(new Difference.Unreadable(html() ? INPUT_HTML : INPUT, message(e))));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        List<Difference> unreadable = new ArrayList<>();
        for (String file : actual.files().keySet()) {
            try {
                expected.put(file, TextFiles.read(dir.resolve(file)));
            } catch (NoSuchFileException e) {
                // missing: reported by the comparison
            } catch (IOException e) {
                unreadable.add(new Difference.Unreadable(file, message(e)));
            }
        }
        List<Difference> differences = new ArrayList<>(unreadable);
        if (unreadable.isEmpty()) {
            differences.addAll(Comparison.compare(actual, expected));
        }
        return new CaseReport(name, differences);
    }

    /**
     * Rewrites the expected files whose contents differ from the actual outputs; never touches
     * {@value #INPUT}, {@value #TRUTH}, {@value #REFERENCE} or {@value #PROPERTIES}.
     *
     * @return the names of the files rewritten, empty when all were up to date
     */
    public List<String> update(Cleaner cleaner) throws IOException {
        GoldenOutputs outputs;
        try {
            outputs = run(cleaner);
        } catch (IOException e) {
            throw new IOException((html() ? INPUT_HTML : INPUT) + ": " + message(e), e);
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> file : outputs.files().entrySet()) {
            Path path = dir.resolve(file.getKey());
            byte[] wanted = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(path) || !Arrays.equals(Files.readAllBytes(path), wanted)) {
                TextFiles.write(path, file.getValue());
                written.add(file.getKey());
            }
        }
        return written;
    }

    static String message(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    @Override
    public String toString() {
        return name;
    }
}
