package org.warmline.feedback.ui;

import org.warmline.feedback.ContactOption;
import org.warmline.feedback.EmployerFeedback;
import org.warmline.feedback.FeedbackState;
import org.warmline.feedback.FeedbackTimeline;
import org.warmline.feedback.Rejection;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.form.Formats;

/** The one-line texts that describe where a feedback record stands. */
final class FeedbackView {
    private FeedbackView() {
    }

    static String rejection(Rejection r, Messages msg) {
        if (r == null) {
            return " ";
        }
        return msg.get("feedback.editor.rejection", Formats.dateTime(r.closedAt()),
                r.fromStage(), r.reason(), msg.get("feedback.ended." + r.endedBy()),
                r.notAboutCandidate() ? msg.get("feedback.editor.notAbout") : "");
    }

    static void describe(FeedbackDialog dialog, EmployerFeedback f, Messages msg,
                         FeedbackTimeline timeline) {
        String requested;
        if (f.state() == FeedbackState.NOT_REQUESTED) {
            requested = f.rejection() == null ? " " : msg.get("feedback.request.due",
                    Formats.date(timeline.requestDue(f)));
        } else {
            requested = msg.get("feedback.request.done", Formats.dateTime(f.requestedAt()),
                    msg.get(f.requestedVia().labelKey()), contact(f.requestedContact(), dialog));
            if (f.state().waiting()) {
                requested += " — " + msg.get("feedback.remind.done", f.reminders(),
                        Formats.date(timeline.reminderDue(f)));
            }
        }
        String received = f.receivedAt() == null ? " " : msg.get("feedback.received.done",
                Formats.dateTime(f.receivedAt()), contact(f.receivedContact(), dialog));
        String relayed = f.relayedAt() == null ? " " : msg.get("feedback.relay.done",
                Formats.dateTime(f.relayedAt()), msg.get(f.relayedVia().labelKey()),
                f.relayedBy() == null ? "" : f.relayedBy())
                + (f.guardOverridden() ? " · " + msg.get("feedback.relay.overridden",
                f.guardOverrideNote()) : "");
        dialog.setLines(rejection(f.rejection(), msg), requested, received, relayed);
    }

    private static String contact(org.warmline.employer.ContactId id, FeedbackDialog dialog) {
        return dialog.contactName(id);
    }

    static String name(ContactOption c) {
        return c == null ? "" : c.name();
    }
}
