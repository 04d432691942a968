package org.warmline.feedback;

import java.time.Instant;
import org.warmline.employer.ContactId;

/**
 * The employer's feedback on a rejection (or an interview) and how far it has been chased and
 * relayed. {@code id} is null and state NOT_REQUESTED for a rejection nobody has acted on yet.
 * {@code verbatimText} is internal and never shown to the candidate; {@code relayedText} is
 * the frozen copy of what the candidate was told.
 */
public record EmployerFeedback(FeedbackId id, FeedbackKind kind, FeedbackState state,
                               FeedbackSubject subject, Rejection rejection,
                               Instant requestedAt, Channel requestedVia,
                               ContactId requestedContact, int reminders,
                               Instant lastRemindedAt, Instant receivedAt,
                               ContactId receivedContact, String verbatimText,
                               String candidateText, boolean guardOverridden,
                               String guardOverrideNote, Instant relayedAt, Channel relayedVia,
                               String relayedBy, String relayedText, Instant noReplyAt,
                               int version) {

    /** The moment the employer was last chased: the last reminder, else the request. */
    public Instant lastChasedAt() {
        return lastRemindedAt != null ? lastRemindedAt : requestedAt;
    }
}
