package org.warmline.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Properties;

/**
 * How the office server runs: its data directory, address, and the settings kept in
 * {@code server.properties} in that directory (daily backup time and retention, optional TLS).
 */
public record ServerConfig(Path dataDir, String host, int port, boolean backupEnabled,
                           LocalTime backupTime, int backupKeep, Path backupDir,
                           Path tlsKeystore, Path tlsPasswordFile) {
    /** The settings file in the data directory. */
    public static final String FILE = "server.properties";
    private static final String DEFAULTS = """
            # Warmline office server settings. Restart the server after a change.
            # Daily backup of the office database: time of day (server clock), copies kept.
            backup.enabled=true
            backup.time=02:00
            backup.keep=7
            # Where the daily copies go; empty = the backups folder of the data directory.
            backup.dir=
            # Optional TLS (derby.drda.sslMode=basic): a Java keystore with the server's key,
            # and a file holding the keystore password.
            tls.keystore=
            tls.keystore.password.file=
            """;

    /** Reads {@code server.properties} from the data directory, writing the defaults if absent. */
    public static ServerConfig load(Path dataDir, String host, int port) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            Files.writeString(file, DEFAULTS, StandardCharsets.UTF_8);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String dir = p.getProperty("backup.dir", "").strip();
        String keystore = p.getProperty("tls.keystore", "").strip();
        String keyPass = p.getProperty("tls.keystore.password.file", "").strip();
        return new ServerConfig(dataDir, host, port,
                Boolean.parseBoolean(p.getProperty("backup.enabled", "true").strip()),
                LocalTime.parse(p.getProperty("backup.time", "02:00").strip()),
                Math.max(1, Integer.parseInt(p.getProperty("backup.keep", "7").strip())),
                dir.isEmpty() ? dataDir.resolve("backups") : Path.of(dir),
                keystore.isEmpty() ? null : Path.of(keystore),
                keyPass.isEmpty() ? null : Path.of(keyPass));
    }

    /** The office database's directory inside the data directory. */
    public Path databaseDir() {
        return dataDir.resolve(OfficeServer.DATABASE);
    }

    /** True when clients must connect with TLS. */
    public boolean tls() {
        return tlsKeystore != null;
    }
}
