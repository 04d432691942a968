package org.warmline.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warmline.server.AccessFailures;
import org.warmline.server.Passwords;
import org.warmline.server.ServerConfig;
import org.warmline.server.ServerMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code warmline server}: runs the office server in the foreground until Ctrl+C or SIGTERM. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Run the office server (Derby Network Server with logins) in the foreground.",
                "The first start creates the office database and the user admin."})
public final class ServerCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;
    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; a LAN address to serve the office)")
    String host;
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1527",
            description = "Port to listen on (default: ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "File whose first line is admin's password (default: ask on the console)")
    Path adminPasswordFile;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dir = data.resolve();
        char[] password;
        try {
            boolean firstStart = !java.nio.file.Files.isDirectory(
                    dir.resolve(org.warmline.server.OfficeServer.DATABASE));
            password = firstStart
                    ? Passwords.readNew(adminPasswordFile, "New password of admin: ",
                            "--admin-password-file")
                    : Passwords.read(adminPasswordFile, "Password of admin: ",
                            "--admin-password-file");
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            ServerMain.runForeground(ServerConfig.load(dir, host, port), password, out);
        } catch (java.sql.SQLException | RuntimeException e) {
            throw new UserError("the server did not start: " + AccessFailures.explain(e)
                    .map(reason -> reason + " (admin)").orElseGet(() -> UserError.explain(e)));
        }
        return 0;
    }
}
