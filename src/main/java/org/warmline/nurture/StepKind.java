package org.warmline.nurture;

/**
 * What a nurture step asks the recruiter to do; the values are stored as
 * {@code nurture_step.step_kind}. Labels are {@code nurture.step.<NAME>}.
 */
public enum StepKind {
    THANK_YOU, ASK_FEEDBACK, RELAY_FEEDBACK, LINKEDIN, CHECK_IN_30, CHECK_IN_90, FIRST_WEEK,
    ASK_REFERRAL, JOB_YOU_MAY_LIKE;

    /** The bundle key of this kind's label. */
    public String labelKey() {
        return "nurture.step." + name();
    }

    /**
     * True for the steps the feedback work list already reminds about (asking the employer,
     * relaying the reply): Today shows the feedback item, and the step completes from it.
     */
    public boolean followsFeedback() {
        return this == ASK_FEEDBACK || this == RELAY_FEEDBACK;
    }

    /** True when the step is a message to the employer's contact rather than the candidate. */
    public boolean toEmployer() {
        return this == ASK_FEEDBACK;
    }
}
