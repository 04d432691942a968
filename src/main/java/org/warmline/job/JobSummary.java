package org.warmline.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.warmline.employer.EmployerId;

/** One row of a job list: the job, its employer, owner and number of submissions. */
public record JobSummary(JobId id, String title, String employerName, EmployerId employerId,
                         String location, JobStatus status, BigDecimal salaryMin,
                         BigDecimal salaryMax, String currency, String ownerName,
                         LocalDate openedOn, int submissionCount) {
}
