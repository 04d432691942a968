package org.warmline.app.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.warmline.platform.db.DataAccessException;
import org.warmline.platform.db.DatabaseInUseException;
import org.warmline.platform.validation.ValidationException;

/** A failure the user can act on; printed as one line, never as a stack trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    /** A one-line explanation of any failure of a command. */
    public static String explain(Throwable e) {
        if (e instanceof UserError || e instanceof DatabaseInUseException) {
            return e.getMessage();
        }
        if (e instanceof DataAccessException d) {
            String state = d.sqlState();
            if (state != null && state.startsWith("08")) {
                return "cannot reach the database: " + firstLine(d.getMessage());
            }
            if ("XJ041".equals(state) || "XBM0H".equals(state) || "XBM0J".equals(state)) {
                return "cannot create the database there: " + firstLine(d.getMessage());
            }
            return "database error: " + firstLine(d.getMessage());
        }
        if (e instanceof ValidationException v) {
            return "invalid input: " + v.getMessage();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return firstLine(e.getMessage());
        }
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            return explain(cause);
        }
        return e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
