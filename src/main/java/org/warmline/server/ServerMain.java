package org.warmline.server;

import java.nio.file.Path;

/**
 * Runs the office server in the foreground without the rest of the command line:
 * {@code ServerMain --data-dir DIR [--host H] [--port P] [--admin-password-file F]}. Prints the
 * ready line on stdout and stops cleanly on SIGTERM or Ctrl+C.
 */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = null;
        String host = "127.0.0.1";
        int port = 1527;
        Path passwordFile = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data-dir" -> dir = Path.of(args[i + 1]);
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--admin-password-file" -> passwordFile = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("--data-dir is required");
        }
        char[] password = Passwords.read(passwordFile, "Password of admin: ", "--admin-password-file");
        runForeground(ServerConfig.load(dir.toAbsolutePath(), host, port), password,
                new java.io.PrintWriter(System.out, true));
    }

    /** Starts the server, prints the ready line, and blocks until the process is stopped. */
    public static void runForeground(ServerConfig config, char[] password,
                                     java.io.PrintWriter out) throws Exception {
        OfficeServer server = OfficeServer.start(config, password);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "warmline-server-stop"));
        out.println(server.readyLine());
        out.flush();
        server.awaitShutdown();
    }
}
