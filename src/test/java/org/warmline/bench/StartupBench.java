package org.warmline.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start-up: separate JVMs open the main window on the benchmark data with
 * {@code --smoke-test} and report {@code startup_ms} (time since their JVM started); the median
 * counts. Runs the packaged jar when it exists, otherwise the class path of this JVM, and uses
 * {@code xvfb-run} when there is no display.
 */
final class StartupBench {
    private static final Pattern STARTUP = Pattern.compile("startup_ms=(\\d+)");
    private static final long TIMEOUT_SECONDS = 120;

    static void run(Path data, Path jar, int runs, Map<String, Object> out) throws Exception {
        Optional<List<String>> display = displayPrefix();
        out.put("startup_runs", runs);
        if (display.isEmpty()) {
            out.put("startup_ms", null);
            out.put("startup_note", "no display and no xvfb-run: start-up not measured");
            return;
        }
        List<String> command = new ArrayList<>(display.get());
        command.addAll(launch(jar));
        command.addAll(List.of("--data-dir", data.toString(), "--smoke-test"));
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = once(command, data) * 1_000_000L;
        }
        out.put("startup_ms", new Stats(nanos, runs).percentile(50));
        out.put("startup_via", Files.isRegularFile(jar) ? "jar" : "classpath");
    }

    /** The command prefix that gives the child a display, or empty when none can be had. */
    private static Optional<List<String>> displayPrefix() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return Optional.of(List.of());
        }
        return onPath("xvfb-run").map(x -> List.of(x.toString(), "-a", "-s",
                "-screen 0 1440x900x24"));
    }

    private static List<String> launch(Path jar) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        if (Files.isRegularFile(jar)) {
            return List.of(java, "-jar", jar.toAbsolutePath().toString());
        }
        return List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.warmline.app.Main");
    }

    /** One start-up; its {@code startup_ms}. */
    private static long once(List<String> command, Path data) throws IOException,
            InterruptedException {
        Path log = Files.createTempFile(data.getParent(), "startup", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("start-up did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = STARTUP.matcher(text);
            if (p.exitValue() != 0 || !m.find()) {
                throw new IllegalStateException("start-up failed (exit " + p.exitValue() + "): "
                        + text.substring(Math.max(0, text.length() - 2000)));
            }
            return Long.parseLong(m.group(1));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Paths.get(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private StartupBench() {
    }
}
