package org.warmline.candidate;

/** Where a candidate stands with the agency; the label is bundle key {@code candidate.status.<NAME>}. */
public enum CandidateStatus {
    ACTIVE, PLACED, NOT_LOOKING, DO_NOT_CONTACT;

    /** The bundle key of this status's label. */
    public String labelKey() {
        return "candidate.status." + name();
    }
}
