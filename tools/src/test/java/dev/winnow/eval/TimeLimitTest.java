package dev.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Engines that fail or hang become failed, empty extractions; the others are untouched. */
class TimeLimitTest {
    private static final Wcxb.Page PAGE = new Wcxb.Page("0001", "article", "https://example.com/", Path.of("d"),
            Path.of("g"), Path.of("h"));

    private static Engine engine(String name, Wcxb.Page expected, ThrowingText text) {
        return new Engine() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String extract(Wcxb.Page page) throws Exception {
                assertThat(page).isSameAs(expected);
                return text.get();
            }
        };
    }

    private interface ThrowingText {
        String get() throws Exception;
    }

    @Test
    void aSuccessfulExtractionKeepsItsText() {
        try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(5))) {
            Extraction ok = limit.extract(engine("ok", PAGE, () -> "the article"), PAGE);
            assertThat(ok).isEqualTo(new Extraction("the article", null));
            assertThat(ok.failed()).isFalse();
            assertThat(limit.extract(engine("null", PAGE, () -> null), PAGE).text()).isEmpty();
        }
    }

    @Test
    void anExceptionIsAFailedEmptyExtractionWithItsReason() {
        try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(5))) {
            Extraction failed = limit.extract(engine("bad", PAGE, () -> {
                throw new IllegalStateException("no\ntext blocks");
            }), PAGE);
            assertThat(failed.failed()).isTrue();
            assertThat(failed.text()).isEmpty();
            assertThat(failed.failure()).isEqualTo("java.lang.IllegalStateException: no text blocks");
        }
    }

    @Test
    void anEngineThatHangsIsAbandonedAfterTheLimit() {
        try (TimeLimit limit = new TimeLimit(Duration.ofMillis(200))) {
            long start = System.nanoTime();
            Extraction hung = limit.extract(engine("hang", PAGE, () -> {
                Thread.sleep(60_000);
                return "never";
            }), PAGE);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(hung).isEqualTo(new Extraction("", "timed out after 200 ms"));
        }
    }
}
