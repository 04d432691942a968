package org.warmline.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.warmline.platform.db.Database;

/**
 * Loads several CSV tables at once, each in its own transaction, and commits them only when
 * all loaded: if one fails, the others roll back too.
 */
final class ParallelLoad {
    private final Database db;

    ParallelLoad(Database db) {
        this.db = db;
    }

    private static void awaitQuietly(CountDownLatch latch, AtomicBoolean failed) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            failed.set(true);
            Thread.currentThread().interrupt();
        }
    }

    void load(List<CsvTable> tables) {
        CountDownLatch loaded = new CountDownLatch(tables.size());
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(tables.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (CsvTable table : tables) {
                running.add(pool.submit(() -> db.inTransaction(tx -> {
                    try {
                        table.load(tx);
                    } catch (java.io.IOException e) {
                        failed.set(true);
                        throw new java.io.UncheckedIOException(e);
                    } catch (RuntimeException | java.sql.SQLException | Error e) {
                        failed.set(true);
                        throw e;
                    } finally {
                        loaded.countDown();
                    }
                    awaitQuietly(loaded, failed);
                    if (failed.get()) {
                        throw new IllegalStateException("another part of the sample failed to load");
                    }
                    return null;
                })));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }
}
