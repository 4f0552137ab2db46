package dev.winnow.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.input.Content;
import java.util.Map;

/**
 * One document of a crawl file: a WARC response or resource (an HTML page), a WET conversion (a text
 * dump), or a JSONL line; or the error that stopped reading one.
 *
 * @param file     the crawl file, as given
 * @param where    where in the file: {@code record 12 at offset 34567} or {@code line 8}, for messages
 * @param content  what to clean, or null when the record could not be read
 * @param url      the page's address (WARC-Target-URI), or null
 * @param recordId the WARC-Record-ID, or null
 * @param date     the WARC-Date (ISO 8601), or null
 * @param fields   a JSONL object's other fields, in order (empty for WARC and WET)
 * @param warning  a note for stderr on a record that was read (cut at the size limit, a charset not
 *                 known), or null
 * @param error    why the record could not be read, or null
 */
public record CrawlRecord(String file, String where, Content content, String url, String recordId, String date,
                          Map<String, JsonNode> fields, String warning, String error) {
    public CrawlRecord {
        fields = fields == null ? Map.of() : fields;
    }

    /** A record that could not be read. */
    static CrawlRecord failed(String file, String where, String error) {
        return new CrawlRecord(file, where, null, null, null, null, Map.of(), null, error);
    }

    /**
     * The fields a JSONL output object carries about this record after winnow's own: a WARC or WET
     * record's {@code url}, {@code warcRecordId} and {@code warcDate}; a JSONL record's other fields.
     */
    public Map<String, Object> outputFields() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        if (recordId != null) {
            out.put("url", url);
            out.put("warcRecordId", recordId);
            out.put("warcDate", date);
        }
        out.putAll(fields);
        return out;
    }

    /** The name of this record in messages: {@code file: record 12 at offset 34567}. */
    public String source() {
        return file + ": " + where;
    }
}
