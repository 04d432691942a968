package org.warmline.submission;

import java.sql.SQLException;
import org.warmline.platform.db.Tx;
import org.warmline.platform.validation.Validator;

/** Checks what the user chose when closing a submission; field names match the close dialog. */
final class Closings {
    private Closings() {
    }

    /** The closure with its note stripped (blank becomes null); refuses missing choices. */
    static Closure validate(Closure closure, int maxNote) {
        new Validator()
                .check(closure != null && closure.endedBy() != null, "endedBy",
                        "validation.required")
                .check(closure != null && closure.reason() != null, "reason",
                        "validation.required")
                .maxLength("note", closure == null || closure.note() == null ? null
                        : closure.note().strip(), maxNote)
                .throwIfInvalid();
        String note = closure.note() == null || closure.note().isBlank() ? null
                : closure.note().strip();
        return new Closure(closure.endedBy(), closure.reason(), closure.notAboutCandidate(), note);
    }

    /** Refuses a reason that does not exist or is no longer in use. */
    static void requireActiveReason(Tx tx, ReasonRepository reasons, ReasonId id)
            throws SQLException {
        boolean active = reasons.findById(tx, id).map(RejectionReason::active).orElse(false);
        if (!active) {
            throw StageRules.refuse("reason", "submission.close.error.inactiveReason");
        }
    }
}
