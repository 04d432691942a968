package org.warmline.submission;

/** Identity of a rejection reason. Identity values are not gap-free; never show them as counters. */
public record ReasonId(long value) {
    public ReasonId {
        if (value <= 0) {
            throw new IllegalArgumentException("reason id must be positive: " + value);
        }
    }
}
