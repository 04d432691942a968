package org.warmline.privacy;

import java.time.Duration;
import java.time.Instant;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.ContactId;
import org.warmline.feedback.Channel;
import org.warmline.feedback.EmployerFeedback;
import org.warmline.feedback.FeedbackFixture;
import org.warmline.feedback.FeedbackKind;
import org.warmline.platform.db.SqlTypes;
import org.warmline.submission.SubmissionId;

/**
 * A small agency history: Zoë rejected with verbatim feedback and later placed, Ben rejected;
 * notes, activities and the candidate's own feedback on the way.
 */
record PipelineStory(CandidateId zoe, CandidateId ben, SubmissionId zoeRejected,
                     SubmissionId zoePlaced, SubmissionId benRejected) {
    static final String VERBATIM = "Zoë lacked depth in SQL window functions; "
            + "=SUM(A1:A9) style formulas were fine.";

    static PipelineStory build(PrivacyFixture p) {
        FeedbackFixture f = p.f;
        Instant monday = FeedbackFixture.MONDAY;
        CandidateId zoe = p.person("Zoë", "Ødegård", "zoe@example.org", "+47 91 23 45 67",
                "https://www.linkedin.com/in/zoe-odegard/");
        CandidateId ben = p.person("Ben", "Okafor", "ben@example.org", null, null);
        long employer = f.employer("Kestrel Labs");
        ContactId contact = f.contact(employer, "Jonas", "Brandt");
        long analyst = f.job(employer, "Data Analyst", f.recruiter.id().value());
        long engineer = f.job(employer, "Data Engineer", f.recruiter.id().value());
        SubmissionId rejected = f.submission(zoe.value(), analyst, 7);
        SubmissionId placed = f.submission(zoe.value(), engineer, 6);
        SubmissionId benRejected = f.submission(ben.value(), analyst, 7);
        for (SubmissionId s : new SubmissionId[] {rejected, placed, benRejected}) {
            p.stageNote(s, 2, monday.minus(Duration.ofDays(20)), "Sent CV; Zoë keen");
            p.stageNote(s, 3, monday.minus(Duration.ofDays(10)), "Interview with Jonas");
        }
        p.stageNote(placed, 6, monday.minus(Duration.ofDays(2)), "Accepted the offer");
        long closure = f.closure(rejected, monday.minus(Duration.ofDays(1)), 1, "EMPLOYER",
                false, 3);
        long benClosure = f.closure(benRejected, monday.minus(Duration.ofDays(1)), 3,
                "EMPLOYER", true, 3);
        p.db.inTransaction(tx -> tx.update("UPDATE submission_closure SET note = ? WHERE id IN (?, ?)",
                st -> {
                    st.setString(1, "Told by phone");
                    st.setLong(2, closure);
                    st.setLong(3, benClosure);
                }));
        f.placement(placed, monday);
        EmployerFeedback requested = f.feedback.request(rejected, FeedbackKind.REJECTION,
                Channel.EMAIL, contact);
        f.clock.advance(Duration.ofDays(2));
        EmployerFeedback received = f.feedback.receive(requested.id(), requested.version(),
                contact, VERBATIM, f.clock.instant());
        f.feedback.relay(received.id(), received.version(), Channel.EMAIL,
                "They were looking for more SQL depth.", null);
        f.feedback.request(benRejected, FeedbackKind.REJECTION, Channel.PHONE, contact);
        p.activity(zoe, null, monday.minus(Duration.ofDays(30)), "First call with Zoë",
                "N".repeat(10_000));
        p.activity(zoe, rejected.value(), monday.minus(Duration.ofDays(1)), "Told Zoë",
                "She took it well");
        candidateFeedback(p, rejected, "Slow process, friendly people");
        candidateFeedback(p, benRejected, "Fine");
        return new PipelineStory(zoe, ben, rejected, placed, benRejected);
    }

    private static void candidateFeedback(PrivacyFixture p, SubmissionId s, String comments) {
        p.db.inTransaction(tx -> tx.insert("""
                INSERT INTO candidate_feedback (submission_id, speed, communication, interview,
                                                comments, given_on, created_at)
                VALUES (?, 2, 4, 5, ?, ?, ?)""", st -> {
            st.setLong(1, s.value());
            st.setString(2, comments);
            SqlTypes.setDate(st, 3, java.time.LocalDate.of(2025, 4, 8));
            SqlTypes.setInstant(st, 4, FeedbackFixture.MONDAY);
        }));
    }
}
