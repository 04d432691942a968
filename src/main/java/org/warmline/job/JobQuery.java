package org.warmline.job;

import org.warmline.employer.EmployerId;

/** Which jobs a list shows: a status and/or an employer; null means any. */
public record JobQuery(JobStatus status, EmployerId employerId) {
    /** Every job. */
    public static JobQuery all() {
        return new JobQuery(null, null);
    }

    /** Jobs in one status. */
    public static JobQuery withStatus(JobStatus status) {
        return new JobQuery(status, null);
    }
}
