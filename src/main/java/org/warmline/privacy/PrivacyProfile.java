package org.warmline.privacy;

import java.time.Instant;
import java.util.List;
import org.warmline.candidate.CandidateId;

/**
 * What Warmline holds about a candidate's privacy: lawful basis, do-not-contact, the consent
 * history (newest first) and the moment contact was stopped ({@code consentWithdrawnAt}, the
 * column every other feature checks). {@code version} guards the basis and do-not-contact
 * against concurrent edits; it is -1 before the first save.
 */
public record PrivacyProfile(CandidateId candidateId, String displayName, String source,
                             LawfulBasis lawfulBasis, boolean doNotContact,
                             Instant consentWithdrawnAt, Instant erasedAt,
                             List<ConsentRecord> consents, int version) {
    public PrivacyProfile {
        consents = List.copyOf(consents);
    }

    /** True when nobody may contact the candidate (do not contact, or consent withdrawn). */
    public boolean contactBlocked() {
        return consentWithdrawnAt != null;
    }

    /** True once the person has been erased or purged. */
    public boolean erased() {
        return erasedAt != null;
    }
}
