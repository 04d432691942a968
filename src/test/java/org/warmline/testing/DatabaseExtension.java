package org.warmline.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.warmline.platform.db.Database;

/** Supplies a fresh, migrated database per test; see {@link DbTest}. */
public final class DatabaseExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NS =
            ExtensionContext.Namespace.create(DatabaseExtension.class);
    private static NetworkServerControl server;
    private static int port;

    /** True when this run targets the network server. */
    public static boolean networkMode() {
        return "network".equals(System.getProperty("warmline.test.db"));
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        try {
            Path dir = Files.createTempDirectory("warmline-db");
            copyTree(template(), dir.resolve("crm"));
            Database db = open(dir.resolve("crm")).migrated();
            c.getStore(NS).put("db", db);
            c.getStore(NS).put("dir", dir);
            return db;
        } catch (IOException e) {
            throw new ParameterResolutionException("cannot create temp dir", e);
        }
    }

    private static Path template;

    /**
     * A database migrated once per test JVM and shut down cleanly; each test gets a copy of its
     * files, which is the same database as a fresh migration at a fraction of the cost.
     */
    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("warmline-template").resolve("crm");
            Database.embedded(dir).migrated().close();
            template = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    deleteTree(dir.getParent());
                } catch (IOException ignored) {
                    // A temp directory left behind is harmless.
                }
            }));
        }
        return template;
    }

    /** A fresh migrated embedded database at {@code dir} (which must not exist yet). */
    public static Database freshEmbedded(Path dir) throws IOException {
        copyTree(template(), dir);
        return Database.embedded(dir).migrated();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    /** Opens a database at {@code dir}, embedded or through the shared test server. */
    public static synchronized Database open(Path dir) {
        if (!networkMode()) {
            return Database.embedded(dir);
        }
        ensureServer();
        return Database.network("127.0.0.1", port, dir.toAbsolutePath() + ";create=true", "app",
                "app".toCharArray());
    }

    private static void ensureServer() {
        if (server != null) {
            return;
        }
        try {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            server = new NetworkServerControl(InetAddress.getByName("127.0.0.1"), port);
            server.start(new PrintWriter(System.out, true));
            for (int i = 0; i < 100; i++) {
                try {
                    server.ping();
                    return;
                } catch (Exception notYet) {
                    Thread.sleep(50);
                }
            }
            throw new IllegalStateException("Derby network server did not start on " + port);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start Derby network server", e);
        }
    }

    @Override
    public void afterEach(ExtensionContext c) throws Exception {
        Database db = c.getStore(NS).remove("db", Database.class);
        Path dir = c.getStore(NS).remove("dir", Path.class);
        if (db != null) {
            db.close();
            if (networkMode()) {
                shutdownRemote(dir.resolve("crm"));
            }
        }
        if (dir != null) {
            deleteTree(dir);
        }
    }

    private static void shutdownRemote(Path dbDir) {
        try {
            java.sql.DriverManager.getConnection("jdbc:derby://127.0.0.1:" + port + "/"
                    + dbDir.toAbsolutePath() + ";shutdown=true", "app", "app").close();
        } catch (java.sql.SQLException expected) {
            // 08006: database shut down.
        }
    }

    /** Deletes a directory tree, ignoring files that are already gone. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
