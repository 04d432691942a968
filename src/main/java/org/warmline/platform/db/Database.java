package org.warmline.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The Warmline database: embedded Derby in a directory, or a database on a Derby Network
 * Server. Hands out transactions; owns the connection pool; shuts embedded Derby down on close.
 *
 * <pre>{@code
 * try (Database db = Database.embedded(dir).migrated()) {
 *     long n = db.read(tx -> tx.queryLong("SELECT COUNT(*) FROM candidate", Binder.NONE));
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
    private final ConnectionSource connections;
    private final TransactionRunner runner;
    private final Location location;
    private final java.util.concurrent.atomic.AtomicBoolean closed =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** Where the database lives, for the status bar and {@code info}. */
    public record Location(boolean embedded, String path, String host, int port, String name,
                           String user) {
        /** A one-line description: the file path or {@code server host:port/name}. */
        public String describe() {
            return embedded ? path : host + ":" + port + "/" + name;
        }
    }

    private Database(ConnectionSource connections, Location location) {
        this.connections = connections;
        this.location = location;
        this.runner = new TransactionRunner(connections, !location.embedded());
    }

    /** Opens (creating if needed) an embedded database in {@code directory}. */
    public static Database embedded(Path directory) {
        refuseUnsafeDurability();
        Path absolute = directory.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent != null && Files.isDirectory(parent) && !Files.isWritable(parent)) {
            throw new DataAccessException("the data directory " + parent + " is read-only", "XBM0H",
                    null);
        }
        Properties props = new Properties();
        String url = "jdbc:derby:" + absolute + ";create=true";
        Database db = new Database(new ConnectionSource(url, props),
                new Location(true, absolute.toString(), null, 0, null, null));
        db.probe();
        return db;
    }

    /**
     * Opens an existing embedded database that has logins (the office database, opened on the
     * server machine while the server is stopped), working in {@code schema}.
     */
    public static Database embeddedAs(Path directory, String user, char[] password, String schema) {
        refuseUnsafeDurability();
        Path absolute = directory.toAbsolutePath();
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", new String(password));
        Database db = new Database(new ConnectionSource("jdbc:derby:" + absolute, props, schema),
                new Location(true, absolute.toString(), null, 0, null, user));
        db.probe();
        return db;
    }

    /** The schema that holds Warmline's tables in the office database on a server. */
    public static final String OFFICE_SCHEMA = "WARMLINE";
    /** The name of the office database on a server. */
    public static final String OFFICE_DATABASE = "warmline";

    /** Connects to a database served by a Derby Network Server, in the user's own schema. */
    public static Database network(String host, int port, String name, String user,
                                   char[] password) {
        return network(host, port, name, user, password, null);
    }

    /**
     * Connects to the office database on a Warmline server: database {@value #OFFICE_DATABASE},
     * every connection working in schema {@value #OFFICE_SCHEMA} whoever signs in.
     */
    public static Database office(String host, int port, String user, char[] password) {
        return network(host, port, OFFICE_DATABASE, user, password, OFFICE_SCHEMA);
    }

    /** Connects to a database on a server; {@code schema} null keeps the user's own schema. */
    public static Database network(String host, int port, String name, String user,
                                   char[] password, String schema) {
        refuseUnsafeDurability();
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", new String(password));
        String url = "jdbc:derby://" + host + ":" + port + "/" + name;
        Database db = new Database(new ConnectionSource(url, props, schema),
                new Location(false, null, host, port, name, user));
        db.probe();
        return db;
    }

    /** Applies pending schema migrations and returns this database. */
    public Database migrated() {
        new org.warmline.platform.migration.SchemaMigrator(this).migrate();
        probe();
        return this;
    }

    public Location location() {
        return location;
    }

    /** Runs work in one transaction: commit on return, rollback on any failure. */
    public <T> T inTransaction(TxWork<T> work) {
        return run(work, false);
    }

    /** Runs read-only work (the connection is marked read-only for its duration). */
    public <T> T read(TxWork<T> work) {
        return run(work, true);
    }

    private <T> T run(TxWork<T> work, boolean readOnly) {
        if (closed.get()) {
            throw new DataAccessException("the database is closed", "08003", null);
        }
        return runner.run(work, readOnly);
    }

    /**
     * Calls {@code listener} (on the thread that noticed) whenever the server goes away, comes
     * back, or stays away past the reconnect window.
     */
    public void onConnectionState(Consumer<ConnectionState> listener) {
        runner.addListener(listener);
    }

    /** Whether the server is reachable, as last noticed. */
    public ConnectionState connectionState() {
        return runner.state();
    }

    /** How long work waits for a server that went away before it fails (default 2 minutes). */
    public Database reconnectWindow(Duration window) {
        runner.reconnectWindow(window);
        return this;
    }

    /** Identifies this client in the transaction journal (other clients' changes differ). */
    public String origin() {
        return runner.origin();
    }

    /** True when write transactions are journalled (the schema has {@code tx_log}). */
    public boolean journalling() {
        return runner.journalling();
    }

    /** How many times deadlock victims were retried since the database was opened. */
    public long deadlockRetries() {
        return runner.deadlockRetries();
    }

    /** How many reconnect attempts were made since the database was opened. */
    public long reconnectAttempts() {
        return runner.reconnects();
    }

    /** The transaction runner, for tests in this package. */
    TransactionRunner runner() {
        return runner;
    }

    private void probe() {
        boolean hasJournal = read(tx -> TxJournal.exists(tx.connection()));
        runner.journal(hasJournal);
    }

    private static void refuseUnsafeDurability() {
        if ("test".equalsIgnoreCase(System.getProperty("derby.system.durability"))) {
            throw new DataAccessException(
                    "refusing to start: derby.system.durability=test can lose committed data",
                    null, null);
        }
    }

    /** Closes the pool and, for an embedded database, shuts it down cleanly. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        connections.close();
        if (location.embedded()) {
            String url = connections.url();
            String base = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
            try {
                DriverManager.getConnection(base + ";shutdown=true", connections.properties())
                        .close();
            } catch (SQLException expected) {
                // Derby reports a successful database shutdown as SQLState 08006.
                if (!"08006".equals(expected.getSQLState())) {
                    throw DataAccessException.from(expected);
                }
            }
        }
    }
}
