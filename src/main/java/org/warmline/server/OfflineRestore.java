package org.warmline.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.warmline.platform.db.SqlTypes;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.warmline.platform.db.DataAccessException;
import org.warmline.platform.db.Database;

/**
 * Restores a database from a backup while nobody uses it: first a safety backup of the current
 * database, then Derby's {@code restoreFrom}, then SYSCS_CHECK_TABLE on every table, and an
 * audit entry in the restored database.
 */
public final class OfflineRestore {
    private static final String SAFETY_PREFIX = "before-restore-";
    private static final String FIND_OFFICE_SCHEMA =
            "SELECT COUNT(*) FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = '" + Database.OFFICE_SCHEMA + "'";
    private static final String AUDIT = """
            INSERT INTO audit_log (occurred_at, actor, action, subject_kind, subject_id, details)
            VALUES (?, ?, 'RESTORE', NULL, NULL, ?)""";
    private final Clock clock;

    /** What a restore did: the safety copy of the replaced database (null if there was none). */
    public record Result(Path safetyBackup, Path restoredFrom, List<String> checkedTables) {
    }

    public OfflineRestore(Clock clock) {
        this.clock = clock;
    }

    /**
     * Replaces the database in {@code databaseDir} with the copy in {@code from} (a backup
     * folder or the folder that holds it). {@code user} null for a laptop database without
     * logins; the office database needs its owner's credentials.
     */
    public Result restore(Path databaseDir, Path from, Path safetyParent, String user,
                          char[] password, String actor) {
        Path source = locate(from.toAbsolutePath(), databaseDir.getFileName().toString());
        Path target = databaseDir.toAbsolutePath();
        Path safety = null;
        try {
            if (Files.isDirectory(target)) {
                safety = safetyParent.toAbsolutePath().resolve(SAFETY_PREFIX
                        + BackupService.STAMP.format(clock.instant().atZone(ZoneId.systemDefault())));
                safetyBackup(target, safety, credentials(user, password));
            }
            Files.createDirectories(target.getParent());
            List<String> checked = restoreAndCheck(target, source, credentials(user, password),
                    actor, safety);
            return new Result(safety == null ? null : safety.resolve(target.getFileName()), source,
                    checked);
        } catch (SQLException e) {
            throw DataAccessException.from(e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot restore into " + target + ": " + e.getMessage(), e);
        }
    }

    /** The backup copy inside {@code from}: the folder itself or its one database folder. */
    static Path locate(Path from, String preferredName) {
        if (Files.isRegularFile(from.resolve("service.properties"))) {
            return from;
        }
        if (Files.isRegularFile(from.resolve(preferredName).resolve("service.properties"))) {
            return from.resolve(preferredName);
        }
        try (Stream<Path> list = Files.list(from)) {
            List<Path> copies = list.filter(p -> Files.isRegularFile(p.resolve("service.properties")))
                    .toList();
            if (copies.size() == 1) {
                return copies.get(0);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the backup folder " + from);
        }
        throw new IllegalArgumentException("no Warmline backup in " + from);
    }

    private static void safetyBackup(Path target, Path safety, Properties login)
            throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + target, login);
             PreparedStatement ps = c.prepareStatement(BackupService.BACKUP)) {
            ps.setString(1, safety.toString());
            ps.execute();
        }
        shutdown(target, login);
    }

    private List<String> restoreAndCheck(Path target, Path source, Properties login, String actor,
                                         Path safety) throws SQLException {
        List<String> checked = new ArrayList<>();
        String url = "jdbc:derby:" + target + ";restoreFrom=" + source;
        try (Connection c = DriverManager.getConnection(url, login)) {
            List<String[]> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(BackupService.USER_TABLES);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] t : tables) {
                checkTable(c, t[0], t[1]);
                checked.add(t[0] + "." + t[1]);
            }
            audit(c, actor, "restored from " + source + (safety == null ? ""
                    : "; previous database saved in " + safety));
        }
        shutdown(target, login);
        return checked;
    }

    private static void checkTable(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BackupService.CHECK_TABLE)) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new SQLException("table " + schema + "." + table + " failed its check",
                            "XSLA0");
                }
            }
        }
    }

    private void audit(Connection c, String actor, String details) throws SQLException {
        boolean office;
        try (PreparedStatement ps = c.prepareStatement(FIND_OFFICE_SCHEMA);
             ResultSet rs = ps.executeQuery()) {
            office = rs.next() && rs.getInt(1) > 0;
        }
        if (office) {
            try (var st = c.createStatement()) {
                st.execute("SET SCHEMA " + Database.OFFICE_SCHEMA);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(AUDIT)) {
            SqlTypes.setInstant(ps, 1, clock.instant());
            ps.setString(2, actor);
            ps.setString(3, details);
            ps.executeUpdate();
        }
    }

    private static void shutdown(Path target, Properties login) {
        try {
            DriverManager.getConnection("jdbc:derby:" + target + ";shutdown=true", login).close();
        } catch (SQLException expected) {
            // 08006: the database was shut down.
            if (!"08006".equals(expected.getSQLState())) {
                throw DataAccessException.from(expected);
            }
        }
    }

    private static Properties credentials(String user, char[] password) {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
            p.setProperty("password", new String(password));
        }
        return p;
    }
}
