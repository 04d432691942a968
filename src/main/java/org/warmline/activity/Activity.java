package org.warmline.activity;

import java.time.Instant;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.ContactId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;

/** A recorded activity as shown on a timeline; {@code recruiterName} may be null. */
public record Activity(ActivityId id, ActivityKind kind, Instant occurredAt, String recruiterName,
                       CandidateId candidateId, EmployerId employerId, ContactId contactId,
                       JobId jobId, Long submissionId, String summary, String details) {
}
