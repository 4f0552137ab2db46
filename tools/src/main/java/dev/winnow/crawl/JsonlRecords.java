package dev.winnow.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.input.Content;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The documents of a JSON Lines file (gzipped when its name ends in {@code .gz}), one per line: the line
 * is an object whose field {@code field} holds the document (a text dump, or with {@code html} an HTML
 * page); its other fields are kept, in order, for the output. A line that is not such an object is an
 * error record naming its line number; empty lines are skipped. Read line by line; not thread-safe.
 */
public final class JsonlRecords extends RecordReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final String field;
    private final boolean html;
    private final int maxChars;
    private final BufferedReader in;
    private int line;

    /**
     * @param field    the name of the field that holds the document
     * @param html     whether that field holds HTML (else a text dump)
     * @param maxChars the most characters of one document cleaned; a longer one is cut, with a warning
     */
    public JsonlRecords(Path path, String file, String field, boolean html, int maxChars) throws IOException {
        this.file = file;
        this.field = field;
        this.html = html;
        this.maxChars = maxChars;
        InputStream raw = Files.newInputStream(path);
        try {
            InputStream stream = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(raw, 1 << 16) : raw;
            this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw new IOException("not valid gzip data: " + e.getMessage(), e);
        }
    }

    @Override
    protected void advance() {
        String text;
        try {
            text = in.readLine();
        } catch (CharacterCodingException e) {
            offer(CrawlRecord.failed(file, "line " + (line + 1), "not valid UTF-8 text; the rest of the file is not read"));
            finish();
            return;
        } catch (IOException e) {
            offer(CrawlRecord.failed(file, "line " + (line + 1), "cannot read: " + e.getMessage()
                    + "; the rest of the file is not read"));
            finish();
            return;
        }
        if (text == null) {
            finish();
            return;
        }
        line++;
        if (text.isBlank()) {
            return;
        }
        String where = "line " + line;
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            offer(CrawlRecord.failed(file, where, "not a JSON object: " + e.getOriginalMessage()));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            offer(CrawlRecord.failed(file, where, "not a JSON object"));
            return;
        }
        JsonNode document = object.get(field);
        if (document == null || !document.isTextual()) {
            offer(CrawlRecord.failed(file, where, "no string field '" + field + "' (--jsonl-field)"));
            return;
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> {
            if (!e.getKey().equals(field)) {
                fields.put(e.getKey(), e.getValue());
            }
        });
        String value = document.asText();
        String warning = null;
        if (value.length() > maxChars) {
            value = value.substring(0, maxChars);
            warning = "document longer than the limit of " + maxChars + " characters (--max-document-chars): cut";
        }
        JsonNode url = object.get("url");
        String base = url != null && url.isTextual() ? url.asText() : "";
        Content content = html ? new Content.Html(value.getBytes(StandardCharsets.UTF_8), base, "UTF-8") : new Content.Text(value);
        offer(new CrawlRecord(file, where, content, null, null, null, fields, warning, null));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
