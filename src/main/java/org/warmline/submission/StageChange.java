package org.warmline.submission;

import java.time.Instant;

/** One line of a submission's stage history; {@code fromStage} is null for the first one. */
public record StageChange(String fromStage, String toStage, Instant changedAt, String changedBy,
                          String note) {
}
