package org.warmline.feedback;

import java.util.List;
import org.warmline.platform.validation.ValidationException;
import org.warmline.platform.validation.Validator;

/**
 * The legal moves of {@link FeedbackState}; an illegal one raises a ValidationException on
 * field {@code state} whose key says why (e.g. {@code feedback.error.notReceived}).
 */
final class FeedbackRules {
    static final int MAX_TEXT = 32_000;
    static final int MAX_NOTE = 1_000;

    private FeedbackRules() {
    }

    static void requireCanRemind(FeedbackState s) {
        if (!s.waiting()) {
            fail(s == FeedbackState.NO_REPLY ? "feedback.error.noReply" : whyNot(s));
        }
    }

    static void requireCanReceive(FeedbackState s) {
        if (!s.canReceive()) {
            fail(whyNot(s));
        }
    }

    static void requireCanMarkNoReply(FeedbackState s) {
        if (!s.waiting()) {
            fail(s == FeedbackState.NO_REPLY ? "feedback.error.noReply" : whyNot(s));
        }
    }

    static void requireReceived(FeedbackState s) {
        if (s != FeedbackState.RECEIVED) {
            fail(s == FeedbackState.RELAYED ? "feedback.error.relayed"
                    : "feedback.error.notReceived");
        }
    }

    /** Checks a candidate-facing text and, when the guard found something, the override. */
    static void checkRelay(String text, Channel via, List<GuardFinding> findings,
                           String overrideNote) {
        Validator v = new Validator()
                .required("candidateText", text)
                .maxLength("candidateText", text, MAX_TEXT)
                .check(via != null, "relayVia", "validation.required")
                .maxLength("overrideNote", overrideNote, MAX_NOTE);
        if (text != null && !findings.isEmpty() && (overrideNote == null || overrideNote.isBlank())) {
            v.add("candidateText", "feedback.error.guard");
        }
        v.throwIfInvalid();
    }

    private static String whyNot(FeedbackState s) {
        return switch (s) {
            case NOT_REQUESTED -> "feedback.error.notRequested";
            case RELAYED -> "feedback.error.relayed";
            case NO_REPLY -> "feedback.error.noReply";
            default -> "feedback.error.alreadyReceived";
        };
    }

    static void fail(String key) {
        throw new ValidationException(List.of(new ValidationException.FieldError("state", key)));
    }
}
