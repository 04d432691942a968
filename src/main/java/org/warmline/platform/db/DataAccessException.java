package org.warmline.platform.db;

import java.sql.SQLException;

/** Unchecked wrapper around a database failure that keeps Derby's SQLState. */
public class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String sqlState;

    public DataAccessException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The SQLState of the underlying error, or {@code null} when there was none. */
    public String sqlState() {
        return sqlState;
    }

    /** True when the connection to the database was lost (SQLState class 08). */
    public boolean isConnectionFailure() {
        return sqlState != null && sqlState.startsWith("08");
    }

    /** Maps a JDBC failure to the most specific exception that callers can act on. */
    public static DataAccessException from(SQLException e) {
        String state = rootState(e);
        if ("23505".equals(state)) {
            return new DuplicateKeyException(e.getMessage(), e);
        }
        if ("XSDB6".equals(state)) {
            return new DatabaseInUseException(e);
        }
        return new DataAccessException(e.getMessage(), state, e);
    }

    private static String rootState(SQLException e) {
        // Derby wraps the interesting error (XSDB6, XBM0J...) in chained exceptions.
        for (SQLException cur = e; cur != null; cur = cur.getNextException()) {
            String state = cur.getSQLState();
            if ("XSDB6".equals(state) || "23505".equals(state)) {
                return state;
            }
            Throwable cause = cur.getCause();
            if (cause instanceof SQLException inner && ("XSDB6".equals(inner.getSQLState()))) {
                return inner.getSQLState();
            }
        }
        return e.getSQLState();
    }
}
