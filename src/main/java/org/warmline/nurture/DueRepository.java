package org.warmline.nurture;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.recruiter.RecruiterId;

/**
 * The steps due by a day (for Today, the command line and the calendar), and the steps that
 * complete from the employer feedback's state.
 */
final class DueRepository {
    private static final String DUE_SELECT = "SELECT " + NurtureRepository.STEP_COLUMNS + """
            ,
                   c.first_name, c.last_name, COALESCE(oj.title, j.title) AS title,
                   COALESCE(oe.name, e.name) AS employer_name
              FROM nurture_step n
              JOIN candidate c ON c.id = n.candidate_id
              JOIN nurture_plan p ON p.id = n.plan_id
              LEFT JOIN submission s ON s.id = p.submission_id
              LEFT JOIN job j ON j.id = s.job_id
              LEFT JOIN employer e ON e.id = j.employer_id
              LEFT JOIN job oj ON oj.id = n.job_id
              LEFT JOIN employer oe ON oe.id = oj.employer_id
             WHERE n.status = 'DUE' AND n.due_on <= ?
               AND n.step_kind NOT IN ('ASK_FEEDBACK', 'RELAY_FEEDBACK')
               AND c.status <> 'DO_NOT_CONTACT' AND c.consent_withdrawn_at IS NULL""";
    private static final String ORDER = """

             ORDER BY n.due_on, n.id
             FETCH FIRST ? ROWS ONLY""";
    private static final String DUE_ALL = DUE_SELECT + ORDER;
    private static final String DUE_MINE = DUE_SELECT + """

               AND n.owner_id = ?""" + ORDER;
    private static final String COUNT_MINE = """
            SELECT COUNT(*)
              FROM nurture_step n
              JOIN candidate c ON c.id = n.candidate_id
             WHERE n.owner_id = ? AND n.status = 'DUE' AND n.due_on <= ?
               AND n.step_kind NOT IN ('ASK_FEEDBACK', 'RELAY_FEEDBACK')
               AND c.status <> 'DO_NOT_CONTACT' AND c.consent_withdrawn_at IS NULL""";
    private static final String ASKED = """
            UPDATE nurture_step SET status = 'DONE', done_at = ?, updated_at = ?,
                   version = version + 1
             WHERE status = 'DUE' AND step_kind = 'ASK_FEEDBACK'
               AND EXISTS (SELECT 1 FROM nurture_plan p
                             JOIN employer_feedback f ON f.submission_id = p.submission_id
                            WHERE p.id = nurture_step.plan_id AND f.kind = 'REJECTION' AND f.state <> 'NOT_REQUESTED')""";
    private static final String RELAYED = """
            UPDATE nurture_step SET status = 'DONE', done_at = ?, updated_at = ?,
                   version = version + 1
             WHERE status = 'DUE' AND step_kind = 'RELAY_FEEDBACK'
               AND EXISTS (SELECT 1 FROM nurture_plan p
                             JOIN employer_feedback f ON f.submission_id = p.submission_id
                            WHERE p.id = nurture_step.plan_id AND f.kind = 'REJECTION' AND f.state = 'RELAYED')""";
    private static final String NO_REPLY = """
            UPDATE nurture_step SET status = 'SKIPPED', done_at = ?, updated_at = ?,
                   skip_reason = ?, version = version + 1
             WHERE status = 'DUE' AND step_kind = 'RELAY_FEEDBACK'
               AND EXISTS (SELECT 1 FROM nurture_plan p
                             JOIN employer_feedback f ON f.submission_id = p.submission_id
                            WHERE p.id = nurture_step.plan_id AND f.kind = 'REJECTION' AND f.state = 'NO_REPLY')""";

    List<DueStep> due(Tx tx, RecruiterId owner, LocalDate day, int limit) throws SQLException {
        return tx.query(owner == null ? DUE_ALL : DUE_MINE, st -> {
            SqlTypes.setDate(st, 1, day);
            int i = 2;
            if (owner != null) {
                st.setLong(i++, owner.value());
            }
            st.setInt(i, limit);
        }, rs -> {
            NurtureStep step = NurtureRepository.step(rs);
            return new DueStep(step, rs.getString("first_name") + " " + rs.getString("last_name"),
                    rs.getString("title"), rs.getString("employer_name"),
                    step.dueOn().isBefore(day));
        });
    }

    long count(Tx tx, RecruiterId owner, LocalDate day) throws SQLException {
        return tx.queryLong(COUNT_MINE, st -> {
            st.setLong(1, owner.value());
            SqlTypes.setDate(st, 2, day);
        });
    }

    /** Completes ask/relay steps the feedback record has overtaken; how many changed. */
    int followFeedback(Tx tx, Instant now, String noReplyReason) throws SQLException {
        int changed = 0;
        for (String sql : List.of(ASKED, RELAYED)) {
            changed += tx.update(sql, st -> {
                SqlTypes.setInstant(st, 1, now);
                SqlTypes.setInstant(st, 2, now);
            });
        }
        return changed + tx.update(NO_REPLY, st -> {
            SqlTypes.setInstant(st, 1, now);
            SqlTypes.setInstant(st, 2, now);
            st.setString(3, noReplyReason);
        });
    }
}
