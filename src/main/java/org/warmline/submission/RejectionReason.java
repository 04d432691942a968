package org.warmline.submission;

import java.util.Objects;

/**
 * One entry of the agency's list of reasons why a submission ended. {@code notAboutCandidate}
 * is the usual answer for this reason (e.g. "Internal candidate chosen"), pre-set when it is
 * chosen and changeable per closing.
 */
public record RejectionReason(ReasonId id, String name, boolean notAboutCandidate, int position,
                              boolean active, int version) {
    public RejectionReason {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
