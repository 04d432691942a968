package org.warmline.feedback;

/** What the employer's feedback is about: a rejection, or an interview. */
public enum FeedbackKind {
    REJECTION, INTERVIEW;

    public String labelKey() {
        return "feedback.kind." + name();
    }
}
