package org.warmline.nurture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.job.JobId;
import org.warmline.platform.db.Database;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.SubmissionRow;
import org.warmline.submission.SubmissionService;
import org.warmline.testing.DbTest;

@DbTest
class RunnerUpServiceTest {

    private record World(NurtureFixture f, RunnerUpService runnersUp, SubmissionService submissions,
                         JobId newJob, long sameEmployer, long titleMatch, long skillMatch,
                         long earlyStage, long unrelated, long doNotContact) {
    }

    /**
     * Hand-built history around a new "Senior Data Analyst" job at Kestrel Labs (skills SQL,
     * Tableau): rejections at different stages, at the same or other employers.
     */
    private static World world(Database db) {
        NurtureFixture f = new NurtureFixture(db);
        long kestrel = f.employer("Kestrel Labs");
        long harbour = f.employer("Harbour Bank");
        long newJob = f.job(kestrel, "Senior Data Analyst", "SQL, Tableau");
        long oldKestrel = f.job(kestrel, "Office Manager", null);
        long analyst = f.job(harbour, "Data Analyst", "Excel");
        long bi = f.job(harbour, "BI Developer", "Tableau, Python");
        long sales = f.job(harbour, "Sales Executive", "CRM");
        long sameEmployer = f.candidate("Zoë", "Ødegård");
        f.rejected(sameEmployer, oldKestrel, 4, 2);
        long titleMatch = f.candidate("王", "芳");
        f.rejected(titleMatch, analyst, 5, 1);
        long skillMatch = f.candidate("Jonas", "Brandt");
        f.rejected(skillMatch, bi, 3, 1);
        long earlyStage = f.candidate("Ana", "Ribeiro");
        f.rejected(earlyStage, analyst, 2, 1);
        long unrelated = f.candidate("Otto", "Sand");
        f.rejected(unrelated, sales, 4, 1);
        long dnc = f.candidate("Mira", "Holm");
        f.rejected(dnc, analyst, 4, 1);
        f.setCandidate(dnc, "status", "DO_NOT_CONTACT");
        SubmissionService submissions = new SubmissionService(db, f.session, f.base.events, f.base.clock);
        return new World(f, new RunnerUpService(db, submissions, f.nurture), submissions,
                new JobId(newJob), sameEmployer, titleMatch, skillMatch, earlyStage, unrelated, dnc);
    }

    @Test
    void runnersUpAreRankedBySimilarityAndHowFarTheyGot(Database db) {
        World w = world(db);
        List<RunnerUp> found = w.runnersUp().suggest(w.newJob(), 10);
        assertThat(found).extracting(r -> r.candidateId().value())
                .containsExactly(w.titleMatch(), w.sameEmployer(), w.skillMatch());
        RunnerUp first = found.get(0);
        assertThat(first.sharedWords()).containsExactly("data", "analyst");
        assertThat(first.score()).isEqualTo(2 * RunnerUpService.TITLE_WORD + 3);
        assertThat(first.reason()).isEqualTo("Skills gap");
        assertThat(first.stageReached()).isEqualTo("Offer");
        assertThat(found.get(1).sameEmployer()).isTrue();
        assertThat(found.get(2).sharedWords()).containsExactly("tableau");
        assertThat(found).extracting(r -> r.candidateId().value())
                .doesNotContain(w.earlyStage(), w.unrelated(), w.doNotContact());
    }

    @Test
    void theEmployersFeedbackIsShownWithTheRejection(Database db) {
        World w = world(db);
        db.inTransaction(tx -> tx.update("""
                INSERT INTO employer_feedback (submission_id, closure_id, kind, state, verbatim_text,
                       created_at, updated_at)
                SELECT cl.submission_id, cl.id, 'REJECTION', 'RECEIVED',
                       'Great SQL; needs more Tableau.', cl.closed_at, cl.closed_at
                  FROM submission_closure cl JOIN submission s ON s.id = cl.submission_id
                 WHERE s.candidate_id = ?""", st -> st.setLong(1, w.titleMatch())));
        assertThat(w.runnersUp().suggest(w.newJob(), 1).get(0).feedback())
                .isEqualTo("Great SQL; needs more Tableau.");
    }

    @Test
    void bringingOneBackAddsThemToThePipelineWithAJobYouMayLikeStep(Database db) {
        World w = world(db);
        RunnerUp r = w.runnersUp().suggest(w.newJob(), 1).get(0);
        NurturePlan plan = w.runnersUp().bringBack(w.newJob(), r.candidateId()).orElseThrow();
        assertThat(plan.kind()).isEqualTo(PlanKind.RUNNER_UP);
        assertThat(plan.steps()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StepKind.JOB_YOU_MAY_LIKE);
            assertThat(s.jobId()).isEqualTo(w.newJob());
            assertThat(s.dueOn()).isEqualTo(w.f().today());
        });
        assertThat(w.submissions().forJob(w.newJob())).extracting(SubmissionRow::candidateId)
                .containsExactly(r.candidateId());
        assertThat(w.runnersUp().suggest(w.newJob(), 10)).extracting(RunnerUp::candidateId)
                .doesNotContain(r.candidateId());
        Message offer = w.f().outreach.compose(plan.steps().get(0).id());
        assertThat(offer.subject()).isEqualTo("A job you may like: Senior Data Analyst at Kestrel Labs");
        assertThat(w.f().nurture.due(null, w.f().today(), 10)).extracting(d -> d.jobTitle())
                .containsExactly("Senior Data Analyst");
    }

    @Test
    void someoneWhoMustNotBeContactedIsNotBroughtBack(Database db) {
        World w = world(db);
        assertThatThrownBy(() -> w.runnersUp().bringBack(w.newJob(),
                w.f().cid(w.doNotContact()))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsEntry("candidate", "nurture.error.doNotContact"));
        assertThat(w.submissions().forJob(w.newJob())).isEmpty();
    }

    @Test
    void wordsAreFoldedAndNoiseWordsIgnored() {
        assertThat(RunnerUpService.words("Senior Data-Analyst, SQL and C#")).containsExactly(
                "data", "analyst", "sql", "c#");
        assertThat(RunnerUpService.words("Ingénieure Ødegård")).containsExactly("ingenieure", "odegard");
    }
}
