package org.warmline.platform.audit;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/**
 * The audit log: what was done to whom and by whom, for the actions an agency must account
 * for. Entries are written inside the transaction of the action they record, so an action
 * that rolls back leaves no entry.
 */
public final class AuditLog {
    private static final String INSERT = """
            INSERT INTO audit_log (occurred_at, actor, action, subject_kind, subject_id, details)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String RECENT = """
            SELECT id, occurred_at, actor, action, subject_kind, subject_id, details
            FROM audit_log ORDER BY occurred_at DESC, id DESC
            OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY""";
    private static final int DETAILS_MAX = 4000;

    /** One audit entry; subjectKind and subjectId may be null for actions on the whole data. */
    public record Entry(long id, Instant occurredAt, String actor, String action,
                        String subjectKind, Long subjectId, String details) {
    }

    /** Appends an entry within {@code tx}. */
    public void record(Tx tx, Instant at, String actor, String action, String subjectKind,
                       Long subjectId, String details) throws SQLException {
        String text = details == null || details.length() <= DETAILS_MAX ? details
                : details.substring(0, DETAILS_MAX);
        tx.insert(INSERT, st -> {
            SqlTypes.setInstant(st, 1, at);
            st.setString(2, actor);
            st.setString(3, action);
            SqlTypes.setString(st, 4, subjectKind);
            SqlTypes.setLong(st, 5, subjectId);
            SqlTypes.setString(st, 6, text);
        });
    }

    /** The newest {@code limit} entries, newest first. */
    public List<Entry> recent(Tx tx, int limit) throws SQLException {
        return tx.query(RECENT, st -> st.setInt(1, limit), rs -> new Entry(rs.getLong("id"),
                SqlTypes.getInstant(rs, "occurred_at"), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject_kind"),
                SqlTypes.getLong(rs, "subject_id"), rs.getString("details")));
    }
}
