package org.warmline.nurture;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.recruiter.RecruiterId;
import org.warmline.submission.SubmissionId;

/** SQL for nurture plans, their steps and the plan templates. */
final class NurtureRepository {
    private static final String TEMPLATE = """
            SELECT step_kind, channel, offset_days
              FROM nurture_template_step
             WHERE plan_kind = ?
             ORDER BY position, id""";
    private static final String DELETE_TEMPLATE = """
            DELETE FROM nurture_template_step WHERE plan_kind = ?""";
    private static final String INSERT_TEMPLATE = """
            INSERT INTO nurture_template_step (plan_kind, step_kind, channel, offset_days, position)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String SUBJECT = """
            SELECT s.candidate_id, s.job_id, c.status, c.consent_withdrawn_at,
                   COALESCE(j.owner_id, c.owner_id) AS owner_id, p.start_date
              FROM submission s
              JOIN candidate c ON c.id = s.candidate_id
              JOIN job j ON j.id = s.job_id
              LEFT JOIN placement p ON p.submission_id = s.id
             WHERE s.id = ?""";
    private static final String CONTACTABLE = """
            SELECT COUNT(*) FROM candidate
             WHERE id = ? AND status <> 'DO_NOT_CONTACT' AND consent_withdrawn_at IS NULL""";
    private static final String OPEN_PLAN_EXISTS = """
            SELECT COUNT(*) FROM nurture_plan
             WHERE submission_id = ? AND kind = ? AND closed_at IS NULL""";
    private static final String INSERT_PLAN = """
            INSERT INTO nurture_plan (candidate_id, submission_id, kind, owner_id, created_at)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String INSERT_STEP = """
            INSERT INTO nurture_step (plan_id, candidate_id, step_kind, channel, owner_id, due_on,
                                      status, job_id, position, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, 'DUE', ?, ?, ?, ?)""";
    static final String STEP_COLUMNS = """
            n.id, n.plan_id, n.candidate_id, n.step_kind, n.channel, n.owner_id, n.due_on,
            n.status, n.done_at, n.skip_reason, n.job_id, n.position, n.version""";
    private static final String FIND_STEP = "SELECT " + STEP_COLUMNS + """

              FROM nurture_step n
             WHERE n.id = ?""";
    private static final String PLAN_COLUMNS = """
            SELECT id, candidate_id, submission_id, kind, owner_id, created_at
              FROM nurture_plan""";
    private static final String PLANS_OF_CANDIDATE = PLAN_COLUMNS + """

             WHERE candidate_id = ?
             ORDER BY created_at DESC, id DESC""";
    private static final String FIND_PLAN = PLAN_COLUMNS + """

             WHERE id = ?""";
    private static final String STEPS_OF_PLAN = "SELECT " + STEP_COLUMNS + """

              FROM nurture_step n
             WHERE n.plan_id = ?
             ORDER BY n.position, n.id""";
    private static final String DONE = """
            UPDATE nurture_step SET status = 'DONE', done_at = ?, skip_reason = NULL,
                   updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String SKIP = """
            UPDATE nurture_step SET status = 'SKIPPED', done_at = ?, skip_reason = ?,
                   updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String RESCHEDULE = """
            UPDATE nurture_step SET due_on = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String CLOSE_PLAN_IF_FINISHED = """
            UPDATE nurture_plan SET closed_at = ?, version = version + 1
             WHERE id = ? AND closed_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM nurture_step WHERE plan_id = ? AND status = 'DUE')""";

    List<TemplateStep> template(Tx tx, PlanKind kind) throws SQLException {
        return tx.query(TEMPLATE, st -> st.setString(1, kind.name()), rs -> new TemplateStep(
                StepKind.valueOf(rs.getString("step_kind")),
                NurtureChannel.valueOf(rs.getString("channel")), rs.getInt("offset_days")));
    }

    void replaceTemplate(Tx tx, PlanKind kind, List<TemplateStep> steps) throws SQLException {
        tx.update(DELETE_TEMPLATE, st -> st.setString(1, kind.name()));
        int position = 0;
        for (TemplateStep s : steps) {
            int pos = position += 10;
            tx.insert(INSERT_TEMPLATE, st -> {
                st.setString(1, kind.name());
                st.setString(2, s.kind().name());
                st.setString(3, s.channel().name());
                st.setInt(4, s.offsetDays());
                st.setInt(5, pos);
            });
        }
    }

    /** Who a submission's plan is about and for, and whether they may be contacted. */
    record Subject(CandidateId candidate, JobId job, boolean contactable, RecruiterId owner,
                   LocalDate startDate) {
    }

    Optional<Subject> subject(Tx tx, SubmissionId submission) throws SQLException {
        return tx.queryOne(SUBJECT, st -> st.setLong(1, submission.value()), rs -> {
            Long owner = SqlTypes.getLong(rs, "owner_id");
            boolean contactable = !"DO_NOT_CONTACT".equals(rs.getString("status"))
                    && rs.getTimestamp("consent_withdrawn_at") == null;
            return new Subject(new CandidateId(rs.getLong("candidate_id")),
                    new JobId(rs.getLong("job_id")), contactable,
                    owner == null ? null : new RecruiterId(owner),
                    SqlTypes.getDate(rs, "start_date"));
        });
    }

    boolean contactable(Tx tx, CandidateId candidate) throws SQLException {
        return tx.queryLong(CONTACTABLE, st -> st.setLong(1, candidate.value())) > 0;
    }

    boolean openPlanExists(Tx tx, SubmissionId submission, PlanKind kind) throws SQLException {
        return tx.queryLong(OPEN_PLAN_EXISTS, st -> {
            st.setLong(1, submission.value());
            st.setString(2, kind.name());
        }) > 0;
    }

    NurturePlanId insertPlan(Tx tx, CandidateId candidate, SubmissionId submission, PlanKind kind,
                             RecruiterId owner, Instant now) throws SQLException {
        return new NurturePlanId(tx.insert(INSERT_PLAN, st -> {
            st.setLong(1, candidate.value());
            SqlTypes.setLong(st, 2, submission == null ? null : submission.value());
            st.setString(3, kind.name());
            SqlTypes.setLong(st, 4, owner == null ? null : owner.value());
            SqlTypes.setInstant(st, 5, now);
        }));
    }

    NurtureStepId insertStep(Tx tx, NurturePlanId plan, CandidateId candidate, TemplateStep step,
                             RecruiterId owner, LocalDate due, JobId job, int position,
                             Instant now) throws SQLException {
        return new NurtureStepId(tx.insert(INSERT_STEP, st -> {
            st.setLong(1, plan.value());
            st.setLong(2, candidate.value());
            st.setString(3, step.kind().name());
            st.setString(4, step.channel().name());
            SqlTypes.setLong(st, 5, owner == null ? null : owner.value());
            SqlTypes.setDate(st, 6, due);
            SqlTypes.setLong(st, 7, job == null ? null : job.value());
            st.setInt(8, position);
            SqlTypes.setInstant(st, 9, now);
            SqlTypes.setInstant(st, 10, now);
        }));
    }

    Optional<NurtureStep> findStep(Tx tx, NurtureStepId id) throws SQLException {
        return tx.queryOne(FIND_STEP, st -> st.setLong(1, id.value()), NurtureRepository::step);
    }

    Optional<NurturePlan> findPlan(Tx tx, NurturePlanId id) throws SQLException {
        Optional<NurturePlan> bare = tx.queryOne(FIND_PLAN, st -> st.setLong(1, id.value()),
                NurtureRepository::plan);
        return bare.isEmpty() ? bare : Optional.of(withSteps(tx, bare.get()));
    }

    List<NurturePlan> plansOf(Tx tx, CandidateId candidate) throws SQLException {
        List<NurturePlan> bare = tx.query(PLANS_OF_CANDIDATE,
                st -> st.setLong(1, candidate.value()), NurtureRepository::plan);
        List<NurturePlan> full = new java.util.ArrayList<>();
        for (NurturePlan p : bare) {
            full.add(withSteps(tx, p));
        }
        return full;
    }

    private NurturePlan withSteps(Tx tx, NurturePlan p) throws SQLException {
        List<NurtureStep> steps = tx.query(STEPS_OF_PLAN, st -> st.setLong(1, p.id().value()),
                NurtureRepository::step);
        return new NurturePlan(p.id(), p.candidateId(), p.submissionId(), p.kind(), p.ownerId(),
                p.createdAt(), steps);
    }

    void done(Tx tx, NurtureStep s, Instant now) throws SQLException {
        tx.updateVersioned("nurture_step", s.id().value(), DONE, st -> {
            SqlTypes.setInstant(st, 1, now);
            SqlTypes.setInstant(st, 2, now);
            st.setLong(3, s.id().value());
            st.setInt(4, s.version());
        });
        closePlanIfFinished(tx, s.planId(), now);
    }

    void skip(Tx tx, NurtureStep s, String reason, Instant now) throws SQLException {
        tx.updateVersioned("nurture_step", s.id().value(), SKIP, st -> {
            SqlTypes.setInstant(st, 1, now);
            st.setString(2, reason);
            SqlTypes.setInstant(st, 3, now);
            st.setLong(4, s.id().value());
            st.setInt(5, s.version());
        });
        closePlanIfFinished(tx, s.planId(), now);
    }

    void reschedule(Tx tx, NurtureStep s, LocalDate due, Instant now) throws SQLException {
        tx.updateVersioned("nurture_step", s.id().value(), RESCHEDULE, st -> {
            SqlTypes.setDate(st, 1, due);
            SqlTypes.setInstant(st, 2, now);
            st.setLong(3, s.id().value());
            st.setInt(4, s.version());
        });
    }

    private void closePlanIfFinished(Tx tx, NurturePlanId plan, Instant now) throws SQLException {
        tx.update(CLOSE_PLAN_IF_FINISHED, st -> {
            SqlTypes.setInstant(st, 1, now);
            st.setLong(2, plan.value());
            st.setLong(3, plan.value());
        });
    }

    static NurtureStep step(ResultSet rs) throws SQLException {
        Long owner = SqlTypes.getLong(rs, "owner_id");
        Long job = SqlTypes.getLong(rs, "job_id");
        return new NurtureStep(new NurtureStepId(rs.getLong("id")),
                new NurturePlanId(rs.getLong("plan_id")), new CandidateId(rs.getLong("candidate_id")),
                StepKind.valueOf(rs.getString("step_kind")),
                NurtureChannel.valueOf(rs.getString("channel")),
                owner == null ? null : new RecruiterId(owner), SqlTypes.getDate(rs, "due_on"),
                StepStatus.valueOf(rs.getString("status")), SqlTypes.getInstant(rs, "done_at"),
                rs.getString("skip_reason"), job == null ? null : new JobId(job),
                rs.getInt("position"), rs.getInt("version"));
    }

    private static NurturePlan plan(ResultSet rs) throws SQLException {
        Long owner = SqlTypes.getLong(rs, "owner_id");
        Long submission = SqlTypes.getLong(rs, "submission_id");
        return new NurturePlan(new NurturePlanId(rs.getLong("id")),
                new CandidateId(rs.getLong("candidate_id")),
                submission == null ? null : new SubmissionId(submission),
                PlanKind.valueOf(rs.getString("kind")), owner == null ? null : new RecruiterId(owner),
                SqlTypes.getInstant(rs, "created_at"), List.of());
    }
}
