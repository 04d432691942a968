package org.warmline.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.employer.ContactId;
import org.warmline.platform.db.Database;
import org.warmline.submission.SubmissionId;
import org.warmline.testing.DbTest;

@DbTest
class FeedbackMetricsTest {
    private static final Instant MONDAY = FeedbackFixture.MONDAY;

    @Test
    void ratesSpreadsAndBreakdownsOverLiveRejections(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        long employer = f.employer("Kestrel Labs");
        ContactId contact = f.contact(employer, "Jonas", "Brandt");
        SubmissionId r1 = rejected(f, employer, "Ana", days(-1), 1, "EMPLOYER", false, 3);
        SubmissionId r2 = rejected(f, employer, "Ben", days(-2), 3, "EMPLOYER", true, 2);
        SubmissionId r3 = rejected(f, employer, "Cleo", days(-4), 1, "AGENCY", false, 3);
        rejected(f, employer, "Dev", days(-6), 3, "CANDIDATE", true, 2);
        SubmissionId undone = rejected(f, employer, "Eli", days(-3), 5, "EMPLOYER", true, 4);
        f.undo(f.feedback.forRejection(undone).orElseThrow().rejection().closureId());
        EmployerFeedback e1 = request(f, r1, contact);
        EmployerFeedback e2 = request(f, r2, contact);
        request(f, r3, contact);
        f.feedback.request(r1, FeedbackKind.INTERVIEW, Channel.PHONE, contact);
        e1 = f.feedback.receive(e1.id(), e1.version(), contact, "Needs AWS", days(3));
        f.feedback.receive(e2.id(), e2.version(), contact, "Salary too high", days(5));
        f.clock.advance(Duration.ofDays(4));
        f.feedback.relay(e1.id(), e1.version(), Channel.EMAIL, "Needs more AWS depth", null);

        FeedbackReport report = f.metrics.report();

        assertThat(report.rejections()).isEqualTo(4);
        assertThat(report.requestRate()).isEqualTo(new Ratio(3, 4));
        assertThat(report.replyRate()).isEqualTo(new Ratio(2, 3));
        assertThat(report.relayRate()).isEqualTo(new Ratio(1, 2));
        assertThat(report.notAboutCandidate()).isEqualTo(new Ratio(2, 4));
        assertThat(report.notAboutCandidate().value()).isEqualTo(0.5);
        assertThat(report.rejectionToRequest()).isEqualTo(new Spread(3, 2L, 4L));
        assertThat(report.requestToReceived()).isEqualTo(new Spread(2, 3L, 5L));
        assertThat(report.receivedToRelayed()).isEqualTo(new Spread(1, 1L, 1L));
        assertThat(report.byReasonAndStage()).containsExactly(
                new ReasonCount("Salary expectations", "Submitted", 2),
                new ReasonCount("Skills gap", "Interview 1", 2));
        assertThat(report.byEndedBy()).containsExactly(Map.entry("AGENCY", 1L),
                Map.entry("CANDIDATE", 1L), Map.entry("EMPLOYER", 2L));

        FeedbackReport recent = f.metrics.report(days(-3), MONDAY);
        assertThat(recent.rejections()).isEqualTo(2);
        assertThat(recent.requestRate()).isEqualTo(new Ratio(2, 2));
        FeedbackReport none = f.metrics.report(MONDAY, null);
        assertThat(none.rejections()).isZero();
        assertThat(none.requestRate().value()).isNull();
        assertThat(none.rejectionToRequest()).isEqualTo(new Spread(0, null, null));
    }

    @Test
    void nearestRankPercentiles() {
        assertThat(Spread.nearestRank(List.of(4L, 1L, 3L, 2L), 50)).isEqualTo(2);
        assertThat(Spread.nearestRank(List.of(7L), 90)).isEqualTo(7);
        List<Long> ten = List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(Spread.nearestRank(ten, 90)).isEqualTo(9);
        assertThat(Spread.nearestRank(ten, 50)).isEqualTo(5);
        List<Long> eleven = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(Spread.nearestRank(eleven, 90)).isEqualTo(10);
        assertThat(Spread.nearestRank(eleven, 50)).isEqualTo(6);
        assertThat(Spread.nearestRank(eleven, 100)).isEqualTo(11);
        assertThat(Spread.nearestRank(List.of(), 50)).isNull();
    }

    private static Instant days(int n) {
        return MONDAY.plus(Duration.ofDays(n));
    }

    private static SubmissionId rejected(FeedbackFixture f, long employer, String first,
                                         Instant closedAt, long reason, String endedBy,
                                         boolean notAbout, long fromStage) {
        long job = f.job(employer, "Job for " + first, null);
        SubmissionId s = f.submission(f.candidate(first, "Lindqvist"), job, 7);
        f.closure(s, closedAt, reason, endedBy, notAbout, fromStage);
        return s;
    }

    private static EmployerFeedback request(FeedbackFixture f, SubmissionId s, ContactId c) {
        return f.feedback.request(s, FeedbackKind.REJECTION, Channel.EMAIL, c);
    }
}
