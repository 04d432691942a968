package org.warmline.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.activity.Activity;
import org.warmline.activity.ActivityKind;
import org.warmline.activity.ActivitySubject;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.testing.DbTest;

@DbTest
class SubmissionServiceTest {
    private static final StageId SUBMITTED = new StageId(2);
    private static final StageId INTERVIEW_1 = new StageId(3);
    private static final StageId INTERVIEW_2 = new StageId(4);
    private static final StageId OFFER = new StageId(5);
    private static final StageId PLACED = new StageId(6);
    private static final StageId REJECTED = new StageId(7);
    private static final StageId WITHDRAWN = new StageId(8);

    private PipelineFixture f;
    private EmployerId acme;
    private JobId job;
    private CandidateId zoe;

    private void setUp(Database db) {
        f = new PipelineFixture(db);
        acme = f.employer("Nordlicht Systeme");
        job = f.job(acme, "Platform Engineer", "OPEN");
        zoe = f.candidate("Zoë", "Ødegård");
    }

    @Test
    void submitStartsAtSubmittedWithHistoryAndActivity(Database db) {
        setUp(db);
        List<RecordChanged> published = new ArrayList<>();
        f.events.subscribe(RecordChanged.class, published::add);

        Submission s = f.submissions.submit(zoe, job);

        assertThat(s.stageId()).isEqualTo(SUBMITTED);
        assertThat(s.candidateId()).isEqualTo(zoe);
        assertThat(s.createdAt()).isEqualTo(PipelineFixture.START);
        assertThat(s.createdBy()).isEqualTo(f.recruiter.id());
        assertThat(s.version()).isZero();
        assertThat(f.submissions.history(s.id())).containsExactly(new StageChange(null,
                "Submitted", PipelineFixture.START, "Maren Voss", null));
        assertThat(published).containsExactly(new RecordChanged("submission", s.id().value()));
        for (ActivitySubject subject : ActivitySubject.values()) {
            long id = switch (subject) {
                case CANDIDATE -> zoe.value();
                case JOB -> job.value();
                case EMPLOYER -> f.submissions.row(s.id()).employerId().value();
            };
            assertThat(f.activities.timeline(subject, id)).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo(ActivityKind.STAGE_CHANGE);
                assertThat(a.summary()).startsWith("Submitted for ");
                assertThat(a.recruiterName()).isEqualTo("Maren Voss");
            });
        }
    }

    @Test
    void secondSubmissionOfSameCandidateToSameJobIsRefused(Database db) {
        setUp(db);
        f.submissions.submit(zoe, job);

        assertThatThrownBy(() -> f.submissions.submit(zoe, job))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("job", "submission.error.duplicate"));
        assertThat(f.submissions.forJob(job)).hasSize(1);
    }

    @Test
    void submitAtAClosedStageIsRefused(Database db) {
        setUp(db);
        assertThatThrownBy(() -> f.submissions.submit(zoe, job, PLACED))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("stage", "submission.error.notInProgress"));
    }

    @Test
    void nextAndPreviousWalkTheInProgressStagesWithDatedHistory(Database db) {
        setUp(db);
        Submission s = f.submissions.submit(zoe, job);
        f.clock.advance(Duration.ofDays(2));
        s = f.submissions.next(s.id(), s.version());
        assertThat(s.stageId()).isEqualTo(INTERVIEW_1);
        f.clock.advance(Duration.ofDays(3));
        s = f.submissions.next(s.id(), s.version());
        assertThat(s.stageId()).isEqualTo(INTERVIEW_2);
        f.clock.advance(Duration.ofHours(5));
        s = f.submissions.previous(s.id(), s.version());

        assertThat(s.stageId()).isEqualTo(INTERVIEW_1);
        assertThat(s.version()).isEqualTo(3);
        assertThat(s.stageChangedAt()).isEqualTo(PipelineFixture.START.plus(Duration.ofHours(125)));
        assertThat(f.submissions.history(s.id()))
                .extracting(StageChange::fromStage, StageChange::toStage, StageChange::changedAt,
                        StageChange::changedBy)
                .containsExactly(
                        tuple(null, "Submitted", PipelineFixture.START, "Maren Voss"),
                        tuple("Submitted", "Interview 1", at(48), "Maren Voss"),
                        tuple("Interview 1", "Interview 2", at(120), "Maren Voss"),
                        tuple("Interview 2", "Interview 1", at(125), "Maren Voss"));
        assertThat(f.activities.timeline(ActivitySubject.CANDIDATE, zoe.value()))
                .extracting(Activity::summary).first().asString()
                .startsWith("Moved from Interview 2 to Interview 1");
        assertThat(f.activities.timeline(ActivitySubject.CANDIDATE, zoe.value())).hasSize(4);
    }

    @Test
    void nextFromTheLastInProgressStageAndPreviousFromTheFirstAreRefused(Database db) {
        setUp(db);
        Submission s = f.submissions.submit(zoe, job, OFFER);
        Submission atOffer = s;
        assertThatThrownBy(() -> f.submissions.next(atOffer.id(), atOffer.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("stage", "submission.error.lastStage"));
        Submission sourced = f.submissions.submit(f.candidate("Wang", "Fang"), job,
                new StageId(1));
        assertThatThrownBy(() -> f.submissions.previous(sourced.id(), sourced.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("stage", "submission.error.firstStage"));
    }

    @Test
    void rejectFromInterviewThenReopenReturnsToThatInterview(Database db) {
        setUp(db);
        Submission s = f.submissions.submit(zoe, job);
        s = f.submissions.next(s.id(), s.version());
        s = f.submissions.next(s.id(), s.version());
        f.clock.advance(Duration.ofDays(1));
        s = f.submissions.reject(s.id(), s.version(), new Closure(EndedBy.EMPLOYER,
                new ReasonId(1), false, "Team wants more Derby experience"));
        assertThat(s.stageId()).isEqualTo(REJECTED);
        Submission rejected = s;
        assertThatThrownBy(() -> f.submissions.next(rejected.id(), rejected.version()))
                .isInstanceOf(ValidationException.class);

        f.clock.advance(Duration.ofDays(1));
        s = f.submissions.reopen(s.id(), s.version());

        assertThat(s.stageId()).isEqualTo(INTERVIEW_2);
        List<StageChange> history = f.submissions.history(s.id());
        assertThat(history).extracting(StageChange::toStage).containsExactly(
                "Submitted", "Interview 1", "Interview 2", "Rejected", "Interview 2");
        assertThat(history.get(3).note()).isEqualTo("Team wants more Derby experience");
        assertThat(history.get(4).changedAt()).isEqualTo(at(48));
    }

    @Test
    void withdrawClosesAndOnlyClosedSubmissionsReopen(Database db) {
        setUp(db);
        Submission s = f.submissions.submit(zoe, job);
        Submission open = s;
        assertThatThrownBy(() -> f.submissions.reopen(open.id(), open.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("stage", "submission.error.notClosed"));

        s = f.submissions.withdraw(s.id(), s.version(), new Closure(EndedBy.CANDIDATE,
                new ReasonId(8), true, "Accepted a counter-offer"));

        assertThat(s.stageId()).isEqualTo(WITHDRAWN);
        assertThat(f.submissions.row(s.id()).outcome()).isEqualTo(StageOutcome.WITHDRAWN);
        Submission withdrawn = s;
        assertThatThrownBy(() -> f.submissions.reject(withdrawn.id(), withdrawn.version(),
                new Closure(EndedBy.EMPLOYER, new ReasonId(1), false, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("stage", "submission.error.notInProgress"));
        assertThat(f.submissions.reopen(s.id(), s.version()).stageId()).isEqualTo(SUBMITTED);
    }

    @Test
    void placeStoresThePlacementAndMovesToPlaced(Database db) {
        setUp(db);
        Submission s = f.submissions.submit(zoe, job, OFFER);
        Placement terms = new Placement(null, LocalDate.of(2025, 5, 1), new BigDecimal("85000.00"),
                new BigDecimal("17000.50"), "eur");

        s = f.submissions.place(s.id(), s.version(), terms);

        assertThat(s.stageId()).isEqualTo(PLACED);
        assertThat(f.submissions.placement(s.id())).contains(new Placement(s.id(),
                LocalDate.of(2025, 5, 1), new BigDecimal("85000.00"), new BigDecimal("17000.50"),
                "EUR"));
        assertThat(f.submissions.history(s.id())).last()
                .extracting(StageChange::fromStage, StageChange::toStage)
                .containsExactly("Offer", "Placed");
        Submission placed = s;
        assertThatThrownBy(() -> f.submissions.moveTo(placed.id(), INTERVIEW_1, placed.version(),
                null)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.byField()).containsEntry("stage", "submission.error.placed"));
    }

    @Test
    void placementIsValidatedAndNothingIsWritten(Database db) {
        setUp(db);
        Submission s = f.submissions.submit(zoe, job);
        Placement bad = new Placement(null, null, new BigDecimal("-1"), new BigDecimal("1.234"),
                "EURO");

        assertThatThrownBy(() -> f.submissions.place(s.id(), s.version(), bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("startDate", "validation.required")
                        .containsEntry("salary", "submission.placement.error.amount")
                        .containsEntry("fee", "submission.placement.error.amount")
                        .containsEntry("currency", "submission.placement.error.currency"));
        assertThat(f.submissions.placement(s.id())).isEmpty();
        assertThat(f.submissions.row(s.id()).stageId()).isEqualTo(SUBMITTED);
    }

    @Test
    void moveToPlacedIsRefusedAndMustGoThroughPlace(Database db) {
        setUp(db);
        Submission s = f.submissions.submit(zoe, job);
        assertThatThrownBy(() -> f.submissions.moveTo(s.id(), PLACED, s.version(), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("stage", "submission.error.placeRequired"));
    }

    @Test
    void moveToWritesNoteAndActivityAndRefusesAStaleVersion(Database db) {
        setUp(db);
        Submission s = f.submissions.submit(zoe, job);
        String longNote = "n".repeat(1000);
        Submission moved = f.submissions.moveTo(s.id(), OFFER, s.version(), longNote);
        assertThat(moved.stageId()).isEqualTo(OFFER);
        assertThat(f.submissions.history(s.id())).last().extracting(StageChange::note)
                .isEqualTo(longNote);
        Activity latest = f.activities.timeline(ActivitySubject.JOB, job.value()).get(0);
        assertThat(latest.summary()).startsWith("Moved from Submitted to Offer")
                .contains("Zoë Ødegård");
        assertThat(latest.details()).isEqualTo(longNote);

        assertThatThrownBy(() -> f.submissions.moveTo(s.id(), INTERVIEW_1, s.version(), null))
                .isInstanceOf(StaleRecordException.class);
        assertThat(f.submissions.row(s.id()).stageId()).isEqualTo(OFFER);
        assertThatThrownBy(() -> f.submissions.moveTo(s.id(), INTERVIEW_1, moved.version(),
                "x".repeat(1001))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.byField()).containsEntry("note", "validation.tooLong"));
    }

    private static java.time.Instant at(long hours) {
        return PipelineFixture.START.plus(Duration.ofHours(hours));
    }
}
