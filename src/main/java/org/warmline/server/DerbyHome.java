package org.warmline.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Derby's system home for the office server: the data directory, with a {@code derby.properties}
 * that turns NATIVE authentication on system-wide (so nobody can create databases or stop the
 * server without credentials) and SQL authorization on for every database.
 */
final class DerbyHome {
    static final String PROPERTIES = "derby.properties";

    private DerbyHome() {
    }

    /** Writes derby.properties and points this process's Derby at the data directory. */
    static void configure(Path home, ServerConfig config) throws IOException {
        if ("test".equalsIgnoreCase(System.getProperty("derby.system.durability"))) {
            throw new IllegalStateException(
                    "refusing to start: derby.system.durability=test can lose committed data");
        }
        StringBuilder text = new StringBuilder()
                .append("# Written by the Warmline server at every start; edit server.properties instead.\n")
                .append("derby.authentication.provider=NATIVE:").append(OfficeServer.DATABASE)
                .append(":LOCAL\n")
                .append("derby.database.sqlAuthorization=true\n")
                .append("derby.drda.host=").append(config.host()).append('\n')
                .append("derby.drda.portNumber=").append(config.port()).append('\n')
                .append("derby.infolog.append=true\n");
        if (config.tls()) {
            text.append("derby.drda.sslMode=basic\n");
            System.setProperty("javax.net.ssl.keyStore", config.tlsKeystore().toString());
            if (config.tlsPasswordFile() != null) {
                System.setProperty("javax.net.ssl.keyStorePassword",
                        Files.readString(config.tlsPasswordFile(), StandardCharsets.UTF_8).strip());
            }
        }
        Files.writeString(home.resolve(PROPERTIES), text.toString(), StandardCharsets.UTF_8);
        System.setProperty("derby.system.home", home.toString());
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
        }
    }
}
