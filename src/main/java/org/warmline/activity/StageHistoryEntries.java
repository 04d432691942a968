package org.warmline.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/**
 * Reads the submissions' stage history as timeline entries of kind STAGE_CHANGE. Stage
 * changes are stored once, in SUBMISSION_STAGE_HISTORY; the timeline shows them beside the
 * logged activities instead of keeping a second copy in ACTIVITY.
 */
final class StageHistoryEntries {
    private static final String SELECT = """
            SELECT h.id, h.changed_at, r.display_name, s.candidate_id, j.employer_id, s.job_id,
                   s.id AS submission_id, f.name AS from_name, t.name AS to_name,
                   c.first_name, c.last_name, j.title, e.name AS employer_name, h.note
              FROM submission_stage_history h
              JOIN submission s ON s.id = h.submission_id
              JOIN job j ON j.id = s.job_id
              JOIN employer e ON e.id = j.employer_id
              JOIN candidate c ON c.id = s.candidate_id
              JOIN stage t ON t.id = h.to_stage_id
              LEFT JOIN stage f ON f.id = h.from_stage_id
              LEFT JOIN recruiter r ON r.id = h.changed_by
            """;
    private static final String ORDER = " ORDER BY h.changed_at DESC, h.id DESC FETCH FIRST ? ROWS ONLY";
    private static final String BY_CANDIDATE = SELECT + " WHERE s.candidate_id = ?" + ORDER;
    private static final String BY_EMPLOYER = SELECT + " WHERE j.employer_id = ?" + ORDER;
    private static final String BY_JOB = SELECT + " WHERE s.job_id = ?" + ORDER;
    private static final String BY_RECRUITER = SELECT
            + " WHERE h.changed_by = ? AND h.changed_at >= ?" + ORDER;

    List<Activity> about(Tx tx, ActivitySubject subject, long id, int limit) throws SQLException {
        String sql = switch (subject) {
            case CANDIDATE -> BY_CANDIDATE;
            case EMPLOYER -> BY_EMPLOYER;
            case JOB -> BY_JOB;
        };
        return tx.query(sql, st -> {
            st.setLong(1, id);
            st.setInt(2, limit);
        }, StageHistoryEntries::map);
    }

    List<Activity> by(Tx tx, long recruiterId, Instant since, int limit) throws SQLException {
        return tx.query(BY_RECRUITER, st -> {
            st.setLong(1, recruiterId);
            SqlTypes.setInstant(st, 2, since);
            st.setInt(3, limit);
        }, StageHistoryEntries::map);
    }

    private static Activity map(ResultSet rs) throws SQLException {
        String from = rs.getString("from_name");
        String to = rs.getString("to_name");
        String candidate = rs.getString("first_name") + " " + rs.getString("last_name");
        String summary = from == null
                ? "Submitted for " + rs.getString("title") + " at " + rs.getString("employer_name")
                        + " (" + to + ")"
                : "Moved from " + from + " to " + to + " (" + candidate + " · "
                        + rs.getString("title") + ")";
        return new Activity(new ActivityId(rs.getLong("id")), ActivityKind.STAGE_CHANGE,
                SqlTypes.getInstant(rs, "changed_at"), rs.getString("display_name"),
                new CandidateId(rs.getLong("candidate_id")),
                new EmployerId(rs.getLong("employer_id")), null, new JobId(rs.getLong("job_id")),
                rs.getLong("submission_id"), summary, rs.getString("note"));
    }
}
