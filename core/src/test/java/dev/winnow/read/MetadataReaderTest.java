package dev.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/** {@link MetadataReader#namedBy}: every {@code <meta>} query that matches an element is among those it lets run. */
class MetadataReaderTest {
    private static final List<String> KEYS = List.of("property", "PROPERTY", "Name", "name", "content", "itemprop",
            "http-equiv", "charset");
    private static final List<String> ODD_VALUES = List.of("", " ", "og", "title", "OG:TITLE", " og:title ",
            "og:tıtle", "og:tİtle", "og:\u017Fite_name", "\tdate\n", "DATE", "Author", "pubdate ", "og:title og:title",
            "twitter:title\u00A0", "article:published_time");

    @Test
    void everyQueryThatMatchesIsLetRun() {
        Random random = new Random(20261122);
        Evaluator[] queries = new Evaluator[MetadataReader.META_NAMES.length];
        for (int i = 0; i < queries.length; i++) {
            String name = MetadataReader.META_NAMES[i];
            queries[i] = QueryParser.parse("meta[property=" + name + "], meta[name=" + name + "]");
        }
        int matched = 0;
        for (int n = 0; n < 5_000; n++) {
            Document doc = Jsoup.parse("<html><head><meta></head><body></body></html>");
            Element head = doc.head();
            Element meta = head.child(0);
            for (int a = random.nextInt(4); a > 0; a--) {
                String value = random.nextBoolean()
                        ? MetadataReader.META_NAMES[random.nextInt(MetadataReader.META_NAMES.length)]
                        : ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
                meta.attr(KEYS.get(random.nextInt(KEYS.size())), random.nextBoolean() ? value.toUpperCase() : value);
            }
            int named = MetadataReader.namedBy(meta);
            for (int i = 0; i < queries.length; i++) {
                if (queries[i].matches(head, meta)) {
                    matched++;
                    assertThat(named & 1 << i).as("%s for %s", MetadataReader.META_NAMES[i], meta).isNotZero();
                }
            }
        }
        assertThat(matched).isGreaterThan(1_000);
    }
}
