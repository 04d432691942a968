package org.warmline.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.employer.ContactId;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.testing.DbTest;

@DbTest
class FeedbackServiceTest {
    private static final Instant FRIDAY = Instant.parse("2025-04-04T16:00:00Z");

    @Test
    void walksFromNotRequestedToRelayedAndFreezesTheText(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected r = f.rejected(FRIDAY);
        List<RecordChanged> published = new ArrayList<>();
        f.events.subscribe(RecordChanged.class, published::add);

        EmployerFeedback open = f.feedback.forRejection(r.submission()).orElseThrow();
        assertThat(open.state()).isEqualTo(FeedbackState.NOT_REQUESTED);
        assertThat(open.id()).isNull();
        assertThat(open.subject().candidateName()).isEqualTo("Zoë Ødegård");
        assertThat(open.rejection().reason()).isEqualTo("Skills gap");
        assertThat(open.rejection().fromStage()).isEqualTo("Interview 1");

        EmployerFeedback requested = f.feedback.request(r.submission(), FeedbackKind.REJECTION,
                Channel.EMAIL, r.contact());
        assertThat(requested.state()).isEqualTo(FeedbackState.REQUESTED);
        assertThat(requested.requestedAt()).isEqualTo(FeedbackFixture.MONDAY);
        assertThat(requested.requestedVia()).isEqualTo(Channel.EMAIL);
        assertThat(requested.requestedContact()).isEqualTo(r.contact());
        assertThat(requested.rejection().closureId()).isEqualTo(r.closure());

        f.clock.advance(Duration.ofDays(5));
        EmployerFeedback reminded = f.feedback.remind(requested.id(), requested.version(),
                Channel.PHONE);
        reminded = f.feedback.remind(reminded.id(), reminded.version(), Channel.EMAIL);
        assertThat(reminded.state()).isEqualTo(FeedbackState.REMINDED);
        assertThat(reminded.reminders()).isEqualTo(2);
        assertThat(f.feedback.reminders(reminded.id())).extracting(Reminder::via, Reminder::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Channel.PHONE, "Inès Marchal"),
                        org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, "Inès Marchal"));

        String verbatim = "王芳 interviewed well. " + "x".repeat(10_000);
        EmployerFeedback received = f.feedback.receive(reminded.id(), reminded.version(),
                r.contact(), verbatim, null);
        assertThat(received.state()).isEqualTo(FeedbackState.RECEIVED);
        assertThat(received.verbatimText()).isEqualTo(verbatim);
        assertThat(received.receivedContact()).isEqualTo(r.contact());

        EmployerFeedback draft = f.feedback.saveCandidateText(received.id(), received.version(),
                " Strong SQL; needs more AWS depth ");
        assertThat(draft.candidateText()).isEqualTo("Strong SQL; needs more AWS depth");

        EmployerFeedback relayed = f.feedback.relay(draft.id(), draft.version(), Channel.EMAIL,
                "Strong SQL; needs more AWS depth", null);
        assertThat(relayed.state()).isEqualTo(FeedbackState.RELAYED);
        assertThat(relayed.relayedText()).isEqualTo("Strong SQL; needs more AWS depth");
        assertThat(relayed.relayedBy()).isEqualTo("Inès Marchal");
        assertThat(relayed.relayedVia()).isEqualTo(Channel.EMAIL);
        assertThat(relayed.guardOverridden()).isFalse();

        assertThatThrownBy(() -> f.feedback.saveCandidateText(relayed.id(), relayed.version(),
                "changed")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsEntry("state", "feedback.error.relayed"));
        assertThatThrownBy(() -> f.feedback.relay(relayed.id(), relayed.version(), Channel.EMAIL,
                "again", null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsEntry("state", "feedback.error.relayed"));
        assertThat(f.feedback.get(relayed.id()).relayedText())
                .isEqualTo("Strong SQL; needs more AWS depth");
        assertThat(published).hasSize(6).allMatch(e -> e.kind().equals(FeedbackService.KIND));
    }

    @Test
    void illegalMovesAreRefusedWithTheirReason(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected r = f.rejected(FRIDAY);
        EmployerFeedback requested = f.feedback.request(r.submission(), FeedbackKind.REJECTION,
                Channel.LETTER, r.contact());

        assertState(() -> f.feedback.request(r.submission(), FeedbackKind.REJECTION,
                Channel.EMAIL, r.contact()), "feedback.error.alreadyRequested");
        assertState(() -> f.feedback.relay(requested.id(), requested.version(), Channel.EMAIL,
                "Fine", null), "feedback.error.notReceived");
        assertState(() -> f.feedback.saveCandidateText(requested.id(), requested.version(),
                "Fine"), "feedback.error.notReceived");
        EmployerFeedback received = f.feedback.receive(requested.id(), requested.version(),
                r.contact(), "Not enough Kafka", null);
        assertState(() -> f.feedback.remind(received.id(), received.version(), Channel.EMAIL),
                "feedback.error.alreadyReceived");
        assertState(() -> f.feedback.markNoReply(received.id(), received.version()),
                "feedback.error.alreadyReceived");
        assertState(() -> f.feedback.receive(received.id(), received.version(), r.contact(),
                "again", null), "feedback.error.alreadyReceived");
    }

    @Test
    void requestsOnlyForRejectedSubmissionsFromTheEmployersContacts(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected r = f.rejected(FRIDAY);
        long other = f.employer("Nordlicht Systeme");
        ContactId stranger = f.contact(other, "Lena", "Vogt");
        var active = f.submission(f.candidate("Ana", "Souza"), r.job(), 2);

        assertState(() -> f.feedback.request(active, FeedbackKind.REJECTION, Channel.EMAIL,
                r.contact()), "feedback.error.notRejected");
        assertThat(f.feedback.forRejection(active)).isEmpty();
        assertThatThrownBy(() -> f.feedback.request(r.submission(), FeedbackKind.REJECTION,
                Channel.EMAIL, stranger)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsEntry("contact", "feedback.error.contact"));
        assertThatThrownBy(() -> f.feedback.request(r.submission(), FeedbackKind.REJECTION,
                null, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsKeys("via", "contact"));
        assertThat(f.feedback.contactsFor(r.submission())).extracting(ContactOption::name)
                .containsExactly("Jonas Brandt");

        f.undo(r.closure());
        assertThat(f.feedback.forRejection(r.submission())).isEmpty();
        assertThat(f.feedback.rejectionsOf(new org.warmline.candidate.CandidateId(r.candidate())))
                .isEmpty();
    }

    @Test
    void receiveBeforeRequestAndInterviewFeedbackAndNoReply(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected r = f.rejected(FRIDAY);
        EmployerFeedback interview = f.feedback.request(r.submission(), FeedbackKind.INTERVIEW,
                Channel.PHONE, r.contact());
        assertThat(interview.kind()).isEqualTo(FeedbackKind.INTERVIEW);
        assertThat(interview.rejection()).isNull();
        assertThat(f.feedback.forRejection(r.submission()).orElseThrow().state())
                .isEqualTo(FeedbackState.NOT_REQUESTED);
        assertThat(f.feedback.interviewFeedbackOf(
                new org.warmline.candidate.CandidateId(r.candidate()))).hasSize(1);

        assertThatThrownBy(() -> f.feedback.receive(interview.id(), interview.version(),
                r.contact(), "Good", FeedbackFixture.MONDAY.minusSeconds(60)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("receivedAt", "feedback.error.beforeRequest"));

        EmployerFeedback gaveUp = f.feedback.markNoReply(interview.id(), interview.version());
        assertThat(gaveUp.state()).isEqualTo(FeedbackState.NO_REPLY);
        assertThat(gaveUp.noReplyAt()).isEqualTo(FeedbackFixture.MONDAY);
        assertState(() -> f.feedback.remind(gaveUp.id(), gaveUp.version(), Channel.EMAIL),
                "feedback.error.noReply");
        EmployerFeedback late = f.feedback.receive(gaveUp.id(), gaveUp.version(), r.contact(),
                "Sorry for the delay", null);
        assertThat(late.state()).isEqualTo(FeedbackState.RECEIVED);
        assertThat(late.noReplyAt()).isNull();
    }

    @Test
    void staleVersionsAreRejected(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected r = f.rejected(FRIDAY);
        EmployerFeedback requested = f.feedback.request(r.submission(), FeedbackKind.REJECTION,
                Channel.EMAIL, r.contact());
        f.feedback.remind(requested.id(), requested.version(), Channel.EMAIL);

        assertThatThrownBy(() -> f.feedback.receive(requested.id(), requested.version(),
                r.contact(), "text", null)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> f.feedback.markNoReply(requested.id(), requested.version()))
                .isInstanceOf(StaleRecordException.class);
        assertThat(f.feedback.get(requested.id()).reminders()).isEqualTo(1);
    }

    @Test
    void guardFindingsBlockTheRelayUnlessOverriddenWithANote(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected r = f.rejected(FRIDAY);
        EmployerFeedback req = f.feedback.request(r.submission(), FeedbackKind.REJECTION,
                Channel.EMAIL, r.contact());
        EmployerFeedback rec = f.feedback.receive(req.id(), req.version(), r.contact(),
                "They want someone younger", null);

        assertThatThrownBy(() -> f.feedback.relay(rec.id(), rec.version(), Channel.EMAIL,
                "We want someone younger", null)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("candidateText", "feedback.error.guard"));
        assertThatThrownBy(() -> f.feedback.relay(rec.id(), rec.version(), Channel.EMAIL,
                "We want someone younger", "  ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.feedback.relay(rec.id(), rec.version(), null, " ", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsKeys("candidateText", "relayVia"));

        EmployerFeedback relayed = f.feedback.relay(rec.id(), rec.version(), Channel.PHONE,
                "The team is quite young; they chose another candidate.",
                "Quoted the employer's own words at the candidate's request");
        assertThat(relayed.guardOverridden()).isTrue();
        assertThat(relayed.guardOverrideNote())
                .isEqualTo("Quoted the employer's own words at the candidate's request");
    }

    @Test
    void sweepMarksWaitingFeedbackAsNoReplyAfterTheConfiguredDays(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected r = f.rejected(FRIDAY);
        EmployerFeedback req = f.feedback.request(r.submission(), FeedbackKind.REJECTION,
                Channel.EMAIL, r.contact());
        f.clock.advance(Duration.ofDays(4));
        EmployerFeedback reminded = f.feedback.remind(req.id(), req.version(), Channel.EMAIL);
        Instant remindedAt = reminded.lastRemindedAt();

        assertThat(f.feedback.sweepNoReplies(remindedAt.plus(Duration.ofDays(10)).minusSeconds(1)))
                .isZero();
        assertThat(f.feedback.get(req.id()).state()).isEqualTo(FeedbackState.REMINDED);
        assertThat(f.feedback.sweepNoReplies(remindedAt.plus(Duration.ofDays(10)))).isEqualTo(1);
        EmployerFeedback swept = f.feedback.get(req.id());
        assertThat(swept.state()).isEqualTo(FeedbackState.NO_REPLY);
        assertThat(swept.noReplyAt()).isEqualTo(remindedAt.plus(Duration.ofDays(10)));
        assertThat(f.feedback.sweepNoReplies(remindedAt.plus(Duration.ofDays(30)))).isZero();
    }

    @Test
    void requestIsDueTwoBusinessDaysAfterTheRejectionAcrossAWeekend(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected r = f.rejected(FRIDAY);
        LocalDate tuesday = LocalDate.of(2025, 4, 8);

        List<WorkItem> monday = f.feedback.workList(null, LocalDate.of(2025, 4, 7));
        assertThat(monday).singleElement().satisfies(i -> {
            assertThat(i.task()).isEqualTo(WorkItem.Task.REQUEST);
            assertThat(i.due()).isEqualTo(tuesday);
            assertThat(i.overdue()).isFalse();
            assertThat(i.subject().employerName()).isEqualTo("Kestrel Labs");
            assertThat(i.subject().jobTitle()).isEqualTo("Data Analyst");
        });
        assertThat(f.feedback.workList(null, tuesday).get(0).overdue()).isFalse();
        assertThat(f.feedback.workList(null, tuesday.plusDays(1)).get(0).overdue()).isTrue();
        assertThat(BusinessDays.plus(LocalDate.of(2025, 4, 5), 2)).isEqualTo(tuesday);
        assertThat(BusinessDays.plus(LocalDate.of(2025, 4, 7), 2))
                .isEqualTo(LocalDate.of(2025, 4, 9));
    }

    @Test
    void workListHasRemindersWhenDueAndRepliesToRelayOldestFirstPerOwner(Database db) {
        FeedbackFixture f = new FeedbackFixture(db);
        FeedbackFixture.Rejected a = f.rejected(FRIDAY);
        long otherJob = f.job(a.employer(), "Platform Engineer", null);
        var b = f.submission(f.candidate("王", "芳"), otherJob, 7);
        f.closure(b, Instant.parse("2025-04-01T10:00:00Z"), 3, "EMPLOYER", true, 2);
        EmployerFeedback req = f.feedback.request(a.submission(), FeedbackKind.REJECTION,
                Channel.EMAIL, a.contact());

        LocalDate reminderDay = LocalDate.of(2025, 4, 12);
        assertThat(f.feedback.workList(null, reminderDay.minusDays(1)))
                .extracting(WorkItem::task).containsExactly(WorkItem.Task.REQUEST);
        List<WorkItem> due = f.feedback.workList(null, reminderDay);
        assertThat(due).extracting(WorkItem::task)
                .containsExactly(WorkItem.Task.REQUEST, WorkItem.Task.REMIND);
        assertThat(due.get(0).due()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(due.get(1).feedback()).isEqualTo(req.id());
        assertThat(f.feedback.workList(f.recruiter.id(), reminderDay))
                .extracting(WorkItem::task).containsExactly(WorkItem.Task.REMIND);

        f.feedback.receive(req.id(), req.version(), a.contact(), "Needs AWS", null);
        List<WorkItem> relay = f.feedback.workList(f.recruiter.id(), LocalDate.of(2025, 4, 9));
        assertThat(relay).singleElement().satisfies(i -> {
            assertThat(i.task()).isEqualTo(WorkItem.Task.RELAY);
            assertThat(i.due()).isEqualTo(LocalDate.of(2025, 4, 8));
            assertThat(i.overdue()).isTrue();
        });
    }

    private static void assertState(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsEntry("state", key));
    }
}
