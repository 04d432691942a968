package org.warmline.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Refuses UPDATE statements by users without a writing role. Derby 10.16.1.1 does not enforce
 * the UPDATE privilege for {@code UPDATE t SET c = ...} (a user with SELECT only, or none, can
 * change rows), so the office server puts a statement trigger on every table that calls
 * {@link #requireWriter()} inside the database. INSERT and DELETE privileges are enforced.
 */
public final class WriteGuard {
    static final String PROCEDURE = "WL_REQUIRE_WRITER";
    private static final String MAY_WRITE = """
            SELECT COUNT(*) FROM SYS.SYSSCHEMAS s
             WHERE s.SCHEMANAME = 'WARMLINE'
               AND (s.AUTHORIZATIONID = SESSION_USER
                    OR EXISTS (SELECT 1 FROM SYS.SYSROLES r
                                WHERE r.GRANTEE = SESSION_USER AND r.ISDEF = 'N'
                                  AND r.ROLEID IN ('WL_ADMIN', 'WL_RECRUITER')))""";

    private WriteGuard() {
    }

    /** Runs inside Derby as a stored procedure; throws 42500 unless the user may write. */
    public static void requireWriter() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:default:connection")) {
            if (count(c, MAY_WRITE) > 0) {
                return;
            }
        }
        throw new SQLException("you have read-only access: UPDATE is not permitted", "42500");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
