package org.warmline.nurture;

import java.time.LocalDate;

/**
 * A step still due, with what a list needs to show it: the candidate, the job and employer
 * of the plan's submission (or of the offered job), and whether the date has passed.
 */
public record DueStep(NurtureStep step, String candidateName, String jobTitle,
                      String employerName, boolean overdue) {
    /** The day the step is due. */
    public LocalDate due() {
        return step.dueOn();
    }
}
