package org.warmline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.testing.DatabaseExtension;

/**
 * The server dies (killed JVM) during a stream of inserts and comes back with every committed
 * insert; an online backup taken while writing restores into a new folder with the same content.
 */
class CrashAndBackupTest {
    private static final String INSERT = """
            INSERT INTO audit_log (occurred_at, actor, action, details)
            VALUES (CURRENT_TIMESTAMP, 'writer', 'TEST_WRITE', ?)""";
    private static Path dir;
    private static ServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        dir = Files.createTempDirectory("warmline-crash");
        server = new ServerProcess(dir.resolve("office")).start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
        DatabaseExtension.deleteTree(dir);
    }

    @Test
    void everyInsertTheClientSawCommittedSurvivesAKilledServer() throws Exception {
        ConcurrentLinkedQueue<Long> committed = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> write(committed, stop, "crash-"));
        writer.start();
        waitFor(() -> committed.size() >= 200);
        server.kill();
        writer.join(20_000);
        assertThat(writer.isAlive()).isFalse();
        server = new ServerProcess(server.dataDir, server.port).start();
        try (Database admin = server.admin()) {
            List<Long> present = admin.read(tx -> tx.query(
                    "SELECT id FROM audit_log WHERE action = 'TEST_WRITE'", Binder.NONE,
                    rs -> rs.getLong(1)));
            assertThat(present).containsAll(committed);
        }
    }

    @Test
    void aTableAddedLaterIsGrantedAndGuardedAtTheNextStart() throws Exception {
        try (Database admin = server.admin()) {
            admin.inTransaction(tx -> tx.update(
                    "CREATE TABLE later_table (id INT NOT NULL PRIMARY KEY, note VARCHAR(40))",
                    Binder.NONE));
            admin.inTransaction(tx -> tx.update(
                    "INSERT INTO later_table (id, note) VALUES (1, 'first')", Binder.NONE));
            UserService users = AccessTest.users(admin);
            users.add("lena", "Lena", "lena-secret-1".toCharArray(), org.warmline.recruiter.Role.RECRUITER);
            users.add("vera", "Vera", "vera-secret-1".toCharArray(), org.warmline.recruiter.Role.VIEWER);
        }
        server.stop();
        server = new ServerProcess(server.dataDir, server.port).start();
        try (Database lena = server.login("lena", "lena-secret-1")) {
            int inserted = lena.inTransaction(tx -> tx.update(
                    "INSERT INTO later_table (id, note) VALUES (2, 'second')", Binder.NONE));
            assertThat(inserted).isEqualTo(1);
        }
        try (Database vera = server.login("vera", "vera-secret-1")) {
            long rows = vera.read(tx -> tx.queryLong("SELECT COUNT(*) FROM later_table",
                    Binder.NONE));
            assertThat(rows).isEqualTo(2);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> vera.inTransaction(
                    tx -> tx.update("UPDATE later_table SET note = 'changed'", Binder.NONE)))
                    .satisfies(e -> assertThat(AccessFailures.explain(e))
                            .contains("you have read-only access"));
        }
    }

    @Test
    void backupWhileWritingRestoresIntoANewFolderWithTheSameContent() throws Exception {
        ConcurrentLinkedQueue<Long> committed = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> write(committed, stop, "backup-"));
        writer.start();
        waitFor(() -> committed.size() >= 50);
        Path copies = dir.resolve("copies");
        try (Database admin = server.admin()) {
            new BackupService(admin, Clock.systemUTC()).backup(copies);
        }
        stop.set(true);
        writer.join(20_000);
        Path restored = dir.resolve("elsewhere").resolve(OfficeServer.DATABASE);
        OfflineRestore.Result result = new OfflineRestore(Clock.systemUTC()).restore(restored,
                copies, dir.resolve("safety"), OfficeServer.OWNER,
                ServerProcess.ADMIN_PASSWORD.toCharArray(), "admin");
        assertThat(result.checkedTables()).contains("WARMLINE.CANDIDATE", "WARMLINE.AUDIT_LOG");
        assertThat(result.safetyBackup()).isNull();
        Map<String, String> copy = checksums(restored, true);
        long lastWrite = Long.parseLong(copy.remove("AUDIT_LOG_LAST_WRITE"));
        long lastJournal = Long.parseLong(copy.remove("TX_LOG_LAST"));
        assertThat(copy.remove("RESTORES_AUDITED")).isEqualTo("1");
        Map<String, String> live;
        try (Database admin = server.admin()) {
            live = admin.read(tx -> checksums(tx.connection(), lastWrite, lastJournal));
        }
        live.remove("AUDIT_LOG_LAST_WRITE");
        live.remove("TX_LOG_LAST");
        live.remove("RESTORES_AUDITED");
        assertThat(lastWrite).isGreaterThanOrEqualTo(50);
        assertThat(copy).isEqualTo(live);
    }

    private static void write(ConcurrentLinkedQueue<Long> committed, AtomicBoolean stop,
                              String prefix) {
        // A short reconnect window: the writer gives up soon after the server is killed.
        try (Database db = server.admin().reconnectWindow(Duration.ofSeconds(1))) {
            for (int i = 1; !stop.get(); i++) {
                int n = i;
                committed.add(db.inTransaction(tx -> tx.insert(INSERT,
                        ps -> ps.setString(1, prefix + n))));
            }
        } catch (RuntimeException serverGone) {
            // The writer stops at the first failure: what it saw committed is what counts.
        }
    }

    /** Row count and SHA-256 of the rows of every table of a restored database (embedded). */
    private static Map<String, String> checksums(Path database, boolean shutdown) throws Exception {
        String url = "jdbc:derby:" + database.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, OfficeServer.OWNER,
                ServerProcess.ADMIN_PASSWORD)) {
            try (Statement st = c.createStatement()) {
                st.execute("SET SCHEMA WARMLINE");
            }
            return checksums(c, Long.MAX_VALUE, Long.MAX_VALUE);
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true", OfficeServer.OWNER,
                        ServerProcess.ADMIN_PASSWORD);
            } catch (SQLException expected) {
                assertThat(expected.getSQLState()).isEqualTo("08006");
            }
        }
    }

    /**
     * Per table: row count and a hash of all rows in id order. Test writes after
     * {@code lastWrite} (made after the backup), their journal entries after {@code lastJournal}
     * and the restore's own audit entry are left out; the newest write is reported as
     * AUDIT_LOG_LAST_WRITE, the newest journal entry as TX_LOG_LAST, restore entries as
     * RESTORES_AUDITED.
     */
    private static Map<String, String> checksums(Connection c, long lastWrite, long lastJournal)
            throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT t.TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID
                 WHERE s.SCHEMANAME = 'WARMLINE' AND t.TABLETYPE = 'T'""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            String where = switch (table) {
                case "AUDIT_LOG" -> " WHERE id <= " + lastWrite + " AND action <> 'RESTORE'";
                case "TX_LOG" -> " WHERE id <= " + lastJournal;
                default -> "";
            };
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + table + where + " ORDER BY 1")) {
                sums.put(table, digest(rs));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT MAX(id) FROM audit_log WHERE action = 'TEST_WRITE'")) {
            rs.next();
            sums.put("AUDIT_LOG_LAST_WRITE", String.valueOf(rs.getLong(1)));
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COALESCE(MAX(id), 0) FROM tx_log")) {
            rs.next();
            sums.put("TX_LOG_LAST", String.valueOf(rs.getLong(1)));
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'RESTORE'")) {
            rs.next();
            sums.put("RESTORES_AUDITED", String.valueOf(rs.getLong(1)));
        }
        return sums;
    }

    private static String digest(ResultSet rs) throws SQLException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            int columns = rs.getMetaData().getColumnCount();
            long rows = 0;
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    sha.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return rows + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        for (int i = 0; i < 400 && !condition.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
