package org.warmline.nurture;

/** Where a step stands: DUE until it is DONE or SKIPPED (with a reason). Labels are {@code nurture.status.<NAME>}. */
public enum StepStatus {
    DUE, DONE, SKIPPED;

    /** The bundle key of this status's label. */
    public String labelKey() {
        return "nurture.status." + name();
    }
}
