package org.warmline.recruiter;

/** Identity of a recruiter (a user of Warmline). Identity values are not gap-free; never show them as counters. */
public record RecruiterId(long value) {
    public RecruiterId {
        if (value <= 0) {
            throw new IllegalArgumentException("recruiter id must be positive: " + value);
        }
    }
}
