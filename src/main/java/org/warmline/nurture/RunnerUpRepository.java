package org.warmline.nurture;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.warmline.job.JobId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/** SQL for runner-up suggestions: rejections at interview or later, and the new job. */
final class RunnerUpRepository {
    private static final String JOB = """
            SELECT id, employer_id, title, skills FROM job WHERE id = ?""";
    private static final String OTHER_JOBS = """
            SELECT id, employer_id, title, skills FROM job WHERE id <> ?""";
    /** Stage 3 ("Interview 1" in the baseline) marks "interview"; later stages sort after it. */
    private static final String CANDIDATES = """
            SELECT c.id AS candidate_id, c.first_name, c.last_name, c.skills AS candidate_skills,
                   j.id AS job_id, j.title, j.skills AS job_skills, j.employer_id,
                   e.name AS employer_name, fs.name AS stage_name, fs.position, r.name AS reason,
                   cl.closed_at,
                   (SELECT COALESCE(f.verbatim_text, f.candidate_text) FROM employer_feedback f
                     WHERE f.closure_id = cl.id AND f.kind = 'REJECTION'
                     ORDER BY f.id DESC FETCH FIRST 1 ROWS ONLY) AS feedback
              FROM submission_closure cl
              JOIN submission s ON s.id = cl.submission_id
              JOIN candidate c ON c.id = s.candidate_id
              JOIN job j ON j.id = s.job_id
              JOIN employer e ON e.id = j.employer_id
              JOIN stage fs ON fs.id = cl.from_stage_id
              JOIN rejection_reason r ON r.id = cl.reason_id
             WHERE cl.outcome = 'REJECTED' AND cl.undone_at IS NULL
               AND fs.position >= (SELECT position FROM stage WHERE id = 3)
               AND c.status IN ('ACTIVE', 'NOT_LOOKING') AND c.consent_withdrawn_at IS NULL
               AND s.job_id = ?
               AND NOT EXISTS (SELECT 1 FROM submission o WHERE o.candidate_id = c.id
                                                          AND o.job_id = ?)""";

    /** The job runners-up are suggested for. */
    record Target(JobId id, long employerId, String title, String skills) {
    }

    /** One past rejection at interview or later. */
    record Past(long candidateId, String name, String candidateSkills, long jobId, String title,
                String jobSkills, long employerId, String employerName, String stage,
                int position, String reason, java.time.Instant closedAt, String feedback) {
    }

    Optional<Target> job(Tx tx, JobId id) throws SQLException {
        return tx.queryOne(JOB, st -> st.setLong(1, id.value()), rs -> new Target(id,
                rs.getLong("employer_id"), rs.getString("title"), rs.getString("skills")));
    }

    /** Every other job, to find the similar ones before reading their rejections. */
    List<Target> otherJobs(Tx tx, JobId job) throws SQLException {
        return tx.query(OTHER_JOBS, st -> st.setLong(1, job.value()), rs -> new Target(
                new JobId(rs.getLong("id")), rs.getLong("employer_id"), rs.getString("title"),
                rs.getString("skills")));
    }

    /** The rejections at interview or later on {@code similar}, of people not yet on {@code job}. */
    List<Past> candidates(Tx tx, JobId similar, JobId job) throws SQLException {
        return tx.query(CANDIDATES, st -> {
            st.setLong(1, similar.value());
            st.setLong(2, job.value());
        }, rs -> new Past(rs.getLong("candidate_id"),
                rs.getString("first_name") + " " + rs.getString("last_name"),
                rs.getString("candidate_skills"), rs.getLong("job_id"), rs.getString("title"),
                rs.getString("job_skills"), rs.getLong("employer_id"), rs.getString("employer_name"),
                rs.getString("stage_name"), rs.getInt("position"), rs.getString("reason"),
                SqlTypes.getInstant(rs, "closed_at"), rs.getString("feedback")));
    }
}
