package org.warmline.nurture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.employer.ContactId;
import org.warmline.feedback.Channel;
import org.warmline.feedback.EmployerFeedback;
import org.warmline.feedback.FeedbackKind;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.SubmissionId;
import org.warmline.testing.DbTest;

@DbTest
class NurtureServiceTest {

    private static NurturePlan rejectedPlan(NurtureFixture f) {
        long job = f.job(f.employer("Kestrel Labs"), "Data Analyst", "SQL, Python");
        SubmissionId s = f.rejected(f.candidate("Zoë", "Ødegård"), job, 3, 1);
        return f.nurture.planForRejection(s).orElseThrow();
    }

    private static NurtureStep step(NurturePlan plan, StepKind kind) {
        return plan.steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void rejectionPlanFollowsTheDefaultTemplateWithDatesFromTheClock(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        NurturePlan plan = rejectedPlan(f);
        assertThat(plan.kind()).isEqualTo(PlanKind.REJECTED);
        assertThat(plan.ownerId()).isEqualTo(f.base.recruiter.id());
        assertThat(plan.steps()).extracting(NurtureStep::kind, NurtureStep::channel,
                NurtureStep::dueOn, NurtureStep::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(StepKind.THANK_YOU, NurtureChannel.EMAIL,
                        LocalDate.of(2025, 4, 8), StepStatus.DUE),
                org.assertj.core.groups.Tuple.tuple(StepKind.ASK_FEEDBACK, NurtureChannel.TASK,
                        LocalDate.of(2025, 4, 9), StepStatus.DUE),
                org.assertj.core.groups.Tuple.tuple(StepKind.RELAY_FEEDBACK, NurtureChannel.EMAIL,
                        LocalDate.of(2025, 4, 14), StepStatus.DUE),
                org.assertj.core.groups.Tuple.tuple(StepKind.LINKEDIN, NurtureChannel.LINKEDIN,
                        LocalDate.of(2025, 4, 10), StepStatus.DUE),
                org.assertj.core.groups.Tuple.tuple(StepKind.CHECK_IN_30, NurtureChannel.EMAIL,
                        LocalDate.of(2025, 5, 7), StepStatus.DUE),
                org.assertj.core.groups.Tuple.tuple(StepKind.CHECK_IN_90, NurtureChannel.PHONE,
                        LocalDate.of(2025, 7, 6), StepStatus.DUE));
        assertThat(f.nurture.plans(plan.candidateId())).extracting(NurturePlan::id)
                .containsExactly(plan.id());
    }

    @Test
    void aSecondRejectionPlanForTheSameSubmissionIsNotCreated(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        NurturePlan plan = rejectedPlan(f);
        assertThat(f.nurture.planForRejection(plan.submissionId())).isEmpty();
    }

    @Test
    void placementPlanIsDatedFromTheStartDate(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        long job = f.job(f.employer("Harbour Bank"), "Risk Analyst", null);
        SubmissionId s = f.base.submission(f.candidate("王", "芳"), job, 6);
        f.base.placement(s, org.warmline.feedback.FeedbackFixture.MONDAY);
        NurturePlan plan = f.nurture.planForPlacement(s).orElseThrow();
        assertThat(plan.steps()).extracting(NurtureStep::kind, NurtureStep::dueOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(StepKind.FIRST_WEEK, LocalDate.of(2025, 6, 8)),
                org.assertj.core.groups.Tuple.tuple(StepKind.ASK_REFERRAL, LocalDate.of(2025, 7, 16)),
                org.assertj.core.groups.Tuple.tuple(StepKind.CHECK_IN_90, LocalDate.of(2025, 8, 30)));
    }

    @Test
    void noPlanForDoNotContactOrWithdrawnConsent(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        long job = f.job(f.employer("Kestrel Labs"), "Data Analyst", null);
        long dnc = f.candidate("Ana", "Ribeiro");
        f.setCandidate(dnc, "status", "DO_NOT_CONTACT");
        long withdrawn = f.candidate("Jonas", "Brandt");
        f.withdrawConsent(withdrawn);
        assertThat(f.nurture.planForRejection(f.rejected(dnc, job, 3, 1))).isEmpty();
        assertThat(f.nurture.planForRejection(f.rejected(withdrawn, job, 3, 1))).isEmpty();
        assertThat(f.nurture.plans(f.cid(dnc))).isEmpty();
        assertThat(f.nurture.plans(f.cid(withdrawn))).isEmpty();
    }

    @Test
    void stepsOfACandidateWhoLaterWithdrawsConsentLeaveTheDueList(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        NurturePlan plan = rejectedPlan(f);
        LocalDate later = LocalDate.of(2025, 4, 20);
        assertThat(f.nurture.due(null, later, 50)).hasSize(2);
        f.withdrawConsent(plan.candidateId().value());
        assertThat(f.nurture.due(null, later, 50)).isEmpty();
        assertThat(f.nurture.dueCount(f.base.recruiter.id(), later)).isZero();
    }

    @Test
    void doneSkipAndRescheduleChangeTheStepAndItsVersion(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        NurturePlan plan = rejectedPlan(f);
        NurtureStep thanks = step(plan, StepKind.THANK_YOU);
        NurtureStep done = f.nurture.done(thanks.id(), thanks.version());
        assertThat(done.status()).isEqualTo(StepStatus.DONE);
        assertThat(done.doneAt()).isEqualTo(f.base.clock.instant());
        assertThat(done.version()).isEqualTo(thanks.version() + 1);

        NurtureStep linkedIn = step(plan, StepKind.LINKEDIN);
        String reason = "Already connected ".repeat(20).strip();
        NurtureStep skipped = f.nurture.skip(linkedIn.id(), linkedIn.version(), reason);
        assertThat(skipped.status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(skipped.skipReason()).isEqualTo(reason);

        NurtureStep checkIn = step(plan, StepKind.CHECK_IN_30);
        NurtureStep moved = f.nurture.reschedule(checkIn.id(), checkIn.version(),
                LocalDate.of(2025, 5, 20));
        assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(moved.status()).isEqualTo(StepStatus.DUE);
        NurtureStep snoozed = f.nurture.snooze(checkIn.id(), moved.version(), 7);
        assertThat(snoozed.dueOn()).isEqualTo(LocalDate.of(2025, 4, 14));
    }

    @Test
    void skipNeedsAReasonAndRescheduleAFutureDay(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        NurtureStep thanks = step(rejectedPlan(f), StepKind.THANK_YOU);
        assertThatThrownBy(() -> f.nurture.skip(thanks.id(), thanks.version(), "  "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsEntry("reason", "validation.required"));
        assertThatThrownBy(() -> f.nurture.skip(thanks.id(), thanks.version(), "x".repeat(10_000)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsEntry("reason", "validation.tooLong"));
        assertThatThrownBy(() -> f.nurture.reschedule(thanks.id(), thanks.version(),
                LocalDate.of(2025, 4, 6))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsEntry("due", "nurture.error.pastDate"));
        assertThat(f.nurture.step(thanks.id()).status()).isEqualTo(StepStatus.DUE);
    }

    @Test
    void aStaleVersionIsRefusedAndAHandledStepCannotBeDoneAgain(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        NurtureStep thanks = step(rejectedPlan(f), StepKind.THANK_YOU);
        NurtureStep done = f.nurture.done(thanks.id(), thanks.version());
        assertThatThrownBy(() -> f.nurture.skip(thanks.id(), thanks.version(), "late"))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> f.nurture.snooze(thanks.id(), done.version(), 1))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsEntry("status", "nurture.error.notDue"));
    }

    @Test
    void dueListIsSortedLeavesFeedbackStepsToTheWorkListAndFiltersByOwner(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        NurturePlan plan = rejectedPlan(f);
        List<DueStep> due = f.nurture.due(f.base.recruiter.id(), LocalDate.of(2025, 4, 10), 50);
        assertThat(due).extracting(d -> d.step().kind())
                .containsExactly(StepKind.THANK_YOU, StepKind.LINKEDIN);
        assertThat(due.get(0).overdue()).isTrue();
        assertThat(due.get(1).overdue()).isFalse();
        assertThat(due.get(0).candidateName()).isEqualTo("Zoë Ødegård");
        assertThat(due.get(0).jobTitle()).isEqualTo("Data Analyst");
        assertThat(due.get(0).employerName()).isEqualTo("Kestrel Labs");
        assertThat(f.nurture.dueCount(f.base.recruiter.id(), LocalDate.of(2025, 4, 10))).isEqualTo(2);
        var other = f.recruiter("otto", "Otto Sand");
        assertThat(f.nurture.due(other, LocalDate.of(2025, 4, 10), 50)).isEmpty();
        assertThat(f.nurture.due(null, LocalDate.of(2025, 4, 7), 50)).isEmpty();
        assertThat(plan.steps()).hasSize(6);
    }

    @Test
    void askAndRelayStepsCompleteFromTheFeedbackState(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        long employer = f.employer("Kestrel Labs");
        ContactId contact = f.base.contact(employer, "Jonas", "Brandt");
        long job = f.job(employer, "Data Analyst", null);
        SubmissionId s = f.rejected(f.candidate("Zoë", "Ødegård"), job, 3, 1);
        NurturePlan plan = f.nurture.planForRejection(s).orElseThrow();
        EmployerFeedback asked = f.base.feedback.request(s, FeedbackKind.REJECTION, Channel.EMAIL,
                contact);
        assertThat(f.nurture.followFeedback()).isEqualTo(1);
        assertThat(f.nurture.step(step(plan, StepKind.ASK_FEEDBACK).id()).status())
                .isEqualTo(StepStatus.DONE);
        f.base.clock.advance(Duration.ofDays(1));
        EmployerFeedback got = f.base.feedback.receive(asked.id(), asked.version(), contact,
                "Strong SQL, but less experience with dashboards.", null);
        f.base.feedback.relay(got.id(), got.version(), Channel.EMAIL,
                "They liked your SQL and suggested more dashboard work.", null);
        assertThat(f.nurture.followFeedback()).isEqualTo(1);
        assertThat(f.nurture.step(step(plan, StepKind.RELAY_FEEDBACK).id()).status())
                .isEqualTo(StepStatus.DONE);
    }

    @Test
    void theAgencyEditsTheTemplateAndNewPlansFollowIt(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        f.nurture.saveTemplate(PlanKind.REJECTED, List.of(
                new TemplateStep(StepKind.THANK_YOU, NurtureChannel.LETTER, 0),
                new TemplateStep(StepKind.CHECK_IN_30, NurtureChannel.PHONE, 21)));
        assertThat(f.nurture.template(PlanKind.REJECTED)).extracting(TemplateStep::channel)
                .containsExactly(NurtureChannel.LETTER, NurtureChannel.PHONE);
        NurturePlan plan = rejectedPlan(f);
        assertThat(plan.steps()).extracting(NurtureStep::kind, NurtureStep::dueOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(StepKind.THANK_YOU, LocalDate.of(2025, 4, 7)),
                org.assertj.core.groups.Tuple.tuple(StepKind.CHECK_IN_30, LocalDate.of(2025, 4, 28)));
        assertThatThrownBy(() -> f.nurture.saveTemplate(PlanKind.PLACED, List.of(
                new TemplateStep(StepKind.FIRST_WEEK, NurtureChannel.PHONE, 731))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsEntry("offset.0", "nurture.error.offset"));
        assertThat(f.nurture.template(PlanKind.PLACED)).hasSize(3);
    }
}
