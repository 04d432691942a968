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
        String access = accessRefusal(failure);
        if (access != null) {
            return msg.get(access);
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

    /** The bundle key for a refused login (08004) or missing rights (425xx), else null. */
    private static String accessRefusal(Throwable failure) {
        return org.warmline.server.AccessFailures.refusal(failure).map(r -> switch (r) {
            case WRONG_LOGIN -> "error.signIn";
            case READ_ONLY -> "error.readOnly";
            case ADMIN_ONLY -> "error.adminOnly";
        }).orElse(null);
    }
}
