package org.warmline.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The server's daily backup: at the configured time a new time-stamped copy, keeping the newest
 * N copies and deleting older ones. Runs on one daemon thread of the server process.
 */
final class BackupSchedule implements AutoCloseable {
    static final String PREFIX = OfficeServer.DATABASE + "-";
    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());
    private final BackupService backups;
    private final ServerConfig config;
    private final Clock clock;
    private ScheduledExecutorService timer;

    BackupSchedule(BackupService backups, ServerConfig config, Clock clock) {
        this.backups = backups;
        this.config = config;
        this.clock = clock;
    }

    synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warmline-daily-backup");
            t.setDaemon(true);
            return t;
        });
        scheduleNext();
    }

    /** Makes one backup now and prunes old copies; returns the new copy. */
    Path runNow() throws IOException {
        Path copy = backups.backupStamped(config.backupDir());
        prune(config.backupDir(), config.backupKeep());
        return copy;
    }

    /** Delay from {@code now} until the next {@code at} (tomorrow when today's has passed). */
    static Duration untilNext(LocalDateTime now, LocalTime at) {
        LocalDateTime next = now.toLocalDate().atTime(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }

    /** Deletes all but the newest {@code keep} time-stamped copies in {@code dir}. */
    static List<Path> prune(Path dir, int keep) throws IOException {
        List<Path> copies;
        try (Stream<Path> list = Files.list(dir)) {
            copies = list.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        List<Path> deleted = new ArrayList<>();
        for (Path old : copies.subList(0, Math.max(0, copies.size() - keep))) {
            deleteTree(old);
            deleted.add(old);
        }
        return deleted;
    }

    private synchronized void scheduleNext() {
        if (timer == null) {
            return;
        }
        long millis = untilNext(LocalDateTime.now(clock), config.backupTime()).toMillis();
        timer.schedule(this::runScheduled, millis, TimeUnit.MILLISECONDS);
    }

    private void runScheduled() {
        try {
            LOG.info("daily backup written to " + runNow());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "daily backup failed", e);
        }
        scheduleNext();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
