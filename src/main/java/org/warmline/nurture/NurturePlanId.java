package org.warmline.nurture;

/** The id of a nurture plan. */
public record NurturePlanId(long value) {
}
