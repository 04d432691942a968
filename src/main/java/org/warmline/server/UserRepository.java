package org.warmline.server;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.Tx;
import org.warmline.recruiter.Role;

/** SQL for office logins: Derby's NATIVE credentials, role grants, and the recruiter rows. */
final class UserRepository {
    private static final String CREATE_USER = "CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)";
    private static final String RESET_PASSWORD = "CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD(?, ?)";
    private static final String DROP_USER = "CALL SYSCS_UTIL.SYSCS_DROP_USER(?)";
    private static final String GRANTS = "SELECT GRANTEE, ROLEID FROM SYS.SYSROLES WHERE ISDEF = 'N'";
    private static final String OWNER = "SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?";
    private static final String CURRENT_USER = "VALUES CURRENT_USER";
    private static final String RECRUITERS = """
            SELECT login, display_name, active FROM recruiter ORDER BY login""";
    private static final String FIND_RECRUITER = """
            SELECT id, active FROM recruiter WHERE login = ?""";
    private static final String INSERT_RECRUITER = """
            INSERT INTO recruiter (login, display_name, active) VALUES (?, ?, TRUE)""";
    private static final String SET_ACTIVE = """
            UPDATE recruiter SET active = ?, version = version + 1 WHERE login = ?""";

    /** A recruiter row: id and whether it is active. */
    record RecruiterRow(long id, boolean active) {
    }

    void createUser(Tx tx, String login, char[] password) throws SQLException {
        tx.update(CREATE_USER, ps -> {
            ps.setString(1, login);
            ps.setString(2, new String(password));
        });
    }

    void resetPassword(Tx tx, String login, char[] password) throws SQLException {
        tx.update(RESET_PASSWORD, ps -> {
            ps.setString(1, login);
            ps.setString(2, new String(password));
        });
    }

    void dropUser(Tx tx, String login) throws SQLException {
        tx.update(DROP_USER, ps -> ps.setString(1, login));
    }

    /** Grants {@code role}; {@code login} must be a plain identifier (checked by the service). */
    void grant(Tx tx, Role role, String login) throws SQLException {
        try (Statement st = tx.connection().createStatement()) {
            st.execute("GRANT " + role.sqlRole() + " TO " + login);
        }
    }

    void revoke(Tx tx, Role role, String login) throws SQLException {
        try (Statement st = tx.connection().createStatement()) {
            st.execute("REVOKE " + role.sqlRole() + " FROM " + login);
        }
    }

    /** Role per login (lower case), from the role grants. */
    Map<String, Role> roles(Tx tx) throws SQLException {
        Map<String, Role> roles = new HashMap<>();
        for (String[] grant : tx.query(GRANTS, Binder.NONE,
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            Optional<Role> role = roleFor(grant[1]);
            role.ifPresent(r -> roles.merge(grant[0].toLowerCase(Locale.ROOT), r,
                    (a, b) -> a.ordinal() <= b.ordinal() ? a : b));
        }
        return roles;
    }

    /** The owner of the office schema: the database owner (lower case). */
    String owner(Tx tx) throws SQLException {
        return tx.queryOne(OWNER, ps -> ps.setString(1, Database.OFFICE_SCHEMA),
                rs -> rs.getString(1)).orElse("").toLowerCase(Locale.ROOT);
    }

    String currentUser(Tx tx) throws SQLException {
        return tx.queryOne(CURRENT_USER, Binder.NONE, rs -> rs.getString(1)).orElse("")
                .toLowerCase(Locale.ROOT);
    }

    List<String[]> recruiters(Tx tx) throws SQLException {
        return tx.query(RECRUITERS, Binder.NONE, rs -> new String[] {rs.getString(1),
                rs.getString(2), String.valueOf(rs.getBoolean(3))});
    }

    Optional<RecruiterRow> findRecruiter(Tx tx, String login) throws SQLException {
        return tx.queryOne(FIND_RECRUITER, ps -> ps.setString(1, login),
                rs -> new RecruiterRow(rs.getLong(1), rs.getBoolean(2)));
    }

    long insertRecruiter(Tx tx, String login, String displayName) throws SQLException {
        return tx.insert(INSERT_RECRUITER, ps -> {
            ps.setString(1, login);
            ps.setString(2, displayName);
        });
    }

    void setActive(Tx tx, String login, boolean active) throws SQLException {
        tx.update(SET_ACTIVE, ps -> {
            ps.setBoolean(1, active);
            ps.setString(2, login);
        });
    }

    private static Optional<Role> roleFor(String sqlRole) {
        for (Role role : Role.values()) {
            if (role.sqlRole().equalsIgnoreCase(sqlRole)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
