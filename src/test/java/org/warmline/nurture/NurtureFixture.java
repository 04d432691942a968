package org.warmline.nurture;

import java.time.Instant;
import java.time.LocalDate;
import org.warmline.candidate.CandidateId;
import org.warmline.feedback.FeedbackFixture;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Session;
import org.warmline.submission.SubmissionId;

/** Hand-built candidates, jobs and submissions (through the feedback fixture) and the nurture services. */
final class NurtureFixture {
    final FeedbackFixture base;
    final Database db;
    final NurtureService nurture;
    final Session session;
    final Messages msg = new Messages(java.util.Locale.UK);
    final org.warmline.activity.ActivityService activities;
    final OutreachService outreach;

    NurtureFixture(Database db) {
        this.db = db;
        this.base = new FeedbackFixture(db);
        this.session = new Session(base.recruiter, "test");
        this.nurture = new NurtureService(db, session, base.events, base.clock);
        this.activities = new org.warmline.activity.ActivityService(db,
                new org.warmline.activity.ActivityLog(), session, base.events, base.clock);
        this.outreach = new OutreachService(db, msg, activities, session, base.events, base.clock);
    }

    /** Monday 7 April 2025. */
    LocalDate today() {
        return LocalDate.of(2025, 4, 7);
    }

    long employer(String name) {
        return base.employer(name);
    }

    long job(long employer, String title, String skills) {
        long id = base.job(employer, title, base.recruiter.id().value());
        db.inTransaction(tx -> tx.update("UPDATE job SET skills = ? WHERE id = ?", st -> {
            st.setString(1, skills);
            st.setLong(2, id);
        }));
        return id;
    }

    long candidate(String first, String last) {
        return base.candidate(first, last);
    }

    /** A rejected submission of a new candidate, rejected today from a stage (3 = Interview 1). */
    SubmissionId rejected(long candidate, long job, long fromStage, long reason) {
        SubmissionId s = base.submission(candidate, job, 7);
        base.closure(s, FeedbackFixture.MONDAY, reason, "EMPLOYER", false, fromStage);
        return s;
    }

    void setCandidate(long candidate, String column, String value) {
        db.inTransaction(tx -> tx.update("UPDATE candidate SET " + column + " = ? WHERE id = ?",
                st -> {
                    st.setString(1, value);
                    st.setLong(2, candidate);
                }));
    }

    void withdrawConsent(long candidate) {
        db.inTransaction(tx -> tx.update(
                "UPDATE candidate SET consent_withdrawn_at = ? WHERE id = ?", st -> {
                    SqlTypes.setInstant(st, 1, Instant.parse("2025-04-01T10:00:00Z"));
                    st.setLong(2, candidate);
                }));
    }

    org.warmline.recruiter.RecruiterId recruiter(String login, String name) {
        return new org.warmline.recruiter.RecruiterId(db.inTransaction(tx -> tx.insert(
                "INSERT INTO recruiter (login, display_name) VALUES (?, ?)", st -> {
                    st.setString(1, login);
                    st.setString(2, name);
                })));
    }

    CandidateId cid(long candidate) {
        return new CandidateId(candidate);
    }
}
