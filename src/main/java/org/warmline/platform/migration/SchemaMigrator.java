package org.warmline.platform.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.DataAccessException;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.Tx;

/**
 * Applies the versioned scripts in {@code db/migration/V###__name.sql} in order, each in its
 * own transaction, and records them with a checksum in {@code schema_history}. A script that
 * changed after it was applied, or a database newer than this build, stops the start.
 */
public final class SchemaMigrator {
    /** Where the application's scripts live on the class path. */
    public static final String LOCATION = "db/migration";
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__([A-Za-z0-9_]+)\\.sql");
    private static final String CREATE_HISTORY = """
            CREATE TABLE schema_history (
                version     INT          NOT NULL PRIMARY KEY,
                description VARCHAR(200) NOT NULL,
                checksum    VARCHAR(64)  NOT NULL,
                applied_at  TIMESTAMP    NOT NULL)""";
    private static final String SELECT_HISTORY =
            "SELECT version, checksum FROM schema_history ORDER BY version";
    private static final String INSERT_HISTORY = """
            INSERT INTO schema_history (version, description, checksum, applied_at)
            VALUES (?, ?, ?, ?)""";

    private final Database database;
    private final String location;

    /** One migration script. */
    public record Migration(int version, String description, String sql, String checksum) {
    }

    public SchemaMigrator(Database database) {
        this(database, LOCATION);
    }

    /** A migrator for scripts in another class-path folder (tests of upgrades). */
    public SchemaMigrator(Database database, String location) {
        this.database = database;
        this.location = location;
    }

    /** The scripts this migrator knows, in version order. */
    public List<Migration> available() {
        Map<Integer, Migration> byVersion = new TreeMap<>();
        for (Map.Entry<String, String> script : readScripts(location).entrySet()) {
            Matcher m = NAME.matcher(script.getKey());
            if (!m.matches()) {
                continue;
            }
            int version = Integer.parseInt(m.group(1));
            String sql = script.getValue();
            if (byVersion.put(version, new Migration(version, m.group(2).replace('_', ' '), sql,
                    sha256(sql))) != null) {
                throw new IllegalStateException("two migrations with version " + version);
            }
        }
        return List.copyOf(byVersion.values());
    }

    /** The highest version applied to the database, 0 for an empty one. */
    public int currentVersion() {
        return database.read(tx -> hasHistory(tx)
                ? (int) tx.queryLong("SELECT COALESCE(MAX(version), 0) FROM schema_history",
                Binder.NONE)
                : 0);
    }

    /** Brings the database to the newest schema; returns how many scripts were applied. */
    public int migrate() {
        List<Migration> scripts = available();
        Map<Integer, String> applied = database.inTransaction(tx -> {
            if (!hasHistory(tx)) {
                try (Statement st = tx.connection().createStatement()) {
                    st.execute(CREATE_HISTORY);
                }
            }
            Map<Integer, String> done = new TreeMap<>();
            for (String[] row : tx.query(SELECT_HISTORY, Binder.NONE,
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                done.put(Integer.parseInt(row[0]), row[1]);
            }
            return done;
        });
        int newest = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
        for (Map.Entry<Integer, String> entry : applied.entrySet()) {
            if (entry.getKey() > newest) {
                throw new DataAccessException("the database has schema version " + entry.getKey()
                        + ", newer than this Warmline (" + newest + "); please update Warmline",
                        null, null);
            }
        }
        int count = 0;
        for (Migration migration : scripts) {
            String checksum = applied.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new DataAccessException("schema migration V" + migration.version()
                            + " was changed after it was applied", null, null);
                }
                continue;
            }
            apply(migration);
            count++;
        }
        return count;
    }

    private void apply(Migration migration) {
        database.inTransaction(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                for (String statement : statements(migration.sql())) {
                    st.execute(statement);
                }
            }
            tx.update(INSERT_HISTORY, ps -> {
                ps.setInt(1, migration.version());
                ps.setString(2, migration.description());
                ps.setString(3, migration.checksum());
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
            });
            return null;
        });
    }

    private static boolean hasHistory(Tx tx) throws SQLException {
        return tx.queryLong("""
                SELECT COUNT(*) FROM sys.systables t JOIN sys.sysschemas s
                    ON t.schemaid = s.schemaid
                 WHERE t.tablename = 'SCHEMA_HISTORY' AND s.schemaname = CURRENT SCHEMA""",
                Binder.NONE) > 0;
    }

    /** Splits a script into statements: ';' at the end of a line ends one; '--' lines are comments. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static Map<String, String> readScripts(String location) {
        URL url = SchemaMigrator.class.getClassLoader().getResource(location);
        if (url == null) {
            throw new IllegalStateException("no " + location + " on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return readDirectory(fs.getPath(location));
                } catch (java.nio.file.FileSystemAlreadyExistsException open) {
                    return readDirectory(FileSystems.getFileSystem(uri).getPath(location));
                }
            }
            return readDirectory(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readDirectory(Path dir) throws IOException {
        Map<String, String> scripts = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    scripts.put(file.getFileName().toString(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return scripts;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String normalised = text.replace("\r\n", "\n");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
