package org.warmline.report;

/** The parameters a report may ask for; its definition lists the ones it uses. */
public enum ReportParameter {
    /** A from/to date range. */
    DATES,
    /** One recruiter, or everyone. */
    RECRUITER,
    /** One employer, or all. */
    EMPLOYER
}
