package org.warmline.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/**
 * Finds candidates past the retention policy: not erased, record not edited, no activity, no
 * pipeline move and no consent given since the cut-off.
 */
final class RetentionRepository {
    private static final String PAST_POLICY = """
            SELECT c.id, c.first_name, c.last_name, c.status, c.updated_at,
                   (SELECT MAX(a.occurred_at) FROM activity a
                     WHERE a.candidate_id = c.id) AS last_activity,
                   (SELECT MAX(s.stage_changed_at) FROM submission s
                     WHERE s.candidate_id = c.id) AS last_move
              FROM candidate c
             WHERE c.updated_at < ?
               AND NOT EXISTS (SELECT 1 FROM candidate_privacy p
                                WHERE p.candidate_id = c.id AND p.erased_at IS NOT NULL)
               AND NOT EXISTS (SELECT 1 FROM activity a
                                WHERE a.candidate_id = c.id AND a.occurred_at >= ?)
               AND NOT EXISTS (SELECT 1 FROM submission s
                                WHERE s.candidate_id = c.id AND s.stage_changed_at >= ?)
               AND NOT EXISTS (SELECT 1 FROM consent_record r
                                WHERE r.candidate_id = c.id AND r.withdrawn_at IS NULL
                                  AND r.given_at >= ?)
             ORDER BY c.sort_name, c.id""";

    List<RetentionCandidate> pastPolicy(Tx tx, Instant cutoff) throws SQLException {
        return tx.query(PAST_POLICY, st -> {
            for (int i = 1; i <= 4; i++) {
                SqlTypes.setInstant(st, i, cutoff);
            }
        }, RetentionRepository::map);
    }

    private static RetentionCandidate map(ResultSet rs) throws SQLException {
        Instant last = latest(SqlTypes.getInstant(rs, "updated_at"),
                latest(SqlTypes.getInstant(rs, "last_activity"),
                        SqlTypes.getInstant(rs, "last_move")));
        String name = (rs.getString("first_name") + " " + rs.getString("last_name")).strip();
        return new RetentionCandidate(new CandidateId(rs.getLong("id")), name,
                rs.getString("status"), last);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
