package org.warmline.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.ContactId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.testing.DbTest;

@DbTest
class ActivityServiceTest {

    @Test
    void activityOnCandidateAndJobShowsOnCandidateJobAndEmployerTimelines(Database db) {
        TimelineFixture f = new TimelineFixture(db);
        long employer = f.employer("Kestrel Labs");
        long job = f.job(employer, "Data Analyst");
        long candidate = f.candidate("Zoë", "Ødegård");
        List<RecordChanged> published = new ArrayList<>();
        f.events.subscribe(RecordChanged.class, published::add);
        Instant when = TimelineFixture.NOW.minus(Duration.ofHours(3));
        String details = "d".repeat(10_000);

        Activity a = f.activities.log(new NewActivity(ActivityKind.CALL, when,
                new CandidateId(candidate), null, null, new JobId(job), null,
                "  Talked through the second interview ", details));

        assertThat(a.employerId()).isEqualTo(new EmployerId(employer));
        assertThat(a.summary()).isEqualTo("Talked through the second interview");
        assertThat(a.details()).hasSize(10_000);
        assertThat(a.recruiterName()).isEqualTo("Inès Marchal");
        assertThat(a.occurredAt()).isEqualTo(when);
        assertThat(a.kind()).isEqualTo(ActivityKind.CALL);
        assertThat(f.activities.timeline(ActivitySubject.CANDIDATE, candidate)).containsExactly(a);
        assertThat(f.activities.timeline(ActivitySubject.JOB, job)).containsExactly(a);
        assertThat(f.activities.timeline(ActivitySubject.EMPLOYER, employer)).containsExactly(a);
        assertThat(published).containsExactly(new RecordChanged("activity", a.id().value()));
    }

    @Test
    void timelineIsNewestFirstAndMissingTimeMeansNow(Database db) {
        TimelineFixture f = new TimelineFixture(db);
        long candidate = f.candidate("王", "芳");
        f.activities.log(NewActivity.about(ActivitySubject.CANDIDATE, candidate,
                ActivityKind.EMAIL, TimelineFixture.NOW.minus(Duration.ofDays(2)), "CV sent",
                null));
        f.activities.log(NewActivity.about(ActivitySubject.CANDIDATE, candidate,
                ActivityKind.NOTE, null, "Prefers remote work", null));
        f.activities.log(NewActivity.about(ActivitySubject.CANDIDATE, candidate,
                ActivityKind.MEETING, TimelineFixture.NOW.minus(Duration.ofDays(1)), "Coffee",
                null));

        List<Activity> timeline = f.activities.timeline(ActivitySubject.CANDIDATE, candidate);

        assertThat(timeline).extracting(Activity::summary)
                .containsExactly("Prefers remote work", "Coffee", "CV sent");
        assertThat(timeline.get(0).occurredAt()).isEqualTo(TimelineFixture.NOW);
        assertThat(timeline.get(0).details()).isNull();
        assertThat(f.activities.timeline(ActivitySubject.EMPLOYER, 999)).isEmpty();
    }

    @Test
    void submissionAndContactFillInTheirCandidateJobAndEmployer(Database db) {
        TimelineFixture f = new TimelineFixture(db);
        long employer = f.employer("Nordlicht Systeme");
        long job = f.job(employer, "Platform Engineer");
        long candidate = f.candidate("Zoë", "Ødegård");
        long submission = f.submission(candidate, job);
        long contact = f.contact(employer, "Jonas", "Brandt");

        Activity bySubmission = f.activities.log(new NewActivity(ActivityKind.NOTE, null, null,
                null, null, null, submission, "Feedback pending", null));
        Activity byContact = f.activities.log(new NewActivity(ActivityKind.LETTER, null, null,
                null, new ContactId(contact), null, null, "Sent the terms", null));

        assertThat(bySubmission.candidateId()).isEqualTo(new CandidateId(candidate));
        assertThat(bySubmission.jobId()).isEqualTo(new JobId(job));
        assertThat(bySubmission.employerId()).isEqualTo(new EmployerId(employer));
        assertThat(bySubmission.submissionId()).isEqualTo(submission);
        assertThat(byContact.employerId()).isEqualTo(new EmployerId(employer));
        assertThat(f.activities.timeline(ActivitySubject.EMPLOYER, employer))
                .containsExactlyInAnyOrder(bySubmission, byContact);
    }

    @Test
    void invalidActivitiesAreRefusedWithFieldKeys(Database db) {
        TimelineFixture f = new TimelineFixture(db);
        long candidate = f.candidate("Zoë", "Ødegård");

        assertThatThrownBy(() -> f.activities.log(new NewActivity(null, null, null, null, null,
                null, null, " ", "x".repeat(32_001))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("kind", "validation.required")
                        .containsEntry("summary", "validation.required")
                        .containsEntry("details", "validation.tooLong")
                        .containsEntry("subject", "activity.error.noSubject"));
        assertThatThrownBy(() -> f.activities.log(NewActivity.about(ActivitySubject.CANDIDATE,
                candidate, ActivityKind.CALL, null, "s".repeat(501), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsOnlyKeys("summary"));
        assertThat(f.activities.timeline(ActivitySubject.CANDIDATE, candidate)).isEmpty();
    }
}
