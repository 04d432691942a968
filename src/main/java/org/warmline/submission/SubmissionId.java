package org.warmline.submission;

/** Identity of a submission of a candidate to a job. Identity values are not gap-free; never show them as counters. */
public record SubmissionId(long value) {
    public SubmissionId {
        if (value <= 0) {
            throw new IllegalArgumentException("submission id must be positive: " + value);
        }
    }
}
