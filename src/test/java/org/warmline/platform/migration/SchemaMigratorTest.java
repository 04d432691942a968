package org.warmline.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.DataAccessException;
import org.warmline.platform.db.Database;
import org.warmline.testing.DatabaseExtension;
import org.warmline.testing.DbTest;

@DbTest
class SchemaMigratorTest {

    @Test
    void baselineCreatesEveryTableAndTheDefaultStages(Database db) {
        SchemaMigrator migrator = new SchemaMigrator(db);
        List<Integer> versions = migrator.available().stream()
                .map(SchemaMigrator.Migration::version).toList();
        // Versions run 1, 2, 3 ... without gaps, and all of them were applied.
        assertThat(versions).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i)).isEqualTo(i + 1);
        }
        assertThat(migrator.currentVersion()).isEqualTo(versions.size());
        List<String> tables = db.read(tx -> tx.query("""
                SELECT LOWER(t.tablename) FROM sys.systables t JOIN sys.sysschemas s
                    ON s.schemaid = t.schemaid
                 WHERE s.schemaname = CURRENT SCHEMA AND t.tabletype = 'T'
                 ORDER BY 1""", Binder.NONE, rs -> rs.getString(1)));
        assertThat(tables).contains("activity", "candidate", "contact", "employer", "job",
                "placement", "recruiter", "schema_history", "search_term", "stage", "submission",
                "submission_stage_history", "nurture_plan", "nurture_step", "audit_log",
                "erasure_register");
        List<String> stages = db.read(tx -> tx.query(
                "SELECT name FROM stage ORDER BY position", Binder.NONE, rs -> rs.getString(1)));
        assertThat(stages).containsExactly("Sourced", "Submitted", "Interview 1", "Interview 2",
                "Offer", "Placed", "Rejected", "Withdrawn");
    }

    @Test
    void migratingTwiceAppliesNothingTheSecondTime(Database db) {
        assertThat(new SchemaMigrator(db).migrate()).isZero();
    }

    @Test
    void upgradeKeepsExistingRows(@TempDir Path dir) {
        try (Database old = DatabaseExtension.open(dir.resolve("old"))) {
            assertThat(new SchemaMigrator(old, "testmigrations/v1").migrate()).isEqualTo(1);
            old.inTransaction(tx -> tx.update(
                    "INSERT INTO person (name) VALUES ('Zoë Ødegård'), ('王芳')", Binder.NONE));
            SchemaMigrator newer = new SchemaMigrator(old, "testmigrations/v2");
            assertThat(newer.migrate()).isEqualTo(1);
            assertThat(newer.currentVersion()).isEqualTo(2);
            List<String> rows = old.read(tx -> tx.query(
                    "SELECT name || '/' || email FROM person ORDER BY id", Binder.NONE,
                    rs -> rs.getString(1)));
            assertThat(rows).containsExactly("Zoë Ødegård/unknown", "王芳/unknown");
        }
    }

    @Test
    void changedScriptIsRefused(Database db) {
        db.inTransaction(tx -> tx.update(
                "UPDATE schema_history SET checksum = 'tampered' WHERE version = 1", Binder.NONE));
        assertThatThrownBy(() -> new SchemaMigrator(db).migrate())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("V1 was changed after it was applied");
    }

    @Test
    void databaseFromANewerReleaseIsRefused(Database db) {
        db.inTransaction(tx -> tx.update("""
                INSERT INTO schema_history (version, description, checksum, applied_at)
                VALUES (999, 'future', 'x', CURRENT_TIMESTAMP)""", Binder.NONE));
        assertThatThrownBy(() -> new SchemaMigrator(db).migrate())
                .hasMessageContaining("newer than this Warmline");
    }

    @Test
    void statementsAreSplitOnLineEndingSemicolonsAndSkipComments() {
        assertThat(SchemaMigrator.statements("""
                -- a comment
                CREATE TABLE a (x INT);
                INSERT INTO a VALUES (1);

                INSERT INTO a
                VALUES (2);
                """)).containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)",
                "INSERT INTO a\nVALUES (2)");
    }
}
