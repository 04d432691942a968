package org.warmline.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.warmline.platform.db.Database;

/**
 * Online backups (SYSCS_BACKUP_DATABASE) of the laptop's or the office database while people
 * work, and consistency checks (SYSCS_CHECK_TABLE) of every table.
 */
public final class BackupService {
    static final String BACKUP = "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)";
    static final String USER_TABLES = """
            SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t
              JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID
             WHERE t.TABLETYPE = 'T'
             ORDER BY s.SCHEMANAME, t.TABLENAME""";
    static final String CHECK_TABLE = "VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Database db;
    private final Clock clock;

    public BackupService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Copies the database, online, into {@code toDir}; the copy is the folder
     * {@code toDir/<database name>}, which {@code restore --from toDir} accepts.
     */
    public Path backup(Path toDir) {
        Path target = toDir.toAbsolutePath();
        db.inTransaction(tx -> tx.update(BACKUP, ps -> ps.setString(1, target.toString())));
        return target.resolve(databaseName());
    }

    /** Backs up into a new time-stamped folder {@code parent/warmline-yyyyMMdd-HHmmss}. */
    public Path backupStamped(Path parent) {
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        return backup(parent.resolve(BackupSchedule.PREFIX + stamp));
    }

    /** Runs SYSCS_CHECK_TABLE on every table; returns the tables checked as SCHEMA.TABLE. */
    public List<String> check() {
        return db.read(tx -> {
            List<String[]> tables = tx.query(USER_TABLES, ps -> { },
                    rs -> new String[] {rs.getString(1), rs.getString(2)});
            List<String> checked = new ArrayList<>();
            for (String[] t : tables) {
                long ok = tx.queryLong(CHECK_TABLE, ps -> {
                    ps.setString(1, t[0]);
                    ps.setString(2, t[1]);
                });
                if (ok != 1) {
                    throw new IllegalStateException("table " + t[0] + "." + t[1] + " failed its check");
                }
                checked.add(t[0] + "." + t[1]);
            }
            return checked;
        });
    }

    private String databaseName() {
        Database.Location where = db.location();
        String name = where.embedded() ? where.path() : where.name();
        // A network name may carry attributes (";create=true") and be a path on the server.
        return Path.of(name.split(";", 2)[0]).getFileName().toString();
    }
}
