package org.warmline.employer;

import java.time.LocalDate;

/**
 * A job of an employer as the employer screens show it. The job feature owns jobs; this is a
 * read-only view so that employer screens need not depend on it. {@code status} is the job
 * status name (OPEN, ON_HOLD, FILLED, CANCELLED).
 */
public record EmployerJob(long jobId, String title, String location, String status,
                          LocalDate openedOn, LocalDate closedOn) {
}
