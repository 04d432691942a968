package org.warmline.feedback;

/** The id of an employer feedback record. */
public record FeedbackId(long value) {
}
