package org.warmline.submission;

import java.time.Instant;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;

/** A submission with the names needed to show it in a list or on the pipeline board. */
public record SubmissionRow(SubmissionId id, CandidateId candidateId, String candidateName,
                            JobId jobId, String jobTitle, EmployerId employerId,
                            String employerName, StageId stageId, String stageName,
                            StageOutcome outcome, Instant stageChangedAt, long daysInStage,
                            int version) {
}
