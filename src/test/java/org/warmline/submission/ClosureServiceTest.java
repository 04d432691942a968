package org.warmline.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.testing.DbTest;

@DbTest
class ClosureServiceTest {
    private static final StageId SUBMITTED = new StageId(2);
    private static final StageId INTERVIEW_1 = new StageId(3);
    private static final StageId INTERVIEW_2 = new StageId(4);
    private static final StageId REJECTED = new StageId(7);
    private static final StageId WITHDRAWN = new StageId(8);
    private static final ReasonId SKILLS_GAP = new ReasonId(1);
    private static final ReasonId INTERNAL = new ReasonId(4);
    private static final ReasonId ACCEPTED_ELSEWHERE = new ReasonId(8);
    private static final String CLOSURES =
            "SELECT COUNT(*) FROM submission_closure WHERE submission_id = ?";
    private static final String HISTORY =
            "SELECT COUNT(*) FROM submission_stage_history WHERE submission_id = ?";

    private PipelineFixture f;
    private JobId job;
    private CandidateId zoe;

    private Submission atInterview2(Database db) {
        f = new PipelineFixture(db);
        job = f.job(f.employer("Kestrel Labs"), "Data Analyst", "OPEN");
        zoe = f.candidate("Zoë", "Ødegård");
        Submission s = f.submissions.submit(zoe, job);
        s = f.submissions.next(s.id(), s.version());
        return f.submissions.next(s.id(), s.version());
    }

    @Test
    void rejectWritesTheMoveAndTheClosingTogether(Database db) {
        Submission s = atInterview2(db);
        List<RecordChanged> published = new ArrayList<>();
        f.events.subscribe(RecordChanged.class, published::add);
        f.clock.advance(Duration.ofHours(26));
        String note = "Hired a colleague from the platform team; 王芳 sends her regards";

        Submission rejected = f.submissions.reject(s.id(), s.version(),
                new Closure(EndedBy.EMPLOYER, INTERNAL, true, "  " + note + "  "));

        assertThat(rejected.stageId()).isEqualTo(REJECTED);
        assertThat(f.submissions.history(s.id())).last()
                .extracting(StageChange::fromStage, StageChange::toStage, StageChange::note)
                .containsExactly("Interview 2", "Rejected", note);
        ClosureRecord closure = f.submissions.closure(s.id()).orElseThrow();
        assertThat(closure.submissionId()).isEqualTo(s.id());
        assertThat(closure.outcome()).isEqualTo(StageOutcome.REJECTED);
        assertThat(closure.endedBy()).isEqualTo(EndedBy.EMPLOYER);
        assertThat(closure.reasonName()).isEqualTo("Internal candidate chosen");
        assertThat(closure.notAboutCandidate()).isTrue();
        assertThat(closure.fromStage()).isEqualTo("Interview 2");
        assertThat(closure.note()).isEqualTo(note);
        assertThat(closure.closedAt()).isEqualTo(PipelineFixture.START.plus(Duration.ofHours(26)));
        assertThat(closure.closedBy()).isEqualTo("Maren Voss");
        assertThat(closure.undoneAt()).isNull();
        assertThat(published).containsExactly(new RecordChanged("submission", s.id().value()));
    }

    @Test
    void theUserMayOverrideTheReasonsFlag(Database db) {
        Submission s = atInterview2(db);
        f.submissions.reject(s.id(), s.version(),
                new Closure(EndedBy.AGENCY, SKILLS_GAP, true, null));

        ClosureRecord closure = f.submissions.closure(s.id()).orElseThrow();
        assertThat(closure.endedBy()).isEqualTo(EndedBy.AGENCY);
        assertThat(closure.notAboutCandidate()).isTrue();
        assertThat(closure.note()).isNull();
    }

    @Test
    void refusedClosingsWriteNeitherHistoryNorClosure(Database db) {
        Submission s = atInterview2(db);
        long historyBefore = f.count(HISTORY, s.id().value());

        assertThatThrownBy(() -> f.submissions.reject(s.id(), s.version(),
                new Closure(null, null, false, "x".repeat(1001))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("endedBy", "validation.required")
                        .containsEntry("reason", "validation.required")
                        .containsEntry("note", "validation.tooLong"));
        assertThatThrownBy(() -> f.submissions.reject(s.id(), s.version(), null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.submissions.reject(s.id(), s.version(),
                new Closure(EndedBy.EMPLOYER, new ReasonId(999), false, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("reason", "submission.close.error.inactiveReason"));
        assertThatThrownBy(() -> f.submissions.reject(s.id(), s.version() - 1,
                new Closure(EndedBy.EMPLOYER, SKILLS_GAP, false, null)))
                .isInstanceOf(StaleRecordException.class);

        assertThat(f.count(CLOSURES, s.id().value())).isZero();
        assertThat(f.count(HISTORY, s.id().value())).isEqualTo(historyBefore);
        assertThat(f.submissions.row(s.id()).stageId()).isEqualTo(INTERVIEW_2);
        assertThat(f.submissions.closure(s.id())).isEmpty();
    }

    @Test
    void aThousandCharacterNoteIsKeptAndTenThousandAreRefused(Database db) {
        Submission s = atInterview2(db);
        assertThatThrownBy(() -> f.submissions.withdraw(s.id(), s.version(),
                new Closure(EndedBy.CANDIDATE, ACCEPTED_ELSEWHERE, true, "n".repeat(10_000))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("note", "validation.tooLong"));

        f.submissions.withdraw(s.id(), s.version(),
                new Closure(EndedBy.CANDIDATE, ACCEPTED_ELSEWHERE, true, "ø".repeat(1000)));

        assertThat(f.submissions.closure(s.id()).orElseThrow().note()).isEqualTo("ø".repeat(1000));
    }

    @Test
    void withdrawRecordsTheCandidateEndingIt(Database db) {
        Submission s = atInterview2(db);
        Submission withdrawn = f.submissions.withdraw(s.id(), s.version(),
                new Closure(EndedBy.CANDIDATE, ACCEPTED_ELSEWHERE, true, "Took an offer in Bergen"));

        assertThat(withdrawn.stageId()).isEqualTo(WITHDRAWN);
        assertThat(f.submissions.closure(s.id())).get()
                .extracting(ClosureRecord::outcome, ClosureRecord::endedBy,
                        ClosureRecord::reasonName, ClosureRecord::fromStage)
                .containsExactly(StageOutcome.WITHDRAWN, EndedBy.CANDIDATE,
                        "Candidate accepted elsewhere", "Interview 2");
    }

    @Test
    void reopenMarksTheClosingUndoneAndReturnsToTheStageItLeft(Database db) {
        Submission s = atInterview2(db);
        s = f.submissions.reject(s.id(), s.version(),
                new Closure(EndedBy.EMPLOYER, SKILLS_GAP, false, "Not enough SQL"));
        f.clock.advance(Duration.ofDays(2));
        Instant undoneAt = f.clock.instant();

        Submission reopened = f.submissions.reopen(s.id(), s.version());

        assertThat(reopened.stageId()).isEqualTo(INTERVIEW_2);
        assertThat(f.submissions.closure(s.id())).isEmpty();
        assertThat(f.submissions.closures(zoe)).singleElement().satisfies(c -> {
            assertThat(c.undoneAt()).isEqualTo(undoneAt);
            assertThat(c.reasonName()).isEqualTo("Skills gap");
        });
        assertThat(f.count("SELECT COUNT(*) FROM submission_closure WHERE submission_id = ?"
                + " AND undone_by = " + f.recruiter.id().value(), s.id().value())).isEqualTo(1);
        assertThat(f.submissions.history(s.id())).extracting(StageChange::toStage)
                .containsExactly("Submitted", "Interview 1", "Interview 2", "Rejected",
                        "Interview 2");
    }

    @Test
    void closuresListEveryClosingOfTheCandidateNewestFirst(Database db) {
        Submission s = atInterview2(db);
        s = f.submissions.reject(s.id(), s.version(),
                new Closure(EndedBy.EMPLOYER, SKILLS_GAP, false, null));
        f.clock.advance(Duration.ofDays(1));
        s = f.submissions.reopen(s.id(), s.version());
        f.clock.advance(Duration.ofDays(1));
        s = f.submissions.withdraw(s.id(), s.version(),
                new Closure(EndedBy.CANDIDATE, ACCEPTED_ELSEWHERE, true, null));
        JobId other = f.job(f.employer("Nordlicht Systeme"), "Team Lead", "OPEN");
        Submission second = f.submissions.submit(zoe, other);
        f.clock.advance(Duration.ofDays(1));
        f.submissions.reject(second.id(), second.version(),
                new Closure(EndedBy.EMPLOYER, INTERNAL, true, null));
        CandidateId someoneElse = f.candidate("王", "芳");
        Submission unrelated = f.submissions.submit(someoneElse, job);
        f.submissions.reject(unrelated.id(), unrelated.version(),
                new Closure(EndedBy.EMPLOYER, SKILLS_GAP, false, null));

        assertThat(f.submissions.closures(zoe))
                .extracting(ClosureRecord::submissionId, ClosureRecord::reasonName,
                        ClosureRecord::fromStage, c -> c.undoneAt() != null)
                .containsExactly(
                        tuple(second.id(), "Internal candidate chosen", "Submitted", false),
                        tuple(s.id(), "Candidate accepted elsewhere", "Interview 2", false),
                        tuple(s.id(), "Skills gap", "Interview 2", true));
        assertThat(f.submissions.closure(s.id()).orElseThrow().outcome())
                .isEqualTo(StageOutcome.WITHDRAWN);
    }

    @Test
    void aDeactivatedReasonIsRefusedButEarlierClosingsKeepItsName(Database db) {
        Submission s = atInterview2(db);
        f.submissions.reject(s.id(), s.version(),
                new Closure(EndedBy.EMPLOYER, SKILLS_GAP, false, null));
        RejectionReason skills = f.submissions.reasons().list().get(0);
        f.submissions.reasons().deactivate(skills.id(), skills.version());
        Submission other = f.submissions.submit(f.candidate("Wang", "Fang"), job);

        assertThatThrownBy(() -> f.submissions.reject(other.id(), other.version(),
                new Closure(EndedBy.EMPLOYER, SKILLS_GAP, false, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("reason", "submission.close.error.inactiveReason"));
        assertThat(f.submissions.row(other.id()).stageId()).isEqualTo(SUBMITTED);
        assertThat(f.submissions.closure(s.id()).orElseThrow().reasonName())
                .isEqualTo("Skills gap");
    }

    @Test
    void closingStagesCannotBeReachedByAPlainMoveAndLeavingOneUndoesTheClosing(Database db) {
        Submission s = atInterview2(db);
        Submission open = s;
        assertThatThrownBy(() -> f.submissions.moveTo(open.id(), REJECTED, open.version(), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("stage", "submission.error.closeRequired"));
        s = f.submissions.reject(s.id(), s.version(),
                new Closure(EndedBy.EMPLOYER, SKILLS_GAP, false, null));

        Submission moved = f.submissions.moveTo(s.id(), INTERVIEW_1, s.version(), null);

        assertThat(moved.stageId()).isEqualTo(INTERVIEW_1);
        assertThat(f.submissions.closure(s.id())).isEmpty();
        assertThat(f.submissions.closures(zoe)).singleElement()
                .extracting(ClosureRecord::undoneAt).isNotNull();
    }
}
