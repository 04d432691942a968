package org.warmline.platform.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;

/**
 * A small pool of JDBC connections to one Derby URL. Connections that saw a connection-level
 * error are discarded instead of being returned to the pool.
 */
final class ConnectionSource implements AutoCloseable {
    private static final int MAX_IDLE = 4;
    /** Warmline's roles sort by rank (WL_ADMIN, WL_RECRUITER, WL_VIEWER): the first one wins. */
    private static final String GRANTED_ROLE = """
            SELECT ROLEID FROM SYS.SYSROLES
             WHERE GRANTEE = CURRENT_USER AND ISDEF = 'N' AND ROLEID LIKE 'WL!_%' ESCAPE '!'
             ORDER BY ROLEID""";
    private final String url;
    private final Properties properties;
    private final String schema;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionSource(String url, Properties properties) {
        this(url, properties, null);
    }

    /** A pool whose new connections start in {@code schema} (null: the user's own schema). */
    ConnectionSource(String url, Properties properties, String schema) {
        this.url = url;
        this.properties = properties;
        this.schema = schema;
    }

    String url() {
        return url;
    }

    /** The connection properties (user and password where the database has logins). */
    Properties properties() {
        return properties;
    }

    Connection borrow() throws SQLException {
        synchronized (this) {
            if (closed) {
                throw new SQLException("the database is closed", "08003");
            }
            Connection pooled = idle.pollFirst();
            if (pooled != null) {
                return pooled;
            }
        }
        Connection fresh = DriverManager.getConnection(url, properties);
        if (schema != null) {
            try (java.sql.Statement st = fresh.createStatement()) {
                st.execute("SET SCHEMA \"" + schema + "\"");
                activateRole(fresh, st);
            } catch (SQLException e) {
                quietlyClose(fresh);
                throw e;
            }
        }
        return fresh;
    }

    /**
     * Office connections act with the SQL role granted to the signed-in user (roles are not
     * active until SET ROLE); the database owner has none and needs none.
     */
    private static void activateRole(Connection connection, java.sql.Statement st)
            throws SQLException {
        String role = null;
        try (java.sql.PreparedStatement ps = connection.prepareStatement(GRANTED_ROLE);
             java.sql.ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                role = rs.getString(1);
            }
        }
        if (role != null) {
            st.execute("SET ROLE \"" + role.replace("\"", "\"\"") + "\"");
        }
    }

    void giveBack(Connection connection, boolean broken) {
        boolean keep;
        synchronized (this) {
            keep = !closed && !broken && idle.size() < MAX_IDLE;
            if (keep) {
                idle.addFirst(connection);
            }
        }
        if (!keep) {
            quietlyClose(connection);
        }
    }

    /** Drops all idle connections, e.g. after the server went away. */
    void evictIdle() {
        Deque<Connection> drop;
        synchronized (this) {
            drop = new ArrayDeque<>(idle);
            idle.clear();
        }
        drop.forEach(ConnectionSource::quietlyClose);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        evictIdle();
    }

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The connection is being discarded; a failure to close it changes nothing.
        }
    }
}
