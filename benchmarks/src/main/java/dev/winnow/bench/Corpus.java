package dev.winnow.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixed benchmark corpus: the text dumps under {@code corpus/} on the class path, listed in
 * {@code corpus/index.txt} (see {@code corpus/README.md}). Loaded once per set and JVM, decoded as
 * strict UTF-8. Immutable.
 *
 * <p>The sizes are those of the input: {@link #lines()} counts lines as {@code Cleaner} splits them
 * (at {@code \r\n}, {@code \r} or {@code \n}; a final line end adds no empty line), so it equals the
 * number of {@code Line}s the cleaner returns for the corpus; {@link #bytes()} is the UTF-8 size of the
 * files; {@link #chars()} the number of UTF-16 chars of the decoded strings.
 */
public final class Corpus {
    /** Every document: the seeds and the WCXB sample. */
    public static final String ALL = "all";
    /** Only the five seed dumps ({@code corpus/seeds/}). */
    public static final String SEEDS = "seeds";
    /** Only the sample of WCXB dev dumps ({@code corpus/wcxb/}). */
    public static final String WCXB = "wcxb";

    private static final String ROOT = "corpus/";
    private static final Map<String, Corpus> LOADED = new ConcurrentHashMap<>();

    private final String set;
    private final List<String> names;
    private final String[] documents;
    private final long lines;
    private final long chars;
    private final long bytes;

    private Corpus(String set, List<String> names, String[] documents, long lines, long chars, long bytes) {
        this.set = set;
        this.names = List.copyOf(names);
        this.documents = documents;
        this.lines = lines;
        this.chars = chars;
        this.bytes = bytes;
    }

    /** The whole corpus. */
    public static Corpus get() {
        return get(ALL);
    }

    /**
     * One set of the corpus, loaded on first use.
     *
     * @param set {@value #ALL}, {@value #SEEDS} or {@value #WCXB}
     */
    public static Corpus get(String set) {
        return LOADED.computeIfAbsent(set, Corpus::load);
    }

    private static Corpus load(String set) {
        String prefix = switch (set) {
            case ALL -> "";
            case SEEDS -> "seeds/";
            case WCXB -> "wcxb/";
            default -> throw new IllegalArgumentException(
                    "unknown corpus set '" + set + "': use " + ALL + ", " + SEEDS + " or " + WCXB);
        };
        List<String> names = new ArrayList<>();
        for (String name : index()) {
            if (name.startsWith(prefix)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("corpus set '" + set + "' is empty");
        }
        String[] documents = new String[names.size()];
        long lines = 0;
        long chars = 0;
        long bytes = 0;
        for (int i = 0; i < documents.length; i++) {
            byte[] data = read(ROOT + names.get(i));
            documents[i] = decode(data, names.get(i));
            bytes += data.length;
            chars += documents[i].length();
            lines += countLines(documents[i]);
        }
        return new Corpus(set, names, documents, lines, chars, bytes);
    }

    private static List<String> index() {
        List<String> names = new ArrayList<>();
        try (InputStream in = open(ROOT + "index.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }

    private static String decode(byte[] data, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(name + " is not valid UTF-8", e);
        }
    }

    /** Lines as {@code Cleaner} splits them: ends {@code \r\n}, {@code \r}, {@code \n}; a final end adds none. */
    static long countLines(String text) {
        long count = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                count++;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return start < n ? count + 1 : count;
    }

    /** Which set this is. */
    public String set() {
        return set;
    }

    /** The documents' paths under {@code corpus/}, in index order. */
    public List<String> names() {
        return names;
    }

    /** How many documents. */
    public int size() {
        return documents.length;
    }

    /** The i-th document's text. */
    public String document(int i) {
        return documents[i];
    }

    /** The documents' texts, in index order. The array is shared: do not change it. */
    String[] documents() {
        return documents;
    }

    /** Total lines, counted as the cleaner splits them. */
    public long lines() {
        return lines;
    }

    /** Total UTF-16 chars of the decoded documents. */
    public long chars() {
        return chars;
    }

    /** Total UTF-8 bytes of the files. */
    public long bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "corpus %s: %d documents, %d lines, %d chars, %d bytes",
                set, documents.length, lines, chars, bytes);
    }
}
