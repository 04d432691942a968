package org.warmline.submission;

/**
 * What the user chose when rejecting or withdrawing a submission: who ended it, the reason,
 * whether it was not about the candidate (so they can be told so honestly), and a note.
 */
public record Closure(EndedBy endedBy, ReasonId reason, boolean notAboutCandidate, String note) {
}
