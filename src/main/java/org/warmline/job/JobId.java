package org.warmline.job;

/** Identity of a job (vacancy) at an employer. Identity values are not gap-free; never show them as counters. */
public record JobId(long value) {
    public JobId {
        if (value <= 0) {
            throw new IllegalArgumentException("job id must be positive: " + value);
        }
    }
}
