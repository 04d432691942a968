package org.warmline.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.derby.drda.NetworkServerControl;
import org.warmline.platform.db.Database;

/**
 * The office server: a Derby Network Server for the database {@value #DATABASE} with NATIVE
 * authentication set system-wide, SQL authorization, Warmline's roles, and a daily backup.
 * One per process: Derby's system home and properties are process-wide.
 *
 * <pre>{@code
 * try (OfficeServer server = OfficeServer.start(config, password)) {
 *     server.awaitShutdown();
 * }
 * }</pre>
 */
public final class OfficeServer implements AutoCloseable {
    /** The office database's name on the server. */
    public static final String DATABASE = Database.OFFICE_DATABASE;
    /** The owner of the office database, created on first start. */
    public static final String OWNER = "admin";
    private static final Logger LOG = Logger.getLogger(OfficeServer.class.getName());
    private final ServerConfig config;
    private final NetworkServerControl control;
    private final char[] password;
    private final Database owner;
    private final BackupSchedule schedule;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    private boolean closed;

    private OfficeServer(ServerConfig config, NetworkServerControl control, char[] password,
                         Database owner, BackupSchedule schedule) {
        this.config = config;
        this.control = control;
        this.password = password;
        this.owner = owner;
        this.schedule = schedule;
    }

    /**
     * Starts the server: writes derby.properties, creates or upgrades the office database as its
     * owner, grants the roles, listens on the configured address and schedules the daily backup.
     * Must run before anything else in the process boots Derby.
     */
    public static OfficeServer start(ServerConfig config, char[] ownerPassword) throws Exception {
        Path home = config.dataDir().toAbsolutePath();
        Files.createDirectories(home);
        DerbyHome.configure(home, config);
        OfficeSetup.prepare(OWNER, ownerPassword);
        NetworkServerControl control = new NetworkServerControl(
                InetAddress.getByName(config.host()), config.port(), OWNER, new String(ownerPassword));
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(home.resolve("server.log"),
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND), true);
        control.start(log);
        awaitListening(control);
        Database owner = Database.office(connectHost(config.host()), config.port(), OWNER,
                ownerPassword).migrated();
        OfficeSetup.grantAll(owner);
        OfficeSetup.ensureOwnerRecruiter(owner, OWNER, "Administrator");
        BackupSchedule schedule = new BackupSchedule(new BackupService(owner, Clock.systemUTC()),
                config, Clock.systemDefaultZone());
        if (config.backupEnabled()) {
            schedule.start();
        }
        return new OfficeServer(config, control, ownerPassword.clone(), owner, schedule);
    }

    /** The address clients connect to. */
    public String host() {
        return config.host();
    }

    public int port() {
        return config.port();
    }

    /** The line printed when the server is ready for clients. */
    public String readyLine() {
        return "server_ready host=" + config.host() + " port=" + config.port() + " database="
                + DATABASE;
    }

    /** Blocks until {@link #close()} ran (e.g. from the shutdown hook). */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /** Stops backups, the network server and the Derby engine, in that order. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        schedule.close();
        owner.close();
        try {
            control.shutdown();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "network server shutdown failed", e);
        }
        shutdownEngine();
        java.util.Arrays.fill(password, '\0');
        stopped.countDown();
    }

    private void shutdownEngine() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true", OWNER, new String(password));
        } catch (SQLException e) {
            // Derby reports a clean engine shutdown as XJ015.
            if (!"XJ015".equals(e.getSQLState())) {
                LOG.log(Level.WARNING, "Derby shutdown failed", e);
            }
        }
    }

    private static String connectHost(String host) {
        return "0.0.0.0".equals(host) ? "127.0.0.1" : host;
    }

    private static void awaitListening(NetworkServerControl control) throws Exception {
        Exception last = null;
        for (int i = 0; i < 200; i++) {
            try {
                control.ping();
                return;
            } catch (Exception notYet) {
                last = notYet;
                Thread.sleep(25);
            }
        }
        throw new IOException("the server did not start listening", last);
    }
}
