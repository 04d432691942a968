package org.warmline.app.cli;

import java.nio.file.Path;
import org.warmline.platform.db.Database;
import org.warmline.server.AccessFailures;
import org.warmline.server.Passwords;
import picocli.CommandLine.Option;

/** The shared options of commands that sign in to a running office server. */
public final class OfficeLogin {
    @Option(names = "--server", paramLabel = "HOST:PORT",
            description = "The office server (instead of --host and --port)")
    String server;
    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Office server address (default: ${DEFAULT-VALUE})")
    String host;
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1527",
            description = "Office server port (default: ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--user", paramLabel = "USER", defaultValue = "admin",
            description = "Who signs in (default: ${DEFAULT-VALUE})")
    String user;
    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password (default: ask on the console)")
    Path passwordFile;

    /** True when --server was given (commands that also work on the laptop database). */
    boolean serverGiven() {
        return server != null;
    }

    /** Signs in to the office server; a refused login is a one-line error. */
    Database open() {
        String h = host;
        int p = port;
        if (server != null) {
            int colon = server.lastIndexOf(':');
            if (colon <= 0) {
                throw new UserError("--server must be HOST:PORT, e.g. 192.168.1.20:1527");
            }
            h = server.substring(0, colon);
            try {
                p = Integer.parseInt(server.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new UserError("--server must be HOST:PORT, e.g. 192.168.1.20:1527");
            }
        }
        char[] password = password("Password of " + user + ": ");
        try {
            return Database.office(h, p, user, password);
        } catch (RuntimeException e) {
            throw refusal(e);
        }
    }

    /** The password from --password-file or the console. */
    char[] password(String prompt) {
        try {
            return Passwords.read(passwordFile, prompt, "--password-file");
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** A login or permission refusal as a one-line error; other failures unchanged. */
    static RuntimeException refusal(RuntimeException e) {
        return AccessFailures.explain(e).<RuntimeException>map(UserError::new).orElse(e);
    }
}
