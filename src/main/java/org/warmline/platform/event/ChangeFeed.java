package org.warmline.platform.event;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.TxJournal;

/**
 * Brings other recruiters' changes to this client: polls the transaction journal every couple
 * of seconds and publishes {@code RecordChanged(table, 0)} for every table that another client
 * changed, so that open lists refresh. This client's own changes are skipped (its services
 * already published them). Also prunes journal entries older than a day, now and then.
 */
public final class ChangeFeed implements AutoCloseable {
    /** Journal ids are handed out before commit, so a late commit can land below the newest id. */
    private static final long LOOKBACK = 200;
    private static final int REMEMBERED = 5_000;
    private static final Duration KEEP = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
    private final Database db;
    private final AppEvents events;
    private final Clock clock;
    private final Set<Long> seen = new HashSet<>();
    private final Deque<Long> seenOrder = new ArrayDeque<>();
    private long newest = -1;
    private long polls;
    private ScheduledExecutorService timer;

    public ChangeFeed(Database db, AppEvents events, Clock clock) {
        this.db = db;
        this.events = events;
        this.clock = clock;
    }

    /** Starts polling every {@code interval} on a background thread. */
    public synchronized ChangeFeed start(Duration interval) {
        if (timer == null && db.journalling()) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "warmline-change-feed");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::pollQuietly, 0, interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return this;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "change feed poll failed", e);
        }
    }

    /**
     * Reads new journal entries once and publishes the tables other clients changed; returns
     * them. The first call only learns where the journal stands.
     */
    public synchronized Set<String> poll() {
        boolean first = newest < 0;
        if (first) {
            newest = db.read(TxJournal::latest);
        }
        List<TxJournal.Entry> entries = db.read(tx -> TxJournal.since(tx,
                Math.max(0, newest - LOOKBACK)));
        if (first) {
            entries.forEach(e -> remember(e.id()));
            return Set.of();
        }
        Set<String> changed = new LinkedHashSet<>();
        for (TxJournal.Entry e : entries) {
            newest = Math.max(newest, e.id());
            if (remember(e.id()) && !db.origin().equals(e.origin())) {
                changed.addAll(e.tables());
            }
        }
        changed.remove("*");
        changed.forEach(table -> events.publish(new RecordChanged(table, 0)));
        if (++polls % 1_800 == 1) {
            prune();
        }
        return changed;
    }

    private boolean remember(long id) {
        if (!seen.add(id)) {
            return false;
        }
        seenOrder.addLast(id);
        if (seenOrder.size() > REMEMBERED) {
            seen.remove(seenOrder.removeFirst());
        }
        return true;
    }

    private void prune() {
        try {
            db.inTransaction(tx -> TxJournal.prune(tx, clock.instant().minus(KEEP)));
        } catch (RuntimeException e) {
            // A viewer may not delete; somebody else's client prunes.
            LOG.log(Level.FINE, "journal not pruned", e);
        }
    }

    /** Stops polling. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
