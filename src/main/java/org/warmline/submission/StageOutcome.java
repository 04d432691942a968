package org.warmline.submission;

/**
 * What reaching a stage means. Fixed in code, while stage names and order are data; labels are
 * {@code submission.outcome.<NAME>}.
 */
public enum StageOutcome {
    IN_PROGRESS, PLACED, REJECTED, WITHDRAWN;

    public String labelKey() {
        return "submission.outcome." + name();
    }

    /** True when a submission in a stage with this outcome is finished. */
    public boolean terminal() {
        return this != IN_PROGRESS;
    }
}
