package org.warmline.activity;

/** Identity of an activity. Identity values are not gap-free; never show them as counters. */
public record ActivityId(long value) {
    public ActivityId {
        if (value <= 0) {
            throw new IllegalArgumentException("activity id must be positive: " + value);
        }
    }
}
