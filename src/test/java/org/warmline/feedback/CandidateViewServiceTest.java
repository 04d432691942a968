package org.warmline.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.ContactId;
import org.warmline.employer.EmployerId;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.SubmissionId;
import org.warmline.testing.DbTest;

@DbTest
class CandidateViewServiceTest {
    private static final Instant D = Instant.parse("2025-03-03T09:00:00Z");

    @Test
    void recordsTheCandidatesViewAndValidatesScoresAndDate(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected r = f.rejected(D);
        List<RecordChanged> published = new ArrayList<>();
        f.events.subscribe(RecordChanged.class, published::add);
        String comments = "Zoë found the panel friendly. " + "n".repeat(10_000);

        CandidateView v = f.views.add(new NewCandidateView(r.submission(), 5, 4, 3, comments,
                null));

        assertThat(v.givenOn()).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(v.comments()).isEqualTo(comments.strip());
        assertThat(v.employerName()).isEqualTo("Kestrel Labs");
        assertThat(v.recordedBy()).isEqualTo("Inès Marchal");
        assertThat(f.views.viewsOf(new CandidateId(r.candidate()))).containsExactly(v);
        assertThat(f.views.submissionsOf(new CandidateId(r.candidate())))
                .extracting(SubmissionChoice::toString).containsExactly("Data Analyst — Kestrel Labs");
        assertThat(published).containsExactly(new RecordChanged(CandidateViewService.KIND, v.id()));
        assertThatThrownBy(() -> f.views.add(new NewCandidateView(r.submission(), 0, 6, 3, null,
                LocalDate.of(2025, 4, 8)))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsEntry("speed", "feedback.error.score")
                        .containsEntry("communication", "feedback.error.score")
                        .containsEntry("givenOn", "feedback.error.future")
                        .doesNotContainKey("interview"));
    }

    @Test
    void scorecardAveragesDaysToDecisionReplyRateAndReasons(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        long employer = f.employer("Kestrel Labs");
        ContactId contact = f.contact(employer, "Jonas", "Brandt");
        long job = f.job(employer, "Data Analyst", null);
        SubmissionId s1 = f.submission(f.candidate("Ana", "Souza"), job, 7);
        f.move(s1, 2, D);
        f.move(s1, 3, D.plus(Duration.ofDays(2)));
        f.move(s1, 4, D.plus(Duration.ofDays(5)));
        f.closure(s1, D.plus(Duration.ofDays(12)), 1, "EMPLOYER", false, 4);
        SubmissionId s2 = f.submission(f.candidate("王", "芳"), job + 0, 6);
        f.move(s2, 2, D);
        f.move(s2, 5, D.plus(Duration.ofDays(1)));
        f.placement(s2, D.plus(Duration.ofDays(8)));
        SubmissionId s3 = f.submission(f.candidate("Cleo", "Marsh"), job, 7);
        f.move(s3, 2, D);
        f.closure(s3, D.plus(Duration.ofDays(3)), 1, "EMPLOYER", false, 2);
        SubmissionId s4 = f.submission(f.candidate("Dev", "Patel"), job, 7);
        f.undo(f.closure(s4, D, 3, "EMPLOYER", true, 2));
        f.views.add(new NewCandidateView(s1, 5, 4, 3, null, LocalDate.of(2025, 3, 20)));
        f.views.add(new NewCandidateView(s2, 3, 2, 1, "Slow", LocalDate.of(2025, 3, 21)));
        FeedbackFixture.Rejected elsewhere = f.rejected(D);
        f.views.add(new NewCandidateView(elsewhere.submission(), 1, 1, 1, null, null));
        EmployerFeedback asked = f.feedback.request(s1, FeedbackKind.REJECTION, Channel.EMAIL,
                contact);
        f.feedback.receive(asked.id(), asked.version(), contact, "AWS",
                FeedbackFixture.MONDAY.plus(Duration.ofDays(3)));
        f.feedback.request(s3, FeedbackKind.REJECTION, Channel.PHONE, contact);

        EmployerScorecard card = f.views.scorecard(new EmployerId(employer));

        assertThat(card.views()).isEqualTo(2);
        assertThat(card.averageSpeed()).isEqualTo(4.0);
        assertThat(card.averageCommunication()).isEqualTo(3.0);
        assertThat(card.averageInterview()).isEqualTo(2.0);
        assertThat(card.daysToDecision()).isEqualTo(new Spread(2, 7L, 10L));
        assertThat(card.replyRate()).isEqualTo(new Ratio(1, 2));
        assertThat(card.daysToFeedback()).isEqualTo(new Spread(1, 3L, 3L));
        assertThat(card.reasons()).containsExactly(new ReasonCount("Skills gap", null, 2));
        EmployerScorecard empty = f.views.scorecard(new EmployerId(f.employer("Nordlicht")));
        assertThat(empty.averageSpeed()).isNull();
        assertThat(empty.replyRate().value()).isNull();
        assertThat(empty.daysToDecision().median()).isNull();
    }
}
