package org.warmline.nurture;

import java.time.Instant;
import java.time.LocalDate;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.recruiter.RecruiterId;

/**
 * One step of a nurture plan: due on a day, through a channel, for an owner; DONE or SKIPPED
 * (with a reason) once handled. {@code jobId} names the job a "job you may like" step offers.
 */
public record NurtureStep(NurtureStepId id, NurturePlanId planId, CandidateId candidateId,
                          StepKind kind, NurtureChannel channel, RecruiterId ownerId,
                          LocalDate dueOn, StepStatus status, Instant doneAt, String skipReason,
                          JobId jobId, int position, int version) {
}
