package org.warmline.nurture;

import java.time.Instant;
import java.util.List;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;

/**
 * A candidate who reached interview or later for a similar job and was rejected: the past
 * job, how far they got, the rejection reason and the employer's feedback, the words the two
 * jobs share, and the score they are ranked by (higher first).
 */
public record RunnerUp(CandidateId candidateId, String candidateName, JobId pastJobId,
                       String pastJobTitle, String pastEmployerName, boolean sameEmployer,
                       String stageReached, String reason, String feedback, Instant rejectedAt,
                       List<String> sharedWords, int score) {
    public RunnerUp {
        sharedWords = List.copyOf(sharedWords);
    }
}
