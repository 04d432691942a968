package org.warmline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.testing.DbTest;

/** Online backup, table checks and offline restore of a laptop database. */
@DbTest
class BackupRestoreTest {
    private static final String INSERT = """
            INSERT INTO candidate (first_name, last_name, status, notes, sort_name, created_at,
                                   updated_at)
            VALUES (?, ?, 'ACTIVE', ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""";
    private static final String NOTES = "x".repeat(10_000);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void aBackupRestoresIntoANewFolderWithTheSameRowsAndPassesItsChecks(Database db,
                                                                        @TempDir Path tmp) {
        insert(db, "Zoë", "Ødegård");
        insert(db, "芳", "王");
        BackupService backups = new BackupService(db, clock);
        Path copy = backups.backup(tmp.resolve("copies"));
        assertThat(copy.resolve("service.properties")).exists();
        assertThat(backups.check()).contains("APP.CANDIDATE", "APP.AUDIT_LOG");

        Path restored = tmp.resolve("laptop").resolve("db");
        OfflineRestore.Result result = new OfflineRestore(clock).restore(restored,
                tmp.resolve("copies"), tmp.resolve("safety"), null, null, "maya");
        assertThat(result.safetyBackup()).isNull();
        assertThat(result.checkedTables()).contains("APP.CANDIDATE");
        try (Database back = Database.embedded(restored)) {
            java.util.List<String> rows = back.read(tx -> tx.query(
                    "SELECT last_name, notes FROM candidate ORDER BY id", Binder.NONE,
                    rs -> rs.getString(1) + ":" + rs.getString(2).length()));
            assertThat(rows).containsExactly("Ødegård:10000", "王:10000");
            AuditLog.Entry entry = back.read(tx -> new AuditLog().recent(tx, 1)).get(0);
            assertThat(entry.action()).isEqualTo("RESTORE");
            assertThat(entry.actor()).isEqualTo("maya");
            assertThat(entry.occurredAt()).isEqualTo(clock.instant());
        }
    }

    @Test
    void restoringOverADatabaseFirstSavesItInASafetyBackup(Database db, @TempDir Path tmp) {
        insert(db, "Ana", "Ribeiro");
        new BackupService(db, clock).backup(tmp.resolve("copies"));
        Path laptop = tmp.resolve("laptop").resolve("db");
        try (Database current = Database.embedded(laptop).migrated()) {
            insert(current, "Only", "Here");
        }
        OfflineRestore.Result result = new OfflineRestore(clock).restore(laptop,
                tmp.resolve("copies").resolve(copyName(db)), tmp.resolve("safety"), null, null,
                "maya");
        assertThat(result.safetyBackup()).exists();
        try (Database back = Database.embedded(laptop)) {
            assertThat(lastNames(back)).containsExactly("Ribeiro");
        }
        try (Database safety = Database.embedded(result.safetyBackup())) {
            assertThat(lastNames(safety)).containsExactly("Here");
        }
    }

    @Test
    void aFolderWithoutABackupIsRefused(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> new OfflineRestore(clock).restore(tmp.resolve("db"),
                tmp.resolve("empty"), tmp.resolve("safety"), null, null, "maya"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no Warmline backup");
        assertThat(tmp.resolve("db")).doesNotExist();
    }

    private static String copyName(Database db) {
        Database.Location where = db.location();
        String name = where.embedded() ? where.path() : where.name();
        return Path.of(name.split(";", 2)[0]).getFileName().toString();
    }

    private static java.util.List<String> lastNames(Database db) {
        return db.read(tx -> tx.query("SELECT last_name FROM candidate ORDER BY id", Binder.NONE,
                rs -> rs.getString(1)));
    }

    private static void insert(Database db, String first, String last) {
        db.inTransaction(tx -> tx.insert(INSERT, ps -> {
            ps.setString(1, first);
            ps.setString(2, last);
            ps.setString(3, NOTES.substring(0, last.equals("Here") ? 10 : 10_000));
            ps.setString(4, last + " " + first);
        }));
    }

    @Test
    void theRestoreCommandAsksForConfirmationThenRestoresAndChecks(@TempDir Path tmp) {
        Path data = tmp.resolve("data");
        try (Database laptop = Database.embedded(data.resolve("db")).migrated()) {
            insert(laptop, "Ana", "Ribeiro");
            new BackupService(laptop, clock).backup(tmp.resolve("copies"));
            insert(laptop, "Li", "Wei");
        }
        String[] unconfirmed = Cli.run("restore", "--data-dir", data.toString(), "--from",
                tmp.resolve("copies").toString());
        assertThat(unconfirmed[0]).isEqualTo("1");
        assertThat(unconfirmed[2]).contains("confirm with --yes");
        String[] done = Cli.run("restore", "--data-dir", data.toString(), "--from",
                tmp.resolve("copies").toString(), "--yes");
        assertThat(done[0]).isEqualTo("0");
        assertThat(done[1]).contains("restored_from=" + tmp.resolve("copies").resolve("db"),
                "safety_backup=" + data.resolve("backups"), "checked_tables=");
        try (Database back = Database.embedded(data.resolve("db"))) {
            assertThat(lastNames(back)).containsExactly("Ribeiro");
        }
    }
}
