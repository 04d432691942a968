package org.warmline.installer;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs programs for the installer test: output captured, a time limit, the time taken. */
final class Shell {
    /** What a finished program did. */
    record Result(List<String> command, int code, String output, Duration took) {
        Result requireSuccess() {
            if (code != 0) {
                throw new AssertionError("exit " + code + " from " + String.join(" ", command)
                        + ":\n" + tail(output));
            }
            return this;
        }
    }

    private Shell() {
    }

    /** Runs a command to completion (stdout and stderr merged), killing it after {@code limit}. */
    static Result run(Duration limit, String... command) throws IOException, InterruptedException {
        return run(limit, List.of(command));
    }

    static Result run(Duration limit, List<String> command) throws IOException,
            InterruptedException {
        Path log = Files.createTempFile("warmline-installer", ".log");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + limit
                        + ":\n" + tail(Files.readString(log, StandardCharsets.UTF_8)));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return new Result(command, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8),
                    took);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The command prefix that gives a GUI a display: none when DISPLAY is set, else xvfb-run. */
    static List<String> displayPrefix() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return List.of();
        }
        Path xvfb = onPath("xvfb-run").orElseThrow(() -> new AssertionError(
                "no DISPLAY and no xvfb-run: install xvfb and xauth"));
        return List.of(xvfb.toString(), "-a", "-s", "-screen 0 1440x900x24");
    }

    static List<String> withDisplay(String... command) {
        List<String> all = new ArrayList<>(displayPrefix());
        all.addAll(List.of(command));
        return all;
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path candidate = Paths.get(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 3000));
    }
}
