package org.warmline.submission;

import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;

/** Lets the screen tests in {@code submission.ui} use the package-private pipeline fixture. */
public final class SubmissionFixtureAccess {
    private final PipelineFixture fixture;

    public SubmissionFixtureAccess(Database db) {
        this.fixture = new PipelineFixture(db);
    }

    /** Inserts a candidate, employer and open job, and submits the candidate to the job. */
    public Submission submitNewCandidate(String first, String last, String employer, String title) {
        CandidateId candidate = fixture.candidate(first, last);
        JobId job = fixture.job(fixture.employer(employer), title, "OPEN");
        return fixture.submissions.submit(candidate, job);
    }

    public SubmissionService submissions() {
        return fixture.submissions;
    }

    public StageService stages() {
        return fixture.stages;
    }

    public AppEvents events() {
        return fixture.events;
    }
}
