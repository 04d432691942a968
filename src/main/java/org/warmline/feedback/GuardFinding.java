package org.warmline.feedback;

/**
 * A wording in a candidate-facing text that should not be relayed as it stands: its category
 * (e.g. "age"), the list phrase that matched and the matched range {@code [start, end)} in the
 * original text.
 */
public record GuardFinding(String category, String phrase, int start, int end) {
}
