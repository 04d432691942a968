package org.warmline.submission;

/** Who ended a submission; labels are {@code submission.endedBy.<NAME>}. */
public enum EndedBy {
    EMPLOYER, CANDIDATE, AGENCY;

    public String labelKey() {
        return "submission.endedBy." + name();
    }
}
