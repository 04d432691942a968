package org.warmline.platform.concurrency;

/**
 * An optimistic-lock check failed: the row changed (or was deleted) since the caller read it.
 * Nothing was written.
 */
public class StaleRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final long id;

    public StaleRecordException(String table, long id) {
        super(table + " " + id + " was changed or deleted by someone else");
        this.table = table;
        this.id = id;
    }

    public String table() {
        return table;
    }

    public long id() {
        return id;
    }
}
