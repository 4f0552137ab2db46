package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One {@link Cleaner} used by many threads at once gives what it gives used by one, on the HTML path too. */
class ConcurrencyTest {
    private static final String PROSE = "The city council voted on Tuesday to approve a new park along the river,"
            + " ending a debate that has lasted for more than three years and divided the residents.";

    private static String page(int i) {
        return "<html><head><title>Story " + i + "</title><meta property=\"og:site_name\" content=\"Example\"></head>"
                + "<body><nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav><article><h1>Park plan "
                + i + " approved</h1><p class=\"byline\">By Jane Doe</p>"
                + ("<p>" + PROSE.replace("Tuesday", "day " + i) + "</p>").repeat(1 + i % 4)
                + "<figure><img src=\"a.jpg\"><figcaption>The river, photo " + i + "</figcaption></figure></article>"
                + "<aside class=\"related\"><ul><li><a href=\"/x\">Ten things to do</a></li></ul></aside>"
                + (i % 3 == 0 ? "<div hidden><p>" + PROSE + "</p></div>" : "") + "</body></html>";
    }

    @Test
    void htmlFromManyThreadsEqualsSequential() throws Exception {
        Cleaner cleaner = new Cleaner();
        List<byte[]> pages = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            pages.add(page(i).getBytes(StandardCharsets.UTF_8));
        }
        List<Result> sequential = pages.stream().map(p -> cleaner.clean(p, "https://example.org/")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (byte[] p : pages) {
                    futures.add(pool.submit(() -> cleaner.clean(p, "https://example.org/")));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % pages.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
