package org.warmline.platform.db;

/** A record that must exist does not. */
public class NotFoundException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String table, long id) {
        super(table + " " + id + " does not exist", null, null);
    }
}
