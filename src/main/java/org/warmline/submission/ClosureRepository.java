package org.warmline.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.recruiter.RecruiterId;

/** SQL for the SUBMISSION_CLOSURE table. Always runs inside the caller's transaction. */
final class ClosureRepository {
    private static final String INSERT = """
            INSERT INTO submission_closure (submission_id, outcome, ended_by, reason_id,
                                            not_about_candidate, from_stage_id, note, closed_at,
                                            closed_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT c.id, c.submission_id, c.outcome, c.ended_by, r.name AS reason_name,
                   c.not_about_candidate, st.name AS from_name, c.note, c.closed_at,
                   rc.display_name, c.undone_at, c.from_stage_id
              FROM submission_closure c
              JOIN rejection_reason r ON r.id = c.reason_id
              JOIN stage st ON st.id = c.from_stage_id
              LEFT JOIN recruiter rc ON rc.id = c.closed_by
            """;
    private static final String OPEN_FOR_SUBMISSION = SELECT + """
             WHERE c.submission_id = ? AND c.undone_at IS NULL
             ORDER BY c.closed_at DESC, c.id DESC
             FETCH FIRST 1 ROWS ONLY""";
    private static final String FOR_CANDIDATE = SELECT + """
              JOIN submission s ON s.id = c.submission_id
             WHERE s.candidate_id = ?
             ORDER BY c.closed_at DESC, c.id DESC""";
    private static final String UNDO = """
            UPDATE submission_closure SET undone_at = ?, undone_by = ?, version = version + 1
             WHERE id = ? AND undone_at IS NULL""";

    /** The stage a closing left, with its stored record. */
    record Open(ClosureRecord record, StageId fromStage) {
    }

    ClosureId insert(Tx tx, SubmissionId id, StageOutcome outcome, Closure closure,
                     StageId from, Instant at, RecruiterId by) throws SQLException {
        return new ClosureId(tx.insert(INSERT, st -> {
            st.setLong(1, id.value());
            st.setString(2, outcome.name());
            st.setString(3, closure.endedBy().name());
            st.setLong(4, closure.reason().value());
            st.setBoolean(5, closure.notAboutCandidate());
            st.setLong(6, from.value());
            SqlTypes.setString(st, 7, closure.note());
            SqlTypes.setInstant(st, 8, at);
            SqlTypes.setLong(st, 9, by == null ? null : by.value());
        }));
    }

    /** The latest closing of a submission that has not been undone. */
    Optional<Open> open(Tx tx, SubmissionId id) throws SQLException {
        return tx.queryOne(OPEN_FOR_SUBMISSION, st -> st.setLong(1, id.value()),
                rs -> new Open(map(rs), new StageId(rs.getLong("from_stage_id"))));
    }

    List<ClosureRecord> forCandidate(Tx tx, CandidateId id) throws SQLException {
        return tx.query(FOR_CANDIDATE, st -> st.setLong(1, id.value()), ClosureRepository::map);
    }

    void undo(Tx tx, ClosureId id, Instant at, RecruiterId by) throws SQLException {
        tx.updateVersioned("submission_closure", id.value(), UNDO, st -> {
            SqlTypes.setInstant(st, 1, at);
            SqlTypes.setLong(st, 2, by == null ? null : by.value());
            st.setLong(3, id.value());
        });
    }

    private static ClosureRecord map(ResultSet rs) throws SQLException {
        return new ClosureRecord(new ClosureId(rs.getLong("id")),
                new SubmissionId(rs.getLong("submission_id")),
                StageOutcome.valueOf(rs.getString("outcome")),
                EndedBy.valueOf(rs.getString("ended_by")), rs.getString("reason_name"),
                rs.getBoolean("not_about_candidate"), rs.getString("from_name"),
                rs.getString("note"), SqlTypes.getInstant(rs, "closed_at"),
                rs.getString("display_name"), SqlTypes.getInstant(rs, "undone_at"));
    }
}
