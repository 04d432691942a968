package org.warmline.installer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The installed "Warmline Server" launcher running in the background: started with a data
 * directory, address and password file, ready once it prints its {@code server_ready} line.
 */
final class InstalledServer implements AutoCloseable {
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<String> ready = new CompletableFuture<>();

    private InstalledServer(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "installed-server-output");
        reader.setDaemon(true);
        reader.start();
    }

    static InstalledServer start(Path launcher, Path dataDir, int port, Path passwordFile)
            throws IOException {
        Process p = new ProcessBuilder(List.of(launcher.toString(), "--data-dir",
                dataDir.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--admin-password-file", passwordFile.toString()))
                .redirectErrorStream(true).start();
        return new InstalledServer(p);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("server_ready ")) {
                    ready.complete(line);
                }
            }
            String code = process.waitFor(10, TimeUnit.SECONDS)
                    ? String.valueOf(process.exitValue()) : "none yet";
            ready.completeExceptionally(new AssertionError(
                    "the server ended before it was ready (exit " + code + "):\n" + output));
        } catch (IOException | InterruptedException e) {
            ready.completeExceptionally(e);
        }
    }

    /** The {@code server_ready ...} line, waiting at most {@code limit}. */
    String awaitReady(Duration limit) throws Exception {
        try {
            return ready.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no server_ready line in " + limit + ":\n" + output, e);
        }
    }

    /** Sends SIGTERM and returns the exit code; fails if it does not stop within {@code limit}. */
    int stop(Duration limit) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the server did not stop on SIGTERM in " + limit + ":\n"
                    + output);
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        return output.toString();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
