package org.warmline.feedback;

import java.time.LocalDate;

/**
 * One thing to do on the feedback work list: send a request, send a reminder, or relay a
 * received reply. {@code feedback} is null for a request not sent yet.
 */
public record WorkItem(Task task, FeedbackId feedback, FeedbackSubject subject, LocalDate due,
                       boolean overdue) {
    /** What the recruiter has to do; labels are {@code feedback.task.<NAME>}. */
    public enum Task {
        REQUEST, REMIND, RELAY;

        public String labelKey() {
            return "feedback.task." + name();
        }
    }
}
