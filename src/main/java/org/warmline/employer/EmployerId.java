package org.warmline.employer;

/** Identity of an employer (client company). Identity values are not gap-free; never show them as counters. */
public record EmployerId(long value) {
    public EmployerId {
        if (value <= 0) {
            throw new IllegalArgumentException("employer id must be positive: " + value);
        }
    }
}
