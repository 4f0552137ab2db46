package dev.winnow.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over items on a fixed number of threads and hands the results to a consumer in the
 * items' order, on the calling thread. At most {@link #AHEAD_PER_THREAD} results per thread wait to be
 * consumed, which bounds memory on large inputs. The output is the same for any number of threads.
 */
final class OrderedPool {
    /** How many items per thread may be in flight before the consumer catches up. */
    static final int AHEAD_PER_THREAD = 4;

    private OrderedPool() {
    }

    /**
     * Applies {@code work} to every item and passes the results to {@code consumer} in item order.
     * {@code work} should not throw; if it does, the exception ends the run.
     */
    static <T, R> void run(List<T> items, int threads, Function<T, R> work, Consumer<R> consumer) {
        if (threads <= 1) {
            items.forEach(item -> consumer.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int limit = threads * AHEAD_PER_THREAD;
            for (T item : items) {
                if (pending.size() >= limit) {
                    consumer.accept(next(pending));
                }
                pending.add(pool.submit(() -> work.apply(item)));
            }
            while (!pending.isEmpty()) {
                consumer.accept(next(pending));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R next(Deque<Future<R>> pending) {
        try {
            return pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "winnow-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
