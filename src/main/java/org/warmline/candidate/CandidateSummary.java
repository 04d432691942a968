package org.warmline.candidate;

import java.time.Instant;

/** One row of the candidate list: enough to show and open the candidate, nothing more. */
public record CandidateSummary(CandidateId id, String displayName, String email, String phone,
                               String currentTitle, CandidateStatus status, String ownerName,
                               Instant updatedAt) {
}
