package org.warmline.report;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.warmline.platform.db.Tx;

/**
 * Nurture rows as the nurture feature writes them: a RUNNER_UP plan for Ben (Tom's), who was
 * suggested the Data Engineer job, was submitted and lost to an internal candidate; one more
 * suggestion he was never submitted for; a thank-you done late and a check-in overdue.
 */
final class NurtureRows {
    private NurtureRows() {
    }

    static void insert(ReportFixture f) {
        f.db.inTransaction(tx -> {
            long s = f.submission(tx, f.ben, f.dataEngineer, f.tom, ReportFixture.at(3, 5),
                    ReportFixture.at(3, 9), 2, 7);
            f.closure(tx, s, 4, true, 2, ReportFixture.at(3, 9));
            long plan = tx.insert("""
                    INSERT INTO nurture_plan (candidate_id, kind, owner_id, created_at)
                    VALUES (?, 'RUNNER_UP', ?, ?)""", st -> {
                st.setLong(1, f.ben);
                st.setLong(2, f.tom);
                st.setTimestamp(3, Timestamp.valueOf(ReportFixture.at(2, 25)));
            });
            step(tx, f, plan, "JOB_YOU_MAY_LIKE", LocalDate.of(2026, 3, 4), "DONE", 3, f.dataEngineer);
            long other = f.job(tx, f.odegard, "Site Reliability Engineer", LocalDate.of(2026, 3, 1));
            step(tx, f, plan, "JOB_YOU_MAY_LIKE", LocalDate.of(2026, 3, 12), "DUE", 0, other);
            step(tx, f, plan, "THANK_YOU", LocalDate.of(2026, 2, 26), "DONE", 2, null);
            step(tx, f, plan, "CHECK_IN_30", LocalDate.of(2026, 3, 9), "DUE", 0, null);
            return null;
        });
    }

    /** A step due on {@code due}; done steps were done {@code doneDay} of that month. */
    private static void step(Tx tx, ReportFixture f, long plan, String kind, LocalDate due,
                             String status, int doneDay, Long job) throws SQLException {
        tx.update("""
                INSERT INTO nurture_step (plan_id, candidate_id, step_kind, channel, owner_id,
                       due_on, status, done_at, job_id, created_at, updated_at)
                VALUES (?, ?, ?, 'EMAIL', ?, ?, ?, ?, ?, ?, ?)""", st -> {
            st.setLong(1, plan);
            st.setLong(2, f.ben);
            st.setString(3, kind);
            st.setLong(4, f.tom);
            st.setDate(5, Date.valueOf(due));
            st.setString(6, status);
            st.setTimestamp(7, doneDay == 0 ? null
                    : Timestamp.valueOf(ReportFixture.at(3, doneDay)));
            if (job == null) {
                st.setNull(8, java.sql.Types.BIGINT);
            } else {
                st.setLong(8, job);
            }
            st.setTimestamp(9, Timestamp.valueOf(ReportFixture.at(2, 25)));
            st.setTimestamp(10, Timestamp.valueOf(ReportFixture.at(2, 25)));
        });
    }
}
