package dev.winnow.eval;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an engine on a page with a time limit, turning every exception and a timeout into a failed
 * {@link Extraction}. Each extraction runs on a daemon thread of its own pool: an engine that hangs
 * is interrupted and abandoned (a thread that ignores interrupts is left to end with the JVM).
 */
final class TimeLimit implements AutoCloseable {
    private final Duration limit;
    private final ExecutorService runner = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "eval-extract");
        thread.setDaemon(true);
        return thread;
    });

    TimeLimit(Duration limit) {
        this.limit = limit;
    }

    /** The engine's extraction of the page, or the failure: its exception, or "timed out after N s". */
    Extraction extract(Engine engine, Wcxb.Page page) {
        Future<String> future = runner.submit(() -> engine.extract(page));
        try {
            return Extraction.of(future.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            return Extraction.failed("timed out after " + (limit.toMillis() % 1000 == 0
                    ? limit.toSeconds() + " s" : limit.toMillis() + " ms"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Extraction.failed(cause.toString().replaceAll("\\s+", " "));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Extraction.failed("interrupted");
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
