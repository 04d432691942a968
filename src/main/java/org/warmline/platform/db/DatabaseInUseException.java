package org.warmline.platform.db;

/** The embedded database is already open in another process (Derby XSDB6). */
public class DatabaseInUseException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(Throwable cause) {
        super("the database is open in another Warmline window", "XSDB6", cause);
    }
}
