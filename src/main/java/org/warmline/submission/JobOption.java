package org.warmline.submission;

import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;

/** An open (or on-hold) job a candidate can be submitted to. */
public record JobOption(JobId id, String title, EmployerId employerId, String employerName,
                        String location) {
    /** "Employer — Title", as the pipeline's job picker shows it. */
    public String label() {
        return employerName + " — " + title;
    }
}
