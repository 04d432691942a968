package org.warmline.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.warmline.platform.db.Database;

/** {@code warmline server} in a child JVM on 127.0.0.1 and a free port, as in production. */
public final class ServerProcess implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-secret-1";
    final Path dataDir;
    final int port;
    private Process process;

    public ServerProcess(Path dataDir) throws IOException {
        this(dataDir, freePort());
    }

    /** A server on a given port, e.g. to restart one on the port its clients know. */
    ServerProcess(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Starts the child JVM and waits for its ready line. */
    public ServerProcess start() throws IOException {
        Files.createDirectories(dataDir);
        Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + ".pw");
        Files.writeString(passwordFile, ADMIN_PASSWORD + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "org.warmline.app.Main", "server",
                "--data-dir", dataDir.toString(), "--port", String.valueOf(port),
                "--admin-password-file", passwordFile.toString()));
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        process = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("server_ready ")) {
                drain(out);
                return this;
            }
            seen.append(line).append('\n');
        }
        throw new IOException("the server did not start:\n" + seen);
    }

    public Database login(String user, String password) {
        return Database.office("127.0.0.1", port, user, password.toCharArray());
    }

    public Database admin() {
        return login(OfficeServer.OWNER, ADMIN_PASSWORD);
    }

    /** Kills the server JVM at once, as a power cut would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** Stops the server like SIGTERM does; returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private static void drain(BufferedReader out) {
        Thread t = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // The server's further output is not needed; reading keeps the pipe open.
                }
            } catch (IOException closed) {
                // The process ended.
            }
        }, "server-output");
        t.setDaemon(true);
        t.start();
    }
}
