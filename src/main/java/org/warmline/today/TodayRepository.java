package org.warmline.today;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/** Read-only queries behind the Today view. */
final class TodayRepository {
    private static final String STALLED = """
            SELECT s.id, s.candidate_id, c.first_name, c.last_name, j.id AS job_id, j.title,
                   e.name AS employer_name, st.name AS stage_name, s.stage_changed_at
              FROM submission s
              JOIN stage st ON st.id = s.stage_id
              JOIN candidate c ON c.id = s.candidate_id
              JOIN job j ON j.id = s.job_id
              JOIN employer e ON e.id = j.employer_id
             WHERE st.outcome = 'IN_PROGRESS'
               AND s.stage_changed_at < ?
               AND (j.owner_id = ? OR c.owner_id = ?)
             ORDER BY s.stage_changed_at
             FETCH FIRST ? ROWS ONLY""";
    List<StalledSubmission> stalled(Tx tx, long recruiterId, Instant now, int days, int limit)
            throws SQLException {
        Instant before = now.minus(days, ChronoUnit.DAYS);
        return tx.query(STALLED, st -> {
            st.setTimestamp(1, Timestamp.from(before));
            st.setLong(2, recruiterId);
            st.setLong(3, recruiterId);
            st.setInt(4, limit);
        }, rs -> {
            Instant since = SqlTypes.getInstant(rs, "stage_changed_at");
            return new StalledSubmission(rs.getLong("id"), rs.getLong("candidate_id"),
                    rs.getString("first_name") + " " + rs.getString("last_name"),
                    rs.getLong("job_id"), rs.getString("title"), rs.getString("employer_name"),
                    rs.getString("stage_name"), since, ChronoUnit.DAYS.between(since, now));
        });
    }
}
