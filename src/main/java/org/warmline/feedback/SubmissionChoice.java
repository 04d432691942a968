package org.warmline.feedback;

import org.warmline.submission.SubmissionId;

/** A submission of a candidate, named by job and employer, to attach the candidate's view to. */
public record SubmissionChoice(SubmissionId id, String jobTitle, String employerName) {
    @Override
    public String toString() {
        return jobTitle + " — " + employerName;
    }
}
