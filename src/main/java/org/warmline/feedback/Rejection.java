package org.warmline.feedback;

import java.time.Instant;

/**
 * The live closure of a rejected submission, as recorded by the submission feature: when, who
 * ended it (EMPLOYER, CANDIDATE or AGENCY), the reason and the stage it was rejected from.
 */
public record Rejection(long closureId, Instant closedAt, String endedBy, String reason,
                        boolean notAboutCandidate, String fromStage) {
}
