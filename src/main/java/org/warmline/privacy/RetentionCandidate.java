package org.warmline.privacy;

import java.time.Instant;
import org.warmline.candidate.CandidateId;

/** A candidate past the retention policy: no activity since {@code lastActivity}. */
public record RetentionCandidate(CandidateId id, String displayName, String status,
                                 Instant lastActivity) {
}
