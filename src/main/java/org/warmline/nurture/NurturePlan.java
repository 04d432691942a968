package org.warmline.nurture;

import java.time.Instant;
import java.util.List;
import org.warmline.candidate.CandidateId;
import org.warmline.recruiter.RecruiterId;
import org.warmline.submission.SubmissionId;

/** A plan to stay in touch with a candidate, with its steps in order. */
public record NurturePlan(NurturePlanId id, CandidateId candidateId, SubmissionId submissionId,
                          PlanKind kind, RecruiterId ownerId, Instant createdAt,
                          List<NurtureStep> steps) {
    public NurturePlan {
        steps = List.copyOf(steps);
    }
}
