package org.warmline.feedback;

import java.time.Instant;
import java.time.LocalDate;
import org.warmline.employer.ContactId;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.event.AppEvents;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterId;
import org.warmline.recruiter.Session;
import org.warmline.submission.SubmissionId;
import org.warmline.testing.ManualClock;

/** Builds rejected submissions with plain SQL and wires the feedback services. */
public final class FeedbackFixture {
    /** Monday 7 April 2025, 09:00 UTC. */
    public static final Instant MONDAY = Instant.parse("2025-04-07T09:00:00Z");
    public final Database db;
    public final ManualClock clock = new ManualClock(MONDAY);
    public final AppEvents events = AppEvents.direct();
    public final Recruiter recruiter;
    public final FeedbackService feedback;
    public final CandidateViewService views;
    public final FeedbackMetrics metrics;

    public FeedbackFixture(Database db) {
        this.db = db;
        long id = db.inTransaction(tx -> tx.insert(
                "INSERT INTO recruiter (login, display_name) VALUES ('ines', 'Inès Marchal')",
                st -> { }));
        recruiter = new Recruiter(new RecruiterId(id), "ines", "Inès Marchal", null, true, 0);
        Session session = new Session(recruiter, "test");
        feedback = new FeedbackService(db, WordingGuard.standard(), FeedbackPolicy.DEFAULTS,
                session, events, clock);
        views = new CandidateViewService(db, session, events, clock);
        metrics = new FeedbackMetrics(db);
    }

    public long employer(String name) {
        return db.inTransaction(tx -> tx.insert("""
                INSERT INTO employer (name, sort_name, created_at, updated_at)
                VALUES (?, ?, ?, ?)""", st -> {
            st.setString(1, name);
            st.setString(2, name.toLowerCase());
            SqlTypes.setInstant(st, 3, MONDAY);
            SqlTypes.setInstant(st, 4, MONDAY);
        }));
    }

    public ContactId contact(long employer, String first, String last) {
        return new ContactId(db.inTransaction(tx -> tx.insert("""
                INSERT INTO contact (employer_id, first_name, last_name, role, created_at,
                                     updated_at)
                VALUES (?, ?, ?, 'Hiring manager', ?, ?)""", st -> {
            st.setLong(1, employer);
            st.setString(2, first);
            st.setString(3, last);
            SqlTypes.setInstant(st, 4, MONDAY);
            SqlTypes.setInstant(st, 5, MONDAY);
        })));
    }

    public long job(long employer, String title, Long owner) {
        return db.inTransaction(tx -> tx.insert("""
                INSERT INTO job (employer_id, title, status, opened_on, owner_id, created_at,
                                 updated_at)
                VALUES (?, ?, 'OPEN', ?, ?, ?, ?)""", st -> {
            st.setLong(1, employer);
            st.setString(2, title);
            SqlTypes.setDate(st, 3, LocalDate.of(2025, 3, 1));
            SqlTypes.setLong(st, 4, owner);
            SqlTypes.setInstant(st, 5, MONDAY);
            SqlTypes.setInstant(st, 6, MONDAY);
        }));
    }

    public long candidate(String first, String last) {
        return db.inTransaction(tx -> tx.insert("""
                INSERT INTO candidate (first_name, last_name, status, sort_name, created_at,
                                       updated_at)
                VALUES (?, ?, 'ACTIVE', ?, ?, ?)""", st -> {
            st.setString(1, first);
            st.setString(2, last);
            st.setString(3, (last + " " + first).toLowerCase());
            SqlTypes.setInstant(st, 4, MONDAY);
            SqlTypes.setInstant(st, 5, MONDAY);
        }));
    }

    /** A submission in a stage (2 = Submitted, 7 = Rejected, 6 = Placed). */
    public SubmissionId submission(long candidate, long job, long stage) {
        return new SubmissionId(db.inTransaction(tx -> tx.insert("""
                INSERT INTO submission (candidate_id, job_id, stage_id, stage_changed_at,
                                        created_at)
                VALUES (?, ?, ?, ?, ?)""", st -> {
            st.setLong(1, candidate);
            st.setLong(2, job);
            st.setLong(3, stage);
            SqlTypes.setInstant(st, 4, MONDAY);
            SqlTypes.setInstant(st, 5, MONDAY);
        })));
    }

    /** A live REJECTED closure: reason id (1 Skills gap, 3 Salary...), from a stage id. */
    public long closure(SubmissionId s, Instant closedAt, long reason, String endedBy,
                        boolean notAboutCandidate, long fromStage) {
        return db.inTransaction(tx -> tx.insert("""
                INSERT INTO submission_closure (submission_id, outcome, ended_by, reason_id,
                       not_about_candidate, from_stage_id, closed_at)
                VALUES (?, 'REJECTED', ?, ?, ?, ?, ?)""", st -> {
            st.setLong(1, s.value());
            st.setString(2, endedBy);
            st.setLong(3, reason);
            st.setBoolean(4, notAboutCandidate);
            st.setLong(5, fromStage);
            SqlTypes.setInstant(st, 6, closedAt);
        }));
    }

    public void undo(long closure) {
        db.inTransaction(tx -> tx.update(
                "UPDATE submission_closure SET undone_at = ? WHERE id = ?", st -> {
                    SqlTypes.setInstant(st, 1, MONDAY);
                    st.setLong(2, closure);
                }));
    }

    public void move(SubmissionId s, long toStage, Instant at) {
        db.inTransaction(tx -> tx.insert("""
                INSERT INTO submission_stage_history (submission_id, to_stage_id, changed_at)
                VALUES (?, ?, ?)""", st -> {
            st.setLong(1, s.value());
            st.setLong(2, toStage);
            SqlTypes.setInstant(st, 3, at);
        }));
    }

    public void placement(SubmissionId s, Instant at) {
        db.inTransaction(tx -> tx.update("""
                INSERT INTO placement (submission_id, start_date, salary, fee, currency,
                                       created_at)
                VALUES (?, ?, 50000, 10000, 'EUR', ?)""", st -> {
            st.setLong(1, s.value());
            SqlTypes.setDate(st, 2, LocalDate.of(2025, 6, 1));
            SqlTypes.setInstant(st, 3, at);
        }));
    }

    /** A fresh rejected submission (Zoë Ødegård, Data Analyst at Kestrel Labs) and a contact. */
    public Rejected rejected(Instant closedAt) {
        long employer = employer("Kestrel Labs");
        ContactId contact = contact(employer, "Jonas", "Brandt");
        long job = job(employer, "Data Analyst", recruiter.id().value());
        long candidate = candidate("Zoë", "Ødegård");
        SubmissionId s = submission(candidate, job, 7);
        long closure = closure(s, closedAt, 1, "EMPLOYER", false, 3);
        return new Rejected(employer, contact, job, candidate, s, closure);
    }

    /** The ids of a rejected submission built by {@link #rejected}. */
    public record Rejected(long employer, ContactId contact, long job, long candidate,
                           SubmissionId submission, long closure) {
    }
}
