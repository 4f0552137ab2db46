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
import java.util.zip.GZIPInputStream;

/**
 * The fixed HTML part of the benchmark corpus: the gzipped WCXB dev pages under {@code corpus/html/},
 * listed with their page type and URL in {@code corpus/html/index.txt} (see {@code corpus/README.md}).
 * Loaded once per JVM: each page is decompressed and decoded as strict UTF-8 (every page of the sample
 * is UTF-8), so that every benchmark gets the same characters. Immutable.
 *
 * <p>{@link #bytes()} is the size of the decompressed HTML, the bytes a parser reads.
 */
public final class HtmlCorpus {
    private static final String ROOT = "corpus/html/";
    private static volatile HtmlCorpus loaded;

    private final List<String> names;
    private final List<String> types;
    private final String[] pages;
    private final String[] urls;
    private final long bytes;
    private final long chars;

    private HtmlCorpus(List<String> names, List<String> types, String[] pages, String[] urls, long bytes, long chars) {
        this.names = List.copyOf(names);
        this.types = List.copyOf(types);
        this.pages = pages;
        this.urls = urls;
        this.bytes = bytes;
        this.chars = chars;
    }

    /** The HTML corpus, loaded on first use. */
    public static HtmlCorpus get() {
        HtmlCorpus corpus = loaded;
        if (corpus == null) {
            synchronized (HtmlCorpus.class) {
                corpus = loaded;
                if (corpus == null) {
                    corpus = load();
                    loaded = corpus;
                }
            }
        }
        return corpus;
    }

    private static HtmlCorpus load() {
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try (InputStream in = open(ROOT + "index.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException("corpus/html/index.txt: expected file, type, url: " + line);
                }
                names.add(fields[0]);
                types.add(fields[1]);
                urls.add(fields[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] pages = new String[names.size()];
        long bytes = 0;
        long chars = 0;
        for (int i = 0; i < pages.length; i++) {
            byte[] data;
            try (InputStream in = new GZIPInputStream(open(ROOT + names.get(i)))) {
                data = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(names.get(i), e);
            }
            try {
                pages[i] = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(data)).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalStateException(names.get(i) + " is not valid UTF-8", e);
            }
            bytes += data.length;
            chars += pages[i].length();
        }
        return new HtmlCorpus(names, types, pages, urls.toArray(new String[0]), bytes, chars);
    }

    private static InputStream open(String resource) {
        InputStream in = HtmlCorpus.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }

    /** The files under {@code corpus/html/}, in index order. */
    public List<String> names() {
        return names;
    }

    /** The WCXB page type of each page, in index order. */
    public List<String> types() {
        return types;
    }

    /** How many pages. */
    public int size() {
        return pages.length;
    }

    /** The i-th page's markup. */
    public String page(int i) {
        return pages[i];
    }

    /** The i-th page's URL, its base URI. */
    public String url(int i) {
        return urls[i];
    }

    /** The pages' markup, in index order. The array is shared: do not change it. */
    String[] pages() {
        return pages;
    }

    /** The pages' URLs, in index order. The array is shared: do not change it. */
    String[] urls() {
        return urls;
    }

    /** Total bytes of the decompressed HTML. */
    public long bytes() {
        return bytes;
    }

    /** Total UTF-16 chars of the decoded pages. */
    public long chars() {
        return chars;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "HTML corpus: %d pages, %d bytes of HTML, %d chars", pages.length, bytes, chars);
    }
}
