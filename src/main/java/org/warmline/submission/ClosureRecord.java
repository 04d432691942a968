package org.warmline.submission;

import java.time.Instant;

/**
 * A stored closing of a submission as shown to users: outcome (REJECTED or WITHDRAWN), who
 * ended it, the reason's current name, the stage it left, when and by whom, and when it was
 * undone (null while it stands).
 */
public record ClosureRecord(ClosureId id, SubmissionId submissionId, StageOutcome outcome,
                            EndedBy endedBy, String reasonName, boolean notAboutCandidate,
                            String fromStage, String note, Instant closedAt, String closedBy,
                            Instant undoneAt) {
}
