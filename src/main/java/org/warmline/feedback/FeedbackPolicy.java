package org.warmline.feedback;

/**
 * The agency's timing rules: a request is due {@code requestBusinessDays} business days
 * (Mon–Fri) after the rejection; a reminder {@code reminderDays} calendar days after the request
 * or last reminder; with no answer {@code noReplyDays} calendar days after the last chase the
 * feedback counts as NO_REPLY; a received reply is due to be relayed {@code relayBusinessDays}
 * business days after it arrived.
 */
public record FeedbackPolicy(int requestBusinessDays, int reminderDays, int noReplyDays,
                             int relayBusinessDays) {
    public static final FeedbackPolicy DEFAULTS = new FeedbackPolicy(2, 5, 10, 1);

    public FeedbackPolicy {
        if (requestBusinessDays < 0 || reminderDays < 1 || noReplyDays < 1
                || relayBusinessDays < 0) {
            throw new IllegalArgumentException("invalid feedback policy");
        }
    }
}
