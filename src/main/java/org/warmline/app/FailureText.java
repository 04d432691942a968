package org.warmline.app;

import java.util.stream.Collectors;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.DataAccessException;
import org.warmline.platform.db.DatabaseInUseException;
import org.warmline.platform.db.DuplicateKeyException;
import org.warmline.platform.db.RecordBusyException;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;

/** Turns any failure into one sentence a recruiter can act on. */
final class FailureText {
    private final Messages msg;

    FailureText(Messages msg) {
        this.msg = msg;
    }

    String explain(Throwable failure) {
        if (failure instanceof StaleRecordException) {
            return msg.get("error.stale");
        }
        if (failure instanceof DuplicateKeyException) {
            return msg.get("error.duplicate");
        }
        if (failure instanceof DatabaseInUseException) {
            return msg.get("error.inUse");
        }
        if (failure instanceof RecordBusyException) {
            return msg.get("error.busy");
        }
        if (failure instanceof DataAccessException d && d.isConnectionFailure()) {
            return msg.get("error.connection");
        }
        if (failure instanceof ValidationException v) {
            return v.errors().stream().map(e -> msg.get(e.messageKey()))
                    .distinct().collect(Collectors.joining("\n"));
        }
        String text = failure.getMessage();
        return msg.get("error.unexpected", text == null ? failure.getClass().getSimpleName() : text);
    }
}
