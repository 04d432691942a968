package org.warmline.duplicates;

import java.time.Instant;
import java.util.Set;
import org.warmline.candidate.CandidateId;

/** Two candidates that are probably one person, and why; {@code first} is the older record. */
public record DuplicatePair(Side first, Side second, Set<MatchReason> reasons) {
    public DuplicatePair {
        reasons = Set.copyOf(reasons);
    }

    /** One of the two records, as the Duplicates view lists it. */
    public record Side(CandidateId id, String name, String email, String phone, String title,
                       Instant updatedAt) {
    }
}
