package org.warmline.feedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the employer's feedback stands. NOT_REQUESTED → REQUESTED → REMINDED (0..n) →
 * RECEIVED or NO_REPLY; RECEIVED → RELAYED, which is final. A late reply after NO_REPLY may still
 * be received. Labels are {@code feedback.state.<NAME>}.
 */
public enum FeedbackState {
    NOT_REQUESTED, REQUESTED, REMINDED, RECEIVED, NO_REPLY, RELAYED;

    private static final Set<FeedbackState> WAITING = EnumSet.of(REQUESTED, REMINDED);

    public String labelKey() {
        return "feedback.state." + name();
    }

    /** True while the employer has been asked and has not answered yet. */
    public boolean waiting() {
        return WAITING.contains(this);
    }

    /** True when a reply may be recorded in this state. */
    public boolean canReceive() {
        return waiting() || this == NO_REPLY;
    }
}
