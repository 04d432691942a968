package org.warmline.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.validation.ValidationException;
import org.warmline.testing.DbTest;

@DbTest
class StageAndListTest {

    @Test
    void stagesAreListedInOrder(Database db) {
        PipelineFixture f = new PipelineFixture(db);
        assertThat(f.stages.list()).extracting(Stage::name).containsExactly("Sourced",
                "Submitted", "Interview 1", "Interview 2", "Offer", "Placed", "Rejected",
                "Withdrawn");
        assertThat(f.stages.list()).extracting(Stage::outcome).containsSubsequence(
                StageOutcome.IN_PROGRESS, StageOutcome.PLACED, StageOutcome.REJECTED,
                StageOutcome.WITHDRAWN);
    }

    @Test
    void renamedStageShowsInRowsAndHistory(Database db) {
        PipelineFixture f = new PipelineFixture(db);
        JobId job = f.job(f.employer("Kestrel Labs"), "Data Analyst", "OPEN");
        Submission s = f.submissions.submit(f.candidate("Wang", "Fang"), job);
        Stage submitted = f.stages.list().get(1);

        Stage renamed = f.stages.rename(submitted.id(), "  Sent to client ", submitted.version());

        assertThat(renamed.name()).isEqualTo("Sent to client");
        assertThat(renamed.version()).isEqualTo(submitted.version() + 1);
        assertThat(f.submissions.row(s.id()).stageName()).isEqualTo("Sent to client");
        assertThat(f.submissions.history(s.id())).extracting(StageChange::toStage)
                .containsExactly("Sent to client");
        assertThatThrownBy(() -> f.stages.rename(submitted.id(), "Other", submitted.version()))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> f.stages.rename(submitted.id(), "offer", renamed.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("name", "submission.stage.error.duplicate"));
        assertThatThrownBy(() -> f.stages.rename(submitted.id(), " ", renamed.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("name", "validation.required"));
    }

    @Test
    void addedStageIsUsedByNext(Database db) {
        PipelineFixture f = new PipelineFixture(db);
        JobId job = f.job(f.employer("Kestrel Labs"), "Data Analyst", "OPEN");
        Stage third = f.stages.add("Interview 3", 50);
        assertThat(third.outcome()).isEqualTo(StageOutcome.IN_PROGRESS);
        assertThat(f.stages.list()).extracting(Stage::name)
                .containsSubsequence("Interview 2", "Interview 3", "Offer");

        Submission s = f.submissions.submit(f.candidate("Wang", "Fang"), job, new StageId(4));
        s = f.submissions.next(s.id(), s.version());

        assertThat(s.stageId()).isEqualTo(third.id());
        assertThat(f.submissions.next(s.id(), s.version()).stageId()).isEqualTo(new StageId(5));
        assertThatThrownBy(() -> f.stages.add("Interview 3", 55))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void forCandidateAndForJobListTheirSubmissionsWithNamesAndDays(Database db) {
        PipelineFixture f = new PipelineFixture(db);
        EmployerId kestrel = f.employer("Kestrel Labs");
        JobId analyst = f.job(kestrel, "Data Analyst", "OPEN");
        JobId lead = f.job(f.employer("Nordlicht Systeme"), "Team Lead", "ON_HOLD");
        f.job(kestrel, "Archivist", "FILLED");
        CandidateId wang = f.candidate("王", "芳");
        CandidateId zoe = f.candidate("Zoë", "Ødegård");
        Submission first = f.submissions.submit(wang, analyst);
        f.submissions.next(first.id(), first.version());
        f.submissions.submit(zoe, analyst);
        f.submissions.submit(wang, lead);
        f.clock.advance(Duration.ofDays(3).plusHours(2));

        List<SubmissionRow> forWang = f.submissions.forCandidate(wang);
        List<SubmissionRow> forAnalyst = f.submissions.forJob(analyst);

        assertThat(forWang).extracting(SubmissionRow::jobTitle)
                .containsExactlyInAnyOrder("Data Analyst", "Team Lead");
        SubmissionRow row = forWang.stream().filter(r -> r.jobId().equals(analyst)).findFirst()
                .orElseThrow();
        assertThat(row.candidateName()).isEqualTo("王 芳");
        assertThat(row.employerName()).isEqualTo("Kestrel Labs");
        assertThat(row.employerId()).isEqualTo(kestrel);
        assertThat(row.stageName()).isEqualTo("Interview 1");
        assertThat(row.outcome()).isEqualTo(StageOutcome.IN_PROGRESS);
        assertThat(row.daysInStage()).isEqualTo(3);
        assertThat(row.version()).isEqualTo(1);
        assertThat(forAnalyst).extracting(SubmissionRow::candidateName)
                .containsExactly("Zoë Ødegård", "王 芳");
        assertThat(f.submissions.openJobs()).extracting(JobOption::label)
                .containsExactly("Kestrel Labs — Data Analyst", "Nordlicht Systeme — Team Lead");
    }
}
