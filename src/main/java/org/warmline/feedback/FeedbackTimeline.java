package org.warmline.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The due dates of {@link FeedbackPolicy} applied to one feedback record, in the agency's time
 * zone: request due {@code requestBusinessDays} business days after the rejection's date;
 * reminder due {@code reminderDays} days after the last chase's date; no reply
 * {@code noReplyDays} × 24 hours after the last chase; relay due {@code relayBusinessDays}
 * business days after the reply's date.
 */
public final class FeedbackTimeline {
    private final FeedbackPolicy policy;
    private final ZoneId zone;

    public FeedbackTimeline(FeedbackPolicy policy, ZoneId zone) {
        this.policy = policy;
        this.zone = zone;
    }

    public FeedbackPolicy policy() {
        return policy;
    }

    /** When the request should have been sent; null for feedback not about a rejection. */
    public LocalDate requestDue(EmployerFeedback f) {
        return f.rejection() == null ? null
                : BusinessDays.plus(date(f.rejection().closedAt()), policy.requestBusinessDays());
    }

    /** When the next reminder is due; null when nobody has been asked yet. */
    public LocalDate reminderDue(EmployerFeedback f) {
        Instant chased = f.lastChasedAt();
        return chased == null ? null : date(chased).plusDays(policy.reminderDays());
    }

    /** The moment a still-unanswered request counts as NO_REPLY. */
    public Instant noReplyAt(EmployerFeedback f) {
        Instant chased = f.lastChasedAt();
        return chased == null ? null : chased.plus(Duration.ofDays(policy.noReplyDays()));
    }

    /** When a received reply should be relayed; null before the reply. */
    public LocalDate relayDue(EmployerFeedback f) {
        return f.receivedAt() == null ? null
                : BusinessDays.plus(date(f.receivedAt()), policy.relayBusinessDays());
    }

    private LocalDate date(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
