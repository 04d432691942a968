package org.warmline.submission;

/** Identity of one closing (rejection or withdrawal) of a submission. */
public record ClosureId(long value) {
    public ClosureId {
        if (value <= 0) {
            throw new IllegalArgumentException("closure id must be positive: " + value);
        }
    }
}
