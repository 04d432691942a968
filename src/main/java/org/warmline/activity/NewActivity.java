package org.warmline.activity;

import java.time.Instant;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.ContactId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;

/**
 * An activity to record: what happened, when, and the records it concerns (any of the ids may
 * be null, but at least one must be given). The submission is a plain id so that the activity
 * feature does not depend on the submission feature, which logs into it.
 */
public record NewActivity(ActivityKind kind, Instant occurredAt, CandidateId candidateId,
                          EmployerId employerId, ContactId contactId, JobId jobId,
                          Long submissionId, String summary, String details) {

    /** An activity about one candidate, employer or job. */
    public static NewActivity about(ActivitySubject subject, long id, ActivityKind kind,
                                    Instant occurredAt, String summary, String details) {
        return switch (subject) {
            case CANDIDATE -> new NewActivity(kind, occurredAt, new CandidateId(id), null, null,
                    null, null, summary, details);
            case EMPLOYER -> new NewActivity(kind, occurredAt, null, new EmployerId(id), null,
                    null, null, summary, details);
            case JOB -> new NewActivity(kind, occurredAt, null, null, null, new JobId(id), null,
                    summary, details);
        };
    }

    /** True when the activity names at least one record. */
    public boolean hasSubject() {
        return candidateId != null || employerId != null || contactId != null || jobId != null
                || submissionId != null;
    }
}
