package org.warmline.feedback;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.EmployerId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.recruiter.RecruiterId;
import org.warmline.submission.SubmissionId;

/** SQL for CANDIDATE_FEEDBACK and the employer scorecard (reads pipeline history). */
final class ScorecardRepository {
    private static final String INSERT = """
            INSERT INTO candidate_feedback (submission_id, speed, communication, interview,
                                            comments, given_on, recorded_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String VIEWS = """
            SELECT cf.id, cf.submission_id, j.title, j.employer_id, e.name, cf.speed,
                   cf.communication, cf.interview, cf.comments, cf.given_on, r.display_name
              FROM candidate_feedback cf
              JOIN submission s ON s.id = cf.submission_id
              JOIN job j ON j.id = s.job_id
              JOIN employer e ON e.id = j.employer_id
              LEFT JOIN recruiter r ON r.id = cf.recorded_by
            """;
    private static final String VIEWS_OF_CANDIDATE = VIEWS
            + " WHERE s.candidate_id = ? ORDER BY cf.given_on DESC, cf.id DESC";
    private static final String VIEW_BY_ID = VIEWS + " WHERE cf.id = ?";
    private static final String VIEWS_OF_EMPLOYER = VIEWS
            + " WHERE j.employer_id = ? ORDER BY cf.given_on DESC, cf.id DESC";
    private static final String SUBMISSIONS_OF_CANDIDATE = """
            SELECT s.id, j.title, e.name
              FROM submission s
              JOIN job j ON j.id = s.job_id
              JOIN employer e ON e.id = j.employer_id
             WHERE s.candidate_id = ?
             ORDER BY s.created_at DESC, s.id DESC""";
    private static final String HISTORY = """
            SELECT h.submission_id, h.changed_at, st.name, st.outcome, st.position
              FROM submission_stage_history h
              JOIN stage st ON st.id = h.to_stage_id
              JOIN submission s ON s.id = h.submission_id
              JOIN job j ON j.id = s.job_id
             WHERE j.employer_id = ?
             ORDER BY h.submission_id, h.changed_at, h.id""";
    private static final String DECISIONS = """
            SELECT cl.submission_id, cl.closed_at AS decided_at
              FROM submission_closure cl
              JOIN submission s ON s.id = cl.submission_id
              JOIN job j ON j.id = s.job_id
             WHERE j.employer_id = ? AND cl.undone_at IS NULL
            UNION ALL
            SELECT p.submission_id, p.created_at AS decided_at
              FROM placement p
              JOIN submission s ON s.id = p.submission_id
              JOIN job j ON j.id = s.job_id
             WHERE j.employer_id = ?""";
    private static final String SUBMITTED_POSITION =
            "SELECT position FROM stage WHERE LOWER(name) = 'submitted'";
    private static final String REQUESTS = """
            SELECT f.requested_at, f.received_at
              FROM employer_feedback f
              JOIN submission s ON s.id = f.submission_id
              JOIN job j ON j.id = s.job_id
             WHERE j.employer_id = ? AND f.requested_at IS NOT NULL""";
    private static final String REASONS = """
            SELECT rr.name, COUNT(*) AS n
              FROM submission_closure cl
              JOIN rejection_reason rr ON rr.id = cl.reason_id
              JOIN submission s ON s.id = cl.submission_id
              JOIN job j ON j.id = s.job_id
             WHERE j.employer_id = ? AND cl.undone_at IS NULL AND cl.outcome = 'REJECTED'
             GROUP BY rr.name
             ORDER BY n DESC, rr.name""";

    /** A move into a stage. */
    record Move(long submission, Instant at, String stage, String outcome, int position) {
    }

    /** A decision on a submission: its closure or its placement. */
    record Decision(long submission, Instant at) {
    }

    /** A feedback request and its reply (null when none). */
    record Request(Instant requestedAt, Instant receivedAt) {
    }

    long insert(Tx tx, NewCandidateView v, String comments, LocalDate on, RecruiterId by,
                Instant now) throws SQLException {
        return tx.insert(INSERT, st -> {
            st.setLong(1, v.submission().value());
            st.setInt(2, v.speed());
            st.setInt(3, v.communication());
            st.setInt(4, v.interview());
            SqlTypes.setString(st, 5, comments);
            SqlTypes.setDate(st, 6, on);
            SqlTypes.setLong(st, 7, by == null ? null : by.value());
            SqlTypes.setInstant(st, 8, now);
        });
    }

    CandidateView find(Tx tx, long id) throws SQLException {
        return tx.queryOne(VIEW_BY_ID, st -> st.setLong(1, id), ScorecardRepository::view)
                .orElseThrow();
    }

    List<CandidateView> viewsOf(Tx tx, CandidateId id) throws SQLException {
        return tx.query(VIEWS_OF_CANDIDATE, st -> st.setLong(1, id.value()),
                ScorecardRepository::view);
    }

    List<CandidateView> viewsOf(Tx tx, EmployerId id) throws SQLException {
        return tx.query(VIEWS_OF_EMPLOYER, st -> st.setLong(1, id.value()),
                ScorecardRepository::view);
    }

    List<SubmissionChoice> submissionsOf(Tx tx, CandidateId id) throws SQLException {
        return tx.query(SUBMISSIONS_OF_CANDIDATE, st -> st.setLong(1, id.value()),
                rs -> new SubmissionChoice(new SubmissionId(rs.getLong(1)), rs.getString(2),
                        rs.getString(3)));
    }

    List<Move> history(Tx tx, EmployerId id) throws SQLException {
        return tx.query(HISTORY, st -> st.setLong(1, id.value()),
                rs -> new Move(rs.getLong(1), SqlTypes.getInstant(rs, "changed_at"),
                        rs.getString(3), rs.getString(4), rs.getInt(5)));
    }

    List<Decision> decisions(Tx tx, EmployerId id) throws SQLException {
        return tx.query(DECISIONS, st -> {
            st.setLong(1, id.value());
            st.setLong(2, id.value());
        }, rs -> new Decision(rs.getLong(1), SqlTypes.getInstant(rs, "decided_at")));
    }

    /** The position of the stage named "Submitted", or null when it was renamed. */
    Integer submittedPosition(Tx tx) throws SQLException {
        return tx.queryOne(SUBMITTED_POSITION, st -> { }, rs -> rs.getInt(1)).orElse(null);
    }

    List<Request> requests(Tx tx, EmployerId id) throws SQLException {
        return tx.query(REQUESTS, st -> st.setLong(1, id.value()),
                rs -> new Request(SqlTypes.getInstant(rs, "requested_at"),
                        SqlTypes.getInstant(rs, "received_at")));
    }

    List<ReasonCount> reasons(Tx tx, EmployerId id) throws SQLException {
        return tx.query(REASONS, st -> st.setLong(1, id.value()),
                rs -> new ReasonCount(rs.getString(1), null, rs.getLong(2)));
    }

    private static CandidateView view(java.sql.ResultSet rs) throws SQLException {
        return new CandidateView(rs.getLong(1), new SubmissionId(rs.getLong(2)), rs.getString(3),
                new EmployerId(rs.getLong(4)), rs.getString(5), rs.getInt(6), rs.getInt(7),
                rs.getInt(8), rs.getString(9), SqlTypes.getDate(rs, "given_on"),
                rs.getString(11));
    }
}
