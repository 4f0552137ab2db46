package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link OrderedPool}: order, the bounded window of work ahead of the consumer, the per-item time limit. */
class OrderedPoolTest {
    private static final Duration NO_LIMIT = Duration.ofHours(1);

    @Test
    void resultsComeInItemOrderForAnyNumberOfThreads() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        for (int threads : new int[] {1, 2, 4}) {
            List<Integer> out = new ArrayList<>();
            OrderedPool.run(items, threads, NO_LIMIT, i -> i * 2, (i, d) -> -1, out::add);
            assertThat(out).isEqualTo(items.stream().map(i -> i * 2).toList());
        }
    }

    @Test
    void noMoreThanTheWindowIsStartedAheadOfTheConsumer() {
        int threads = 3;
        AtomicInteger started = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        OrderedPool.run(items, threads, NO_LIMIT, i -> {
            int ahead = started.incrementAndGet() - consumed.get();
            mostAhead.accumulateAndGet(ahead, Math::max);
            return i;
        }, (i, d) -> -1, i -> {
            consumed.incrementAndGet();
            Thread.onSpinWait();
        });
        assertThat(consumed.get()).isEqualTo(items.size());
        assertThat(mostAhead.get()).isBetween(1, OrderedPool.window(threads) + 1);
        assertThat(OrderedPool.window(threads)).isEqualTo(threads * OrderedPool.AHEAD_PER_THREAD);
    }

    @Test
    void anItemOverItsTimeLimitIsCancelledAndTheOthersGoOn() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        List<String> out = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            out.clear();
            OrderedPool.run(List.of(1, 2, 3, 4), threads, Duration.ofMillis(200), i -> {
                if (i == 2) {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        interrupted.incrementAndGet();
                    }
                }
                return "done " + i;
            }, (i, limit) -> "timed out " + i + " after " + limit.toMillis() + " ms", out::add);
            assertThat(out).containsExactly("done 1", "timed out 2 after 200 ms", "done 3", "done 4");
        }
        assertThat(never.getCount()).isEqualTo(1);
    }

    /**
     * Workers race for the threads, so a later item may start before an earlier one and, stuck, hold the
     * only thread while the consumer waits for the earlier item to start: its limit must still end it.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aStuckItemThatStartedBeforeAnEarlierOneIsStillCancelled() {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        for (int round = 0; round < 5; round++) {
            List<String> out = new ArrayList<>();
            OrderedPool.run(items, 1, Duration.ofMillis(30), i -> {
                if (i % 5 == 4) {
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        return "interrupted " + i;
                    }
                }
                return "done " + i;
            }, (i, limit) -> "timed out " + i, out::add);
            assertThat(out).hasSize(items.size());
            for (int i = 0; i < items.size(); i++) {
                assertThat(out.get(i)).isEqualTo((i % 5 == 4 ? "timed out " : "done ") + i);
            }
        }
    }
}
