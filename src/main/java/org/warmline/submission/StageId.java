package org.warmline.submission;

/** Identity of a pipeline stage. Identity values are not gap-free; never show them as counters. */
public record StageId(long value) {
    public StageId {
        if (value <= 0) {
            throw new IllegalArgumentException("stage id must be positive: " + value);
        }
    }
}
