package org.warmline.feedback;

import java.time.Instant;

/** One reminder sent to the employer. */
public record Reminder(Instant at, Channel via, String by) {
}
