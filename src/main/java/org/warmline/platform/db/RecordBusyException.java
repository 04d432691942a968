package org.warmline.platform.db;

/**
 * Another recruiter's transaction held the rows this work needed for too long (lock timeout
 * 40XL1/40XL2), or it kept losing deadlocks (40001) after the automatic retries. Nothing was
 * written; trying again in a moment usually works.
 */
public class RecordBusyException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public RecordBusyException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }
}
