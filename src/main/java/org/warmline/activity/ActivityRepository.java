package org.warmline.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.ContactId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.recruiter.RecruiterId;

/** SQL for the ACTIVITY table. Stateless; always runs inside the caller's transaction. */
final class ActivityRepository {
    private static final String INSERT = """
            INSERT INTO activity (kind, occurred_at, recruiter_id, candidate_id, employer_id,
                                  contact_id, job_id, submission_id, summary, details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT a.id, a.kind, a.occurred_at, r.display_name, a.candidate_id, a.employer_id,
                   a.contact_id, a.job_id, a.submission_id, a.summary, a.details
              FROM activity a
              LEFT JOIN recruiter r ON r.id = a.recruiter_id
            """;
    private static final String FIND_BY_ID = SELECT + " WHERE a.id = ?";
    private static final String ORDER =
            " ORDER BY a.occurred_at DESC, a.id DESC FETCH FIRST ? ROWS ONLY";
    private static final String BY_CANDIDATE = SELECT + " WHERE a.candidate_id = ?" + ORDER;
    private static final String BY_EMPLOYER = SELECT + " WHERE a.employer_id = ?" + ORDER;
    private static final String BY_JOB = SELECT + " WHERE a.job_id = ?" + ORDER;
    private static final String BY_RECRUITER = SELECT
            + " WHERE a.recruiter_id = ? AND a.occurred_at >= ?" + ORDER;
    private static final String SUBMISSION_SUBJECTS = """
            SELECT s.candidate_id, s.job_id FROM submission s WHERE s.id = ?""";
    private static final String JOB_EMPLOYER = "SELECT employer_id FROM job WHERE id = ?";
    private static final String CONTACT_EMPLOYER = "SELECT employer_id FROM contact WHERE id = ?";

    ActivityId insert(Tx tx, NewActivity a, RecruiterId by) throws SQLException {
        return new ActivityId(tx.insert(INSERT, st -> {
            st.setString(1, a.kind().name());
            SqlTypes.setInstant(st, 2, a.occurredAt());
            SqlTypes.setLong(st, 3, by == null ? null : by.value());
            SqlTypes.setLong(st, 4, a.candidateId() == null ? null : a.candidateId().value());
            SqlTypes.setLong(st, 5, a.employerId() == null ? null : a.employerId().value());
            SqlTypes.setLong(st, 6, a.contactId() == null ? null : a.contactId().value());
            SqlTypes.setLong(st, 7, a.jobId() == null ? null : a.jobId().value());
            SqlTypes.setLong(st, 8, a.submissionId());
            st.setString(9, a.summary());
            SqlTypes.setString(st, 10, a.details());
        }));
    }

    Optional<Activity> findById(Tx tx, ActivityId id) throws SQLException {
        return tx.queryOne(FIND_BY_ID, st -> st.setLong(1, id.value()), ActivityRepository::map);
    }

    List<Activity> timeline(Tx tx, ActivitySubject subject, long id, int limit)
            throws SQLException {
        String sql = switch (subject) {
            case CANDIDATE -> BY_CANDIDATE;
            case EMPLOYER -> BY_EMPLOYER;
            case JOB -> BY_JOB;
        };
        return tx.query(sql, st -> {
            st.setLong(1, id);
            st.setInt(2, limit);
        }, ActivityRepository::map);
    }

    List<Activity> by(Tx tx, RecruiterId recruiter, Instant since, int limit) throws SQLException {
        return tx.query(BY_RECRUITER, st -> {
            st.setLong(1, recruiter.value());
            SqlTypes.setInstant(st, 2, since);
            st.setInt(3, limit);
        }, ActivityRepository::map);
    }

    /** The candidate and job of a submission: {candidateId, jobId}, or empty. */
    Optional<long[]> submissionSubjects(Tx tx, long id) throws SQLException {
        return tx.queryOne(SUBMISSION_SUBJECTS, st -> st.setLong(1, id),
                rs -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    Optional<EmployerId> employerOfJob(Tx tx, JobId id) throws SQLException {
        return tx.queryOne(JOB_EMPLOYER, st -> st.setLong(1, id.value()),
                rs -> new EmployerId(rs.getLong(1)));
    }

    Optional<EmployerId> employerOfContact(Tx tx, ContactId id) throws SQLException {
        return tx.queryOne(CONTACT_EMPLOYER, st -> st.setLong(1, id.value()),
                rs -> new EmployerId(rs.getLong(1)));
    }

    private static Activity map(ResultSet rs) throws SQLException {
        Long candidate = SqlTypes.getLong(rs, "candidate_id");
        Long employer = SqlTypes.getLong(rs, "employer_id");
        Long contact = SqlTypes.getLong(rs, "contact_id");
        Long job = SqlTypes.getLong(rs, "job_id");
        Long submission = SqlTypes.getLong(rs, "submission_id");
        Instant at = SqlTypes.getInstant(rs, "occurred_at");
        return new Activity(new ActivityId(rs.getLong("id")),
                ActivityKind.valueOf(rs.getString("kind")), at, rs.getString("display_name"),
                candidate == null ? null : new CandidateId(candidate),
                employer == null ? null : new EmployerId(employer),
                contact == null ? null : new ContactId(contact),
                job == null ? null : new JobId(job),
                submission,
                rs.getString("summary"), rs.getString("details"));
    }
}
