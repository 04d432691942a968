package org.warmline.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Derby Network Server (started here on 127.0.0.1 and a free port) that goes away and
 * comes back while the client works.
 */
class ReconnectTest {
    private static final String INSERT =
            "INSERT INTO recruiter (login, display_name) VALUES (?, ?)";
    @TempDir
    Path dir;
    private int port;
    private TestServer server;
    private Database db;
    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        port = server.port();
        db = Database.network("127.0.0.1", port, dir.resolve("office") + ";create=true", "app",
                "app".toCharArray()).migrated().reconnectWindow(Duration.ofSeconds(60));
        db.onConnectionState(states::add);
    }

    @AfterEach
    void stop() throws Exception {
        db.close();
        try {
            java.sql.DriverManager.getConnection("jdbc:derby://127.0.0.1:" + port + "/"
                    + dir.resolve("office") + ";shutdown=true", "app", "app").close();
        } catch (SQLException expected) {
            // 08006: shut down.
        }
        server.stop();
    }

    private void startServer() throws Exception {
        server.startAgain();
    }

    private long count(String login) {
        return db.read(tx -> tx.queryLong("SELECT COUNT(*) FROM recruiter WHERE login = ?",
                st -> st.setString(1, login)));
    }

    private static void waitFor(java.util.function.BooleanSupplier done) throws Exception {
        for (int i = 0; i < 400 && !done.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
        assertThat(done.getAsBoolean()).isTrue();
    }

    @Test
    void aSaveWaitsForTheServerToComeBackAndLandsOnce() throws Exception {
        db.inTransaction(tx -> tx.insert(INSERT, st -> {
            st.setString(1, "zoe");
            st.setString(2, "Zoë Ødegård");
        }));
        server.stop();

        CompletableFuture<Long> save = CompletableFuture.supplyAsync(() -> db.inTransaction(
                tx -> tx.insert(INSERT, st -> {
                    st.setString(1, "fang");
                    st.setString(2, "王芳");
                })));
        waitFor(() -> db.connectionState() == ConnectionState.RECONNECTING);
        assertThat(save).isNotDone();
        startServer();

        assertThat(save.get(30, TimeUnit.SECONDS)).isPositive();
        assertThat(states).containsSubsequence(ConnectionState.RECONNECTING,
                ConnectionState.CONNECTED);
        assertThat(db.connectionState()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(db.reconnectAttempts()).isPositive();
        assertThat(count("fang")).isEqualTo(1);
        assertThat(count("zoe")).isEqualTo(1);
    }

    @Test
    void aCommitWhoseAnswerWasLostIsFoundInTheJournalAndNotRunTwice() {
        AtomicBoolean loseAnswer = new AtomicBoolean(true);
        db.runner().committer(connection -> {
            connection.commit();
            if (loseAnswer.getAndSet(false)) {
                throw new SQLException("connection reset after commit", "08006");
            }
        });
        AtomicInteger runs = new AtomicInteger();

        long id = db.inTransaction(tx -> {
            runs.incrementAndGet();
            return tx.insert(INSERT, st -> {
                st.setString(1, "zoe");
                st.setString(2, "Zoë Ødegård");
            });
        });

        assertThat(runs).hasValue(1);
        assertThat(id).isPositive();
        assertThat(count("zoe")).isEqualTo(1);
        assertThat(states).containsSubsequence(ConnectionState.RECONNECTING,
                ConnectionState.CONNECTED);
    }

    @Test
    void aCommitThatNeverLandedIsRunAgainOnceTheServerIsBack() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        long id = db.inTransaction(tx -> {
            long key = tx.insert(INSERT, st -> {
                st.setString(1, "zoe");
                st.setString(2, "Zoë Ødegård");
            });
            if (runs.incrementAndGet() == 1) {
                // The server goes away with the transaction still open: nothing was stored.
                restartServerSoon();
                throw DataAccessException.from(new SQLException("connection lost", "08006"));
            }
            return key;
        });

        assertThat(runs).hasValue(2);
        assertThat(id).isPositive();
        assertThat(count("zoe")).isEqualTo(1);
    }

    private void restartServerSoon() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(500);
                startServer();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aServerThatStaysAwayFailsTheWorkAfterTheWindow() throws Exception {
        db.reconnectWindow(Duration.ofMillis(800));
        db.read(tx -> tx.queryLong("SELECT COUNT(*) FROM recruiter", Binder.NONE));
        server.stop();
        long started = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.read(tx -> tx.queryLong(
                        "SELECT COUNT(*) FROM recruiter", Binder.NONE)))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).isConnectionFailure()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(
                Duration.ofMillis(700), Duration.ofSeconds(10));
        assertThat(states).endsWith(ConnectionState.LOST);
        startServer();
        long after = db.read(tx -> tx.queryLong("SELECT COUNT(*) FROM recruiter", Binder.NONE));
        assertThat(after).isZero();
        assertThat(states).endsWith(ConnectionState.CONNECTED);
    }
}
