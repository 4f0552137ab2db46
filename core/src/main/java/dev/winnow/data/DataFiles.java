package dev.winnow.data;

import dev.winnow.Config;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the classifier's data files: one item per line, {@code #} starts a comment line, blank lines are
 * skipped; tab-separated tables have a fixed number of columns. The built-in files are on the classpath
 * below {@link #ROOT}; a user's folder of rules in the same layout ({@link Config#rules()}) adds its items
 * to theirs. Missing optional files read as empty.
 */
public final class DataFiles {
    static final String ROOT = "/dev/winnow/";
    /** The built-in data alone. */
    public static final DataFiles BUILT_IN = new DataFiles(null);
    /**
     * The files of a language folder a user's rules may hold (below {@code lang/<code>/}); the others are
     * {@code languages.txt}, {@code common/agencies.txt} and {@code common/patterns.tsv}.
     */
    static final Set<String> LANGUAGE_FILES = Set.of("stopwords.txt", "ad.lines.txt", "ad.phrases.txt",
            "navigation.lines.txt", "navigation.phrases.txt", "credit.lines.txt", "credit.phrases.txt",
            "caption.lines.txt", "caption.phrases.txt", "legal.phrases.txt", "sections.tsv", "patterns.tsv",
            "months.tsv", "byline.prefixes.txt", "date.words.txt", "caption.markers.txt", "credit.cues.txt",
            "bio.openers.txt", "organisation.words.txt", "author.box.openers.txt",
            "answer.stamp.openers.txt", "contents.headings.txt");

    /** One row of a table: its fields and where it was read ({@code file:line}), for errors. */
    public record Row(String[] fields, String origin) {
    }

    /** The user's folder of rules, or null. */
    private final Path user;

    private DataFiles(Path user) {
        this.user = user;
    }

    /**
     * The built-in data with a user's folder of rules: checked at once, so that a file winnow does not read
     * (a misspelt name) or one that is not UTF-8 is an error naming it.
     *
     * @throws IllegalArgumentException naming the file and the problem
     */
    public static DataFiles withUserRules(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rules folder " + dir + ": not a directory");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (!known(relative)) {
                    throw new IllegalArgumentException(file + ": not a rules file winnow reads (languages.txt,"
                            + " common/agencies.txt, common/patterns.tsv, lang/<code>/<file> with <file> one of "
                            + String.join(", ", LANGUAGE_FILES.stream().sorted().toList()) + ")");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("rules folder " + dir + ": " + e.getMessage(), e);
        }
        return new DataFiles(dir);
    }

    private static boolean known(String relative) {
        if (relative.equals("languages.txt") || relative.equals("common/agencies.txt")
                || relative.equals("common/patterns.tsv") || relative.startsWith(".")) {
            return true;
        }
        String[] parts = relative.split("/");
        return parts.length == 3 && parts[0].equals("lang") && LANGUAGE_FILES.contains(parts[2]);
    }

    /** The items of the built-in file below {@link #ROOT} (empty when it does not exist). */
    public static List<String> items(String path) {
        return BUILT_IN.list(path);
    }

    /** The rows of the built-in tab-separated file, each split into exactly {@code columns} fields. */
    public static List<String[]> rows(String path, int columns) {
        return BUILT_IN.table(path, columns).stream().map(Row::fields).toList();
    }

    /** The items of a data file: the built-in ones, then the user's. */
    public List<String> list(String path) {
        List<String> items = new ArrayList<>();
        for (Raw line : lines(path)) {
            items.add(line.item());
        }
        return List.copyOf(items);
    }

    /** The rows of a tab-separated data file (built-in, then the user's), each of exactly {@code columns} fields. */
    public List<Row> table(String path, int columns) {
        List<Row> rows = new ArrayList<>();
        for (Raw line : lines(path)) {
            String[] fields = line.item().split("\t");
            if (fields.length != columns) {
                throw new IllegalArgumentException(line.origin() + ": expected " + columns
                        + " tab-separated fields, found " + fields.length + " in: " + line.item());
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            rows.add(new Row(fields, line.origin()));
        }
        return List.copyOf(rows);
    }

    /** Each item with its origin ({@code file:line}): the built-in file's, then the user's. */
    /** An item as read, with its file and line number (the origin is built only when asked for: an error's). */
    private record Raw(String item, String file, int number) {
        String origin() {
            return file + ":" + number;
        }
    }

    private List<Raw> lines(String path) {
        List<Raw> out = new ArrayList<>();
        InputStream in = DataFiles.class.getResourceAsStream(ROOT + path);
        if (in != null) {
            read(in, "dev/winnow/" + path, out);
        }
        if (user != null) {
            Path file = user.resolve(path);
            if (Files.isRegularFile(file)) {
                try {
                    read(Files.newInputStream(file), file.toString(), out);
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static void read(InputStream in, String name, List<Raw> out) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                String item = line.strip();
                if (!item.isEmpty() && !item.startsWith("#")) {
                    out.add(new Raw(item, name, number));
                }
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }
}
