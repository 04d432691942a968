package org.warmline.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Database;
import org.warmline.testing.DbTest;

@DbTest
class AuditLogTest {
    private final AuditLog audit = new AuditLog();

    @Test
    void entriesComeBackNewestFirstWithTheirSubject(Database db) {
        Instant t = Instant.parse("2026-11-02T09:00:00Z");
        db.inTransaction(tx -> {
            audit.record(tx, t, "maria", "IMPORT", null, null, "candidates.csv: 12 rows");
            audit.record(tx, t.plusSeconds(60), "admin", "ERASE", "candidate", 42L, "x".repeat(5000));
            return null;
        });
        List<AuditLog.Entry> entries = db.read(tx -> audit.recent(tx, 10));
        assertThat(entries).extracting(AuditLog.Entry::action).containsExactly("ERASE", "IMPORT");
        assertThat(entries.get(0).subjectId()).isEqualTo(42L);
        assertThat(entries.get(0).details()).hasSize(4000);
        assertThat(entries.get(1).subjectKind()).isNull();
        assertThat(entries.get(1).occurredAt()).isEqualTo(t);
    }

    @Test
    void anActionThatRollsBackLeavesNoEntry(Database db) {
        assertThatThrownBy(() -> db.inTransaction(tx -> {
            audit.record(tx, Instant.now(), "maria", "MERGE", "candidate", 1L, null);
            throw new IllegalStateException("merge failed");
        })).hasMessageContaining("merge failed");
        List<AuditLog.Entry> left = db.read(tx -> audit.recent(tx, 10));
        assertThat(left).isEmpty();
    }
}
