package org.warmline.privacy;

import java.time.Instant;
import org.warmline.candidate.CandidateId;

/**
 * One consent a candidate gave: what for, when, which wording version they saw and how it was
 * obtained; {@code withdrawnAt} is null while the consent stands.
 */
public record ConsentRecord(ConsentId id, CandidateId candidateId, String purpose,
                            Instant givenAt, String wordingVersion, ConsentMethod obtainedVia,
                            Instant withdrawnAt, String recordedBy, int version) {
    /** True while the consent has not been withdrawn. */
    public boolean isLive() {
        return withdrawnAt == null;
    }
}
