package org.warmline.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.warmline.platform.db.Database;
import org.warmline.recruiter.Role;

/**
 * Prepares the office database as its owner: creates it (the owner's credentials turn NATIVE
 * authentication on), the WARMLINE schema, the roles, and after migrating grants the roles their
 * rights on every table, so tables added by later migrations are covered on the next start.
 */
final class OfficeSetup {
    private static final String FIND_SCHEMA = "SELECT 1 FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?";
    private static final String FIND_ROLE =
            "SELECT 1 FROM SYS.SYSROLES WHERE ROLEID = ? AND ISDEF = 'Y'";
    private static final String TABLES = """
            SELECT t.TABLENAME FROM SYS.SYSTABLES t
              JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID
             WHERE s.SCHEMANAME = ? AND t.TABLETYPE IN ('T', 'V')
             ORDER BY t.TABLENAME""";
    private static final String SET_SQL_AUTHORIZATION = """
            CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'true')""";
    private static final String FIND_PROCEDURE = """
            SELECT COUNT(*) FROM SYS.SYSALIASES a JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = a.SCHEMAID
             WHERE s.SCHEMANAME = ? AND a.ALIAS = ?""";
    private static final String UNGUARDED_TABLES = """
            SELECT t.TABLENAME FROM SYS.SYSTABLES t
              JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID
             WHERE s.SCHEMANAME = ? AND t.TABLETYPE = 'T'
               AND NOT EXISTS (SELECT 1 FROM SYS.SYSTRIGGERS g
                                WHERE g.TABLEID = t.TABLEID AND g.TRIGGERNAME = 'WL_RO_' || t.TABLENAME)""";
    private static final String FIND_RECRUITER = "SELECT COUNT(*) FROM recruiter WHERE login = ?";
    private static final String INSERT_RECRUITER =
            "INSERT INTO recruiter (login, display_name, active) VALUES (?, ?, TRUE)";
    /** System routines an admin who is not the owner may run: backups, checks, users. */
    private static final List<String> ADMIN_ROUTINES = List.of(
            "PROCEDURE SYSCS_UTIL.SYSCS_BACKUP_DATABASE",
            "PROCEDURE SYSCS_UTIL.SYSCS_CREATE_USER",
            "PROCEDURE SYSCS_UTIL.SYSCS_RESET_PASSWORD",
            "PROCEDURE SYSCS_UTIL.SYSCS_DROP_USER",
            "FUNCTION SYSCS_UTIL.SYSCS_CHECK_TABLE");

    private OfficeSetup() {
    }

    /**
     * Boots (creating on first start) the office database in-process as its owner and makes
     * sure the schema and roles exist. Runs before the network server accepts clients.
     */
    static void prepare(String owner, char[] password) throws SQLException {
        String url = "jdbc:derby:" + OfficeServer.DATABASE + ";create=true";
        try (Connection c = DriverManager.getConnection(url, owner, new String(password));
             Statement st = c.createStatement()) {
            st.execute(SET_SQL_AUTHORIZATION);
            if (!exists(c, FIND_SCHEMA, Database.OFFICE_SCHEMA)) {
                st.execute("CREATE SCHEMA " + Database.OFFICE_SCHEMA);
            }
            for (Role role : Role.values()) {
                if (!exists(c, FIND_ROLE, role.sqlRole())) {
                    st.execute("CREATE ROLE " + role.sqlRole());
                }
            }
        }
    }

    /** Grants the roles their rights on every table and view of the WARMLINE schema. */
    static int grantAll(Database owner) {
        return owner.inTransaction(tx -> {
            List<String> tables = tx.query(TABLES,
                    ps -> ps.setString(1, Database.OFFICE_SCHEMA), rs -> rs.getString(1));
            List<String> grants = new ArrayList<>();
            for (String table : tables) {
                String name = Database.OFFICE_SCHEMA + ".\"" + table.replace("\"", "\"\"") + "\"";
                grants.add("GRANT SELECT, INSERT, UPDATE, DELETE ON " + name + " TO "
                        + Role.ADMIN.sqlRole() + ", " + Role.RECRUITER.sqlRole());
                grants.add("GRANT SELECT ON " + name + " TO " + Role.VIEWER.sqlRole());
            }
            for (String routine : ADMIN_ROUTINES) {
                grants.add("GRANT EXECUTE ON " + routine + " TO " + Role.ADMIN.sqlRole());
            }
            grants.addAll(guards(tx));
            try (Statement st = tx.connection().createStatement()) {
                for (String grant : grants) {
                    st.execute(grant);
                }
            }
            return tables.size();
        });
    }

    /** The write guard procedure and triggers still missing (see {@link WriteGuard}). */
    private static List<String> guards(org.warmline.platform.db.Tx tx) throws SQLException {
        String schema = Database.OFFICE_SCHEMA;
        List<String> ddl = new ArrayList<>();
        if (tx.queryLong(FIND_PROCEDURE, ps -> {
            ps.setString(1, schema);
            ps.setString(2, WriteGuard.PROCEDURE);
        }) == 0) {
            ddl.add("CREATE PROCEDURE " + schema + "." + WriteGuard.PROCEDURE + "()"
                    + " LANGUAGE JAVA PARAMETER STYLE JAVA READS SQL DATA"
                    + " EXTERNAL NAME '" + WriteGuard.class.getName() + ".requireWriter'");
        }
        for (String table : tx.query(UNGUARDED_TABLES, ps -> ps.setString(1, schema),
                rs -> rs.getString(1))) {
            String quoted = table.replace("\"", "\"\"");
            ddl.add("CREATE TRIGGER " + schema + ".\"WL_RO_" + quoted + "\" NO CASCADE BEFORE UPDATE ON "
                    + schema + ".\"" + quoted + "\" FOR EACH STATEMENT CALL " + schema + "."
                    + WriteGuard.PROCEDURE + "()");
        }
        return ddl;
    }

    /** Gives the owner a recruiter row so that the owner's changes are attributed too. */
    static void ensureOwnerRecruiter(Database owner, String login, String displayName) {
        owner.inTransaction(tx -> {
            if (tx.queryLong(FIND_RECRUITER, ps -> ps.setString(1, login)) == 0) {
                tx.insert(INSERT_RECRUITER, ps -> {
                    ps.setString(1, login);
                    ps.setString(2, displayName);
                });
            }
            return null;
        });
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
