package org.warmline.platform.db;

/** A unique constraint refused a row (SQLState 23505). */
public class DuplicateKeyException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, "23505", cause);
    }
}
