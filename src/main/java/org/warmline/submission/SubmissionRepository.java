package org.warmline.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.recruiter.RecruiterId;

/** SQL for SUBMISSION and SUBMISSION_STAGE_HISTORY. Always runs inside the caller's transaction. */
final class SubmissionRepository {
    private static final String INSERT = """
            INSERT INTO submission (candidate_id, job_id, stage_id, stage_changed_at, created_at,
                                    created_by)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String FIND_BY_ID = """
            SELECT id, candidate_id, job_id, stage_id, stage_changed_at, created_at, created_by,
                   version
              FROM submission WHERE id = ?""";
    private static final String COUNT_FOR_PAIR =
            "SELECT COUNT(*) FROM submission WHERE candidate_id = ? AND job_id = ?";
    private static final String COUNT_CANDIDATE = "SELECT COUNT(*) FROM candidate WHERE id = ?";
    private static final String COUNT_JOB = "SELECT COUNT(*) FROM job WHERE id = ?";
    private static final String MOVE = """
            UPDATE submission SET stage_id = ?, stage_changed_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String INSERT_HISTORY = """
            INSERT INTO submission_stage_history (submission_id, from_stage_id, to_stage_id,
                                                  changed_at, changed_by, note)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String HISTORY = """
            SELECT f.name AS from_name, t.name AS to_name, h.changed_at, r.display_name, h.note
              FROM submission_stage_history h
              LEFT JOIN stage f ON f.id = h.from_stage_id
              JOIN stage t ON t.id = h.to_stage_id
              LEFT JOIN recruiter r ON r.id = h.changed_by
             WHERE h.submission_id = ?
             ORDER BY h.changed_at, h.id""";
    private static final String LAST_IN_PROGRESS_STAGE = """
            SELECT h.to_stage_id
              FROM submission_stage_history h
              JOIN stage t ON t.id = h.to_stage_id
             WHERE h.submission_id = ? AND t.outcome = 'IN_PROGRESS' AND t.active = TRUE
             ORDER BY h.id DESC""";
    private static final String ROWS = """
            SELECT s.id, s.candidate_id, c.first_name, c.last_name, s.job_id, j.title,
                   j.employer_id, e.name AS employer_name, s.stage_id, st.name AS stage_name,
                   st.outcome, s.stage_changed_at, s.version
              FROM submission s
              JOIN candidate c ON c.id = s.candidate_id
              JOIN job j ON j.id = s.job_id
              JOIN employer e ON e.id = j.employer_id
              JOIN stage st ON st.id = s.stage_id
            """;
    private static final String ROW = ROWS + " WHERE s.id = ?";
    private static final String FOR_CANDIDATE =
            ROWS + " WHERE s.candidate_id = ? ORDER BY s.created_at DESC, s.id DESC";
    private static final String FOR_JOB = ROWS + """
             WHERE s.job_id = ?
             ORDER BY st.position, c.sort_name, s.id""";
    private static final String OPEN_JOBS = """
            SELECT j.id, j.title, j.employer_id, e.name, j.location
              FROM job j JOIN employer e ON e.id = j.employer_id
             WHERE j.status IN ('OPEN', 'ON_HOLD')
             ORDER BY e.sort_name, j.title, j.id""";
    private static final String INSERT_PLACEMENT = """
            INSERT INTO placement (submission_id, start_date, salary, fee, currency, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String FIND_PLACEMENT = """
            SELECT submission_id, start_date, salary, fee, currency
              FROM placement WHERE submission_id = ?""";

    SubmissionId insert(Tx tx, CandidateId candidate, JobId job, StageId stage, Instant now,
                        RecruiterId by) throws SQLException {
        return new SubmissionId(tx.insert(INSERT, st -> {
            st.setLong(1, candidate.value());
            st.setLong(2, job.value());
            st.setLong(3, stage.value());
            SqlTypes.setInstant(st, 4, now);
            SqlTypes.setInstant(st, 5, now);
            SqlTypes.setLong(st, 6, by == null ? null : by.value());
        }));
    }

    Submission get(Tx tx, SubmissionId id) throws SQLException {
        return tx.queryOne(FIND_BY_ID, st -> st.setLong(1, id.value()), SubmissionRepository::map)
                .orElseThrow(() -> new NotFoundException("submission", id.value()));
    }

    boolean exists(Tx tx, CandidateId candidate, JobId job) throws SQLException {
        return tx.queryLong(COUNT_FOR_PAIR, st -> {
            st.setLong(1, candidate.value());
            st.setLong(2, job.value());
        }) > 0;
    }

    boolean candidateExists(Tx tx, CandidateId id) throws SQLException {
        return tx.queryLong(COUNT_CANDIDATE, st -> st.setLong(1, id.value())) > 0;
    }

    boolean jobExists(Tx tx, JobId id) throws SQLException {
        return tx.queryLong(COUNT_JOB, st -> st.setLong(1, id.value())) > 0;
    }

    void move(Tx tx, SubmissionId id, StageId to, Instant now, int version) throws SQLException {
        tx.updateVersioned("submission", id.value(), MOVE, st -> {
            st.setLong(1, to.value());
            SqlTypes.setInstant(st, 2, now);
            st.setLong(3, id.value());
            st.setInt(4, version);
        });
    }

    void insertHistory(Tx tx, SubmissionId id, StageId from, StageId to, Instant at,
                       RecruiterId by, String note) throws SQLException {
        tx.insert(INSERT_HISTORY, st -> {
            st.setLong(1, id.value());
            SqlTypes.setLong(st, 2, from == null ? null : from.value());
            st.setLong(3, to.value());
            SqlTypes.setInstant(st, 4, at);
            SqlTypes.setLong(st, 5, by == null ? null : by.value());
            SqlTypes.setString(st, 6, note);
        });
    }

    List<StageChange> history(Tx tx, SubmissionId id) throws SQLException {
        return tx.query(HISTORY, st -> st.setLong(1, id.value()),
                rs -> new StageChange(rs.getString("from_name"), rs.getString("to_name"),
                        SqlTypes.getInstant(rs, "changed_at"), rs.getString("display_name"),
                        rs.getString("note")));
    }

    /** The in-progress stage the submission reached most recently, from its history. */
    Optional<StageId> lastInProgressStage(Tx tx, SubmissionId id) throws SQLException {
        return tx.queryOne(LAST_IN_PROGRESS_STAGE, st -> st.setLong(1, id.value()),
                rs -> new StageId(rs.getLong(1)));
    }

    SubmissionRow row(Tx tx, SubmissionId id, Instant now) throws SQLException {
        return tx.queryOne(ROW, st -> st.setLong(1, id.value()), rs -> mapRow(rs, now))
                .orElseThrow(() -> new NotFoundException("submission", id.value()));
    }

    List<SubmissionRow> forCandidate(Tx tx, CandidateId id, Instant now) throws SQLException {
        return tx.query(FOR_CANDIDATE, st -> st.setLong(1, id.value()), rs -> mapRow(rs, now));
    }

    List<SubmissionRow> forJob(Tx tx, JobId id, Instant now) throws SQLException {
        return tx.query(FOR_JOB, st -> st.setLong(1, id.value()), rs -> mapRow(rs, now));
    }

    List<JobOption> openJobs(Tx tx) throws SQLException {
        return tx.query(OPEN_JOBS, Binder.NONE, rs -> new JobOption(new JobId(rs.getLong(1)),
                rs.getString(2), new EmployerId(rs.getLong(3)), rs.getString(4),
                rs.getString(5)));
    }

    void insertPlacement(Tx tx, Placement p, Instant now) throws SQLException {
        tx.update(INSERT_PLACEMENT, st -> {
            st.setLong(1, p.submissionId().value());
            SqlTypes.setDate(st, 2, p.startDate());
            SqlTypes.setDecimal(st, 3, p.salary());
            SqlTypes.setDecimal(st, 4, p.fee());
            st.setString(5, p.currency());
            SqlTypes.setInstant(st, 6, now);
        });
    }

    Optional<Placement> placement(Tx tx, SubmissionId id) throws SQLException {
        return tx.queryOne(FIND_PLACEMENT, st -> st.setLong(1, id.value()),
                rs -> new Placement(new SubmissionId(rs.getLong(1)),
                        SqlTypes.getDate(rs, "start_date"), rs.getBigDecimal("salary"),
                        rs.getBigDecimal("fee"), rs.getString("currency")));
    }

    private static Submission map(ResultSet rs) throws SQLException {
        Long by = SqlTypes.getLong(rs, "created_by");
        return new Submission(new SubmissionId(rs.getLong("id")),
                new CandidateId(rs.getLong("candidate_id")), new JobId(rs.getLong("job_id")),
                new StageId(rs.getLong("stage_id")), SqlTypes.getInstant(rs, "stage_changed_at"),
                SqlTypes.getInstant(rs, "created_at"), by == null ? null : new RecruiterId(by),
                rs.getInt("version"));
    }

    private static SubmissionRow mapRow(ResultSet rs, Instant now) throws SQLException {
        Instant since = SqlTypes.getInstant(rs, "stage_changed_at");
        long days = Math.max(0, Duration.between(since, now).toDays());
        return new SubmissionRow(new SubmissionId(rs.getLong("id")),
                new CandidateId(rs.getLong("candidate_id")),
                rs.getString("first_name") + " " + rs.getString("last_name"),
                new JobId(rs.getLong("job_id")), rs.getString("title"),
                new EmployerId(rs.getLong("employer_id")), rs.getString("employer_name"),
                new StageId(rs.getLong("stage_id")), rs.getString("stage_name"),
                StageOutcome.valueOf(rs.getString("outcome")), since, days, rs.getInt("version"));
    }
}
