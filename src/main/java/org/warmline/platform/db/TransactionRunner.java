package org.warmline.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one unit of work as a transaction and keeps it going through the failures a shared
 * server brings: a deadlock victim is retried after a short random delay (bounded), a lock
 * timeout is reported as a busy record, and a lost server connection is waited out with
 * back-off. A commit whose answer was lost is looked up in the {@link TxJournal} by its token
 * after reconnecting, so that a save that landed is never run twice.
 */
final class TransactionRunner {
    static final int DEADLOCK_ATTEMPTS = 6;
    private static final Logger LOG = Logger.getLogger(TransactionRunner.class.getName());
    private static final Set<String> BUSY = Set.of("40XL1", "40XL2");
    private static final String DEADLOCK = "40001";
    private final ConnectionSource connections;
    private final boolean remote;
    private final String origin = UUID.randomUUID().toString();
    private final List<Consumer<ConnectionState>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong deadlockRetries = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    /** Commits a connection; tests replace it to lose the server's answer after a commit. */
    interface Committer {
        void commit(Connection connection) throws SQLException;
    }

    private volatile Committer committer = Connection::commit;
    private volatile boolean journal;
    private volatile boolean everConnected;
    private volatile Duration reconnectWindow = Duration.ofMinutes(2);
    private volatile ConnectionState state = ConnectionState.CONNECTED;

    /** The commit was sent but its answer never came; {@code result} is what the work returned. */
    private static final class CommitUnknown extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Object result;
        private final SQLException cause;

        CommitUnknown(Object result, SQLException cause) {
            super(cause);
            this.result = result;
            this.cause = cause;
        }
    }

    TransactionRunner(ConnectionSource connections, boolean remote) {
        this.connections = connections;
        this.remote = remote;
    }

    void committer(Committer next) {
        committer = next;
    }

    String origin() {
        return origin;
    }

    void journal(boolean on) {
        journal = on;
    }

    boolean journalling() {
        return journal;
    }

    void reconnectWindow(Duration window) {
        reconnectWindow = window;
    }

    void addListener(Consumer<ConnectionState> listener) {
        listeners.add(listener);
    }

    ConnectionState state() {
        return state;
    }

    long deadlockRetries() {
        return deadlockRetries.get();
    }

    long reconnects() {
        return reconnects.get();
    }

    <T> T run(TxWork<T> work, boolean readOnly) {
        String token = readOnly ? null : UUID.randomUUID().toString();
        int deadlocks = 0;
        Backoff backoff = null;
        while (true) {
            try {
                T result = attempt(work, readOnly, token);
                everConnected = true;
                if (backoff != null || state != ConnectionState.CONNECTED) {
                    changeState(ConnectionState.CONNECTED);
                }
                return result;
            } catch (DataAccessException e) {
                if (DEADLOCK.equals(e.sqlState()) && ++deadlocks < DEADLOCK_ATTEMPTS) {
                    deadlockRetries.incrementAndGet();
                    pause(ThreadLocalRandom.current().nextLong(5, 40) * deadlocks);
                    continue;
                }
                if (!isLostConnection(e)) {
                    throw busyOr(e);
                }
                backoff = waitForServer(backoff, e);
            } catch (CommitUnknown unknown) {
                DataAccessException lost = DataAccessException.from(unknown.cause);
                backoff = waitForServer(backoff, lost);
                if (committed(token, lost)) {
                    changeState(ConnectionState.CONNECTED);
                    @SuppressWarnings("unchecked")
                    T landed = (T) unknown.result;
                    return landed;
                }
            }
        }
    }

    private <T> T attempt(TxWork<T> work, boolean readOnly, String token) throws CommitUnknown {
        Connection connection;
        try {
            connection = connections.borrow();
        } catch (SQLException e) {
            throw DataAccessException.from(e);
        }
        boolean broken = false;
        try {
            return inTransaction(connection, work, readOnly, token);
        } catch (SQLException e) {
            broken = isConnectionLevel(e);
            throw DataAccessException.from(e);
        } catch (DataAccessException e) {
            broken = e.isConnectionFailure();
            throw e;
        } catch (CommitUnknown e) {
            broken = true;
            throw e;
        } finally {
            connections.giveBack(connection, broken);
            if (broken) {
                connections.evictIdle();
            }
        }
    }

    private <T> T inTransaction(Connection connection, TxWork<T> work, boolean readOnly,
                                String token) throws SQLException, CommitUnknown {
        connection.setAutoCommit(false);
        if (readOnly) {
            connection.setReadOnly(true);
        }
        try {
            Tx tx = new Tx(connection);
            T result = work.run(tx);
            boolean wrote = !readOnly && !tx.written().isEmpty();
            if (wrote && journal) {
                TxJournal.write(tx, token, origin, tx.written());
            }
            commit(connection, result, wrote);
            return result;
        } catch (SQLException | RuntimeException | Error | CommitUnknown failure) {
            rollbackQuietly(connection);
            throw failure;
        } finally {
            if (readOnly) {
                connection.setReadOnly(false);
            }
        }
    }

    private void commit(Connection connection, Object result, boolean wrote)
            throws SQLException, CommitUnknown {
        try {
            committer.commit(connection);
        } catch (SQLException e) {
            if (wrote && remote && isConnectionLevel(e)) {
                throw new CommitUnknown(result, e);
            }
            throw e;
        }
    }

    /** Whether the transaction with {@code token} landed; asks again while the server is away. */
    private boolean committed(String token, DataAccessException lost) {
        if (!journal) {
            throw new DataAccessException("the server went away while saving; whether the "
                    + "change was stored is unknown", lost.sqlState(), lost);
        }
        return run(tx -> TxJournal.committed(tx, token), true);
    }

    private Backoff waitForServer(Backoff backoff, DataAccessException lost) {
        Backoff next = backoff == null ? new Backoff(reconnectWindow) : backoff;
        if (backoff == null) {
            changeState(ConnectionState.RECONNECTING);
            LOG.log(Level.INFO, "lost the database server: {0}", lost.getMessage());
        }
        if (!next.pause()) {
            changeState(ConnectionState.LOST);
            throw lost;
        }
        reconnects.incrementAndGet();
        connections.evictIdle();
        return next;
    }

    private boolean isLostConnection(DataAccessException e) {
        // A server that was never reached (wrong address, not started) fails at once.
        return remote && everConnected && e.isConnectionFailure()
                && !"08004".equals(e.sqlState());
    }

    private static DataAccessException busyOr(DataAccessException e) {
        String state = e.sqlState();
        if (state != null && (BUSY.contains(state) || DEADLOCK.equals(state))) {
            return e instanceof RecordBusyException ? e
                    : new RecordBusyException(e.getMessage(), e.sqlState(), e);
        }
        return e;
    }

    private void changeState(ConnectionState next) {
        state = next;
        listeners.forEach(l -> l.accept(next));
    }

    static boolean isConnectionLevel(SQLException e) {
        String s = e.getSQLState();
        return s == null || s.startsWith("08") || "XJ001".equals(s);
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the caller needs to see.
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessException("interrupted while retrying", null, e);
        }
    }

    /** Growing pauses (0.25 s doubling to 5 s) until the reconnect window has passed. */
    private static final class Backoff {
        private final long deadline;
        private long delay = 250;

        Backoff(Duration window) {
            deadline = System.nanoTime() + window.toNanos();
        }

        boolean pause() {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            TransactionRunner.pause(Math.min(delay, left));
            delay = Math.min(delay * 2, 5_000);
            return true;
        }
    }
}
