package org.warmline.privacy;

import java.time.Instant;
import java.util.List;
import org.warmline.candidate.CandidateId;

/** What a retention purge did (or, for a dry run, would do): the candidates and the cut-off. */
public record PurgeResult(List<CandidateId> candidates, Instant cutoff, boolean dryRun) {
    public PurgeResult {
        candidates = List.copyOf(candidates);
    }

    /** How many candidates were (or would be) purged. */
    public int count() {
        return candidates.size();
    }
}
