package org.warmline.nurture;

/**
 * The wording of one kind of message: the agency's own ({@code custom}, with the row's
 * version) or the standard wording of the bundle.
 */
public record MessageTemplate(StepKind kind, String subject, String body, boolean custom,
                              int version) {
}
