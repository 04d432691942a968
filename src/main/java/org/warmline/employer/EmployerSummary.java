package org.warmline.employer;

import java.time.Instant;

/** One row of the employer list: the employer and how many contacts and open jobs it has. */
public record EmployerSummary(EmployerId id, String name, String industry, int contactCount,
                              int openJobCount, Instant updatedAt) {
}
