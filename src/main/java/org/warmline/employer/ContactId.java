package org.warmline.employer;

/** Identity of a contact person at an employer. Identity values are not gap-free; never show them as counters. */
public record ContactId(long value) {
    public ContactId {
        if (value <= 0) {
            throw new IllegalArgumentException("contact id must be positive: " + value);
        }
    }
}
