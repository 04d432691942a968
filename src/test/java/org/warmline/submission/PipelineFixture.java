package org.warmline.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.warmline.activity.ActivityLog;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.event.AppEvents;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterId;
import org.warmline.recruiter.Session;
import org.warmline.testing.ManualClock;

/** Inserts recruiters, employers, jobs and candidates with plain SQL, and wires the services. */
final class PipelineFixture {
    static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
    final Database db;
    final ManualClock clock = new ManualClock(START);
    final AppEvents events = AppEvents.direct();
    final Recruiter recruiter;
    final SubmissionService submissions;
    final org.warmline.activity.ActivityService activities;
    final StageService stages;

    PipelineFixture(Database db) {
        this.db = db;
        this.recruiter = recruiter(db, "maren", "Maren Voss");
        Session session = new Session(recruiter, "test");
        this.submissions = new SubmissionService(db, session, events, clock);
        this.activities = new org.warmline.activity.ActivityService(db, new ActivityLog(), session, events, clock);
        this.stages = new StageService(db, events);
    }

    static Recruiter recruiter(Database db, String login, String name) {
        long id = db.inTransaction(tx -> tx.insert(
                "INSERT INTO recruiter (login, display_name) VALUES (?, ?)", st -> {
                    st.setString(1, login);
                    st.setString(2, name);
                }));
        return new Recruiter(new RecruiterId(id), login, name, null, true, 0);
    }

    EmployerId employer(String name) {
        return new EmployerId(db.inTransaction(tx -> tx.insert("""
                INSERT INTO employer (name, sort_name, created_at, updated_at)
                VALUES (?, ?, ?, ?)""", st -> {
            st.setString(1, name);
            st.setString(2, name.toLowerCase());
            SqlTypes.setInstant(st, 3, START);
            SqlTypes.setInstant(st, 4, START);
        })));
    }

    JobId job(EmployerId employer, String title, String status) {
        return new JobId(db.inTransaction(tx -> tx.insert("""
                INSERT INTO job (employer_id, title, status, opened_on, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""", st -> {
            st.setLong(1, employer.value());
            st.setString(2, title);
            st.setString(3, status);
            SqlTypes.setDate(st, 4, java.time.LocalDate.of(2025, 2, 1));
            SqlTypes.setInstant(st, 5, START);
            SqlTypes.setInstant(st, 6, START);
        })));
    }

    CandidateId candidate(String first, String last) {
        return new CandidateId(db.inTransaction(tx -> tx.insert("""
                INSERT INTO candidate (first_name, last_name, status, sort_name, created_at,
                                       updated_at)
                VALUES (?, ?, 'ACTIVE', ?, ?, ?)""", st -> {
            st.setString(1, first);
            st.setString(2, last);
            st.setString(3, (last + " " + first).toLowerCase());
            SqlTypes.setInstant(st, 4, START);
            SqlTypes.setInstant(st, 5, START);
        })));
    }

    long count(String sql, long id) {
        return db.read(tx -> tx.queryLong(sql, st -> st.setLong(1, id)));
    }

}
