package dev.winnow.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over items on worker threads, at most {@code threads} at a time, and hands the
 * results to a consumer in the items' order, on the calling thread. At most {@link #window(int)} items
 * are submitted ahead of the consumer, so memory does not grow with the number of items. The output is
 * the same for any number of threads.
 *
 * <p>Each item has a time limit counted from when its work starts. An item over its limit is cancelled
 * (its thread is interrupted; the cleaner checks for that once per line) and {@code onTimeout} gives its
 * result, so the other items go on. Work that ignores the interrupt keeps its worker thread (a daemon)
 * until it ends, but no longer counts against {@code threads}: the batch goes on at full width.
 */
final class OrderedPool {
    /** How many items per thread may be in flight before the consumer catches up. */
    static final int AHEAD_PER_THREAD = 4;

    /** How often the consumer looks whether the next item's work has started. */
    private static final long START_POLL_MILLIS = 10;

    private OrderedPool() {
    }

    /** The most items submitted but not yet consumed, for {@code threads} threads. */
    static int window(int threads) {
        return Math.max(1, threads) * AHEAD_PER_THREAD;
    }

    /** One submitted item: its future, when its work started (0: not yet), whether its slot is free. */
    private record Task<T, R>(T item, Future<R> future, AtomicLong started, AtomicBoolean released) {
    }

    /**
     * Applies {@code work} to every item and passes the results to {@code consumer} in item order.
     *
     * @param timeout   the time limit of one item's work
     * @param onTimeout the result of an item whose work took longer than {@code timeout}
     * @throws RuntimeException or Error thrown by {@code work} (it should not throw): this ends the run
     */
    static <T, R> void run(Iterable<T> items, int threads, Duration timeout, Function<T, R> work,
                           BiFunction<T, Duration, R> onTimeout, Consumer<R> consumer) {
        int width = Math.max(1, threads);
        Semaphore running = new Semaphore(width);
        ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());
        try {
            Deque<Task<T, R>> pending = new ArrayDeque<>();
            int limit = window(width);
            for (T item : items) {
                if (pending.size() >= limit) {
                    consumer.accept(next(pending, running, timeout, onTimeout));
                }
                AtomicLong started = new AtomicLong();
                AtomicBoolean released = new AtomicBoolean();
                Future<R> future = pool.submit(() -> {
                    running.acquire();
                    started.set(System.nanoTime());
                    try {
                        return work.apply(item);
                    } finally {
                        if (released.compareAndSet(false, true)) {
                            running.release();
                        }
                    }
                });
                pending.add(new Task<>(item, future, started, released));
            }
            while (!pending.isEmpty()) {
                consumer.accept(next(pending, running, timeout, onTimeout));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T, R> R next(Deque<Task<T, R>> pending, Semaphore running, Duration timeout,
                                 BiFunction<T, Duration, R> onTimeout) {
        Task<T, R> task = pending.removeFirst();
        try {
            while (task.started().get() == 0 && !task.future().isDone()) {
                try {
                    return task.future().get(START_POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException notStarted) {
                    // still waiting for a free thread: its time has not begun. Later items may hold the
                    // threads (they race for them), so their limits are enforced here, or this wait never ends.
                    expire(pending, running, timeout);
                }
            }
            long left = timeout.toNanos() - (System.nanoTime() - task.started().get());
            return task.future().get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.future().cancel(true);
            if (task.released().compareAndSet(false, true)) {
                running.release();
            }
            return onTimeout.apply(task.item(), timeout);
        } catch (CancellationException e) {
            return onTimeout.apply(task.item(), timeout);
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

    /**
     * Cancels every pending item whose work started longer than {@code timeout} ago and frees its
     * thread's slot; the consumer later gives its {@code onTimeout} result.
     */
    private static <T, R> void expire(Deque<Task<T, R>> pending, Semaphore running, Duration timeout) {
        long now = System.nanoTime();
        for (Task<T, R> t : pending) {
            long started = t.started().get();
            if (started != 0 && now - started > timeout.toNanos() && !t.future().isDone()) {
                t.future().cancel(true);
                if (t.released().compareAndSet(false, true)) {
                    running.release();
                }
            }
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
