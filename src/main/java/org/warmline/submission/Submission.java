package org.warmline.submission;

import java.time.Instant;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.recruiter.RecruiterId;

/** A candidate put forward for a job, and the stage it has reached. */
public record Submission(SubmissionId id, CandidateId candidateId, JobId jobId, StageId stageId,
                         Instant stageChangedAt, Instant createdAt, RecruiterId createdBy,
                         int version) {
}
