package org.warmline.report;

import java.time.LocalDate;
import org.warmline.employer.EmployerId;
import org.warmline.recruiter.RecruiterId;

/**
 * The values a report runs with; null means "no limit" (all dates, everyone, all employers).
 * The range is inclusive on both ends.
 */
public record ReportParameters(LocalDate from, LocalDate to, RecruiterId recruiter,
                               EmployerId employer) {
    /** No limits at all. */
    public static final ReportParameters ALL = new ReportParameters(null, null, null, null);
}
