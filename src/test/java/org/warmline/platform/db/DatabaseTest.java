package org.warmline.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.testing.DbTest;

@DbTest
class DatabaseTest {

    @Test
    void failedWorkIsRolledBack(Database db) {
        assertThatThrownBy(() -> db.inTransaction(tx -> {
            tx.insert("INSERT INTO recruiter (login, display_name) VALUES ('ann', 'Ann')", Binder.NONE);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        long count = db.read(tx -> tx.queryLong("SELECT COUNT(*) FROM recruiter", Binder.NONE));
        assertThat(count).isZero();
    }

    @Test
    void uniqueViolationBecomesDuplicateKeyException(Database db) {
        db.inTransaction(tx -> tx.insert(
                "INSERT INTO recruiter (login, display_name) VALUES ('ann', 'Ann')", Binder.NONE));
        assertThatThrownBy(() -> db.inTransaction(tx -> tx.insert(
                "INSERT INTO recruiter (login, display_name) VALUES ('ann', 'Ann Two')", Binder.NONE)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing(Database db) {
        long id = db.inTransaction(tx -> tx.insert(
                "INSERT INTO recruiter (login, display_name) VALUES ('ann', 'Ann')", Binder.NONE));
        String update = "UPDATE recruiter SET display_name = ?, version = version + 1 WHERE id = ? AND version = ?";
        db.inTransaction(tx -> {
            tx.updateVersioned("recruiter", id, update, st -> {
                st.setString(1, "Ann B");
                st.setLong(2, id);
                st.setInt(3, 0);
            });
            return null;
        });
        assertThatThrownBy(() -> db.inTransaction(tx -> {
            tx.updateVersioned("recruiter", id, update, st -> {
                st.setString(1, "Ann C");
                st.setLong(2, id);
                st.setInt(3, 0);
            });
            return null;
        })).isInstanceOf(StaleRecordException.class);
        java.util.Optional<String> name = db.read(tx -> tx.queryOne(
                "SELECT display_name FROM recruiter WHERE id = ?", st -> st.setLong(1, id),
                rs -> rs.getString(1)));
        assertThat(name).contains("Ann B");
    }

    @Test
    void readOnlyWorkCannotWrite(Database db) {
        // The network client treats setReadOnly as a hint only; embedded Derby enforces it.
        org.junit.jupiter.api.Assumptions.assumeFalse(
                org.warmline.testing.DatabaseExtension.networkMode());
        assertThatThrownBy(() -> db.read(tx -> tx.insert(
                "INSERT INTO recruiter (login, display_name) VALUES ('ann', 'Ann')", Binder.NONE)))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void unsafeDurabilityIsRefused(@TempDir Path dir) {
        System.setProperty("derby.system.durability", "test");
        try {
            assertThatThrownBy(() -> Database.embedded(dir.resolve("db")))
                    .hasMessageContaining("derby.system.durability=test");
        } finally {
            System.clearProperty("derby.system.durability");
        }
    }
}
