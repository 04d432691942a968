package org.warmline.nurture;

/** The id of a nurture step. */
public record NurtureStepId(long value) {
}
