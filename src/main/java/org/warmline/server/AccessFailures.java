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

    /** Why the server refused. */
    public enum Refusal {
        WRONG_LOGIN("user name or password is wrong"),
        READ_ONLY("you have read-only access"),
        ADMIN_ONLY("only an administrator may do this");

        private final String text;

        Refusal(String text) {
            this.text = text;
        }

        /** A one-line English reason, for the command line. */
        public String text() {
            return text;
        }
    }

    /** The kind of refusal when {@code failure} is a login or permission refusal, else empty. */
    public static Optional<Refusal> refusal(Throwable failure) {
        return explain(failure).map(text -> {
            for (Refusal r : Refusal.values()) {
                if (r.text.equals(text)) {
                    return r;
                }
            }
            throw new IllegalStateException(text);
        });
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
            return Optional.of(Refusal.WRONG_LOGIN.text());
        }
        if (isReadOnly(state)) {
            return Optional.of(Refusal.READ_ONLY.text());
        }
        if (isAdminOnly(state)) {
            return Optional.of(Refusal.ADMIN_ONLY.text());
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
