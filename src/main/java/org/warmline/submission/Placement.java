package org.warmline.submission;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The terms of a placement: start date, annual salary, the agency's fee and their currency. */
public record Placement(SubmissionId submissionId, LocalDate startDate, BigDecimal salary,
                        BigDecimal fee, String currency) {
}
