package org.warmline.server;

import java.util.Optional;
import org.warmline.platform.db.DataAccessException;

/**
 * Plain-language reasons for refusals by the office server: wrong login (08004) and missing
 * rights (the 425xx family), for the command line.
 */
public final class AccessFailures {
    private AccessFailures() {
    }

    /** The reason when {@code failure} is a login or permission refusal, else empty. */
    public static Optional<String> explain(Throwable failure) {
        // A refusal inside a trigger arrives wrapped (38000) with the real state further down.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s) {
                for (java.sql.SQLException e = s; e != null; e = e.getNextException()) {
                    Optional<String> reason = explain(e.getSQLState(), e.getMessage());
                    if (reason.isPresent()) {
                        return reason;
                    }
                }
            } else if (t instanceof DataAccessException d) {
                Optional<String> reason = explain(d.sqlState(), d.getMessage());
                if (reason.isPresent()) {
                    return reason;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> explain(String state, String message) {
        // The client driver refuses an empty password itself (08001) before asking the server.
        if ("08001".equals(state) && message != null && message.contains("Password length (0)")) {
            return explainState("08004");
        }
        return explainState(state);
    }

    /** The reason for a SQLState, when it is a login or permission refusal. */
    public static Optional<String> explainState(String state) {
        if (state == null) {
            return Optional.empty();
        }
        if ("08004".equals(state)) {
            return Optional.of("user name or password is wrong");
        }
        if (isReadOnly(state)) {
            return Optional.of("you have read-only access");
        }
        if (isAdminOnly(state)) {
            return Optional.of("only an administrator may do this");
        }
        return Optional.empty();
    }

    /** True for a refused change to a table or column (a viewer writing). */
    public static boolean isReadOnly(String state) {
        return "42500".equals(state) || "42502".equals(state) || "42503".equals(state);
    }

    /** True for other missing rights: routines (users, backups) and role grants. */
    public static boolean isAdminOnly(String state) {
        return state != null && (state.startsWith("425") || state.startsWith("4251"))
                && !isReadOnly(state);
    }
}
