package org.warmline.nurture;

/** Why the agency stays in touch: a rejection, a placement, or a runner-up brought back. */
public enum PlanKind {
    REJECTED, PLACED, RUNNER_UP;

    /** The bundle key of this kind's label. */
    public String labelKey() {
        return "nurture.plan." + name();
    }
}
