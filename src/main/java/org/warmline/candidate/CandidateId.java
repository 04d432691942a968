package org.warmline.candidate;

/** Identity of a candidate. Identity values are not gap-free; never show them as counters. */
public record CandidateId(long value) {
    public CandidateId {
        if (value <= 0) {
            throw new IllegalArgumentException("candidate id must be positive: " + value);
        }
    }
}
