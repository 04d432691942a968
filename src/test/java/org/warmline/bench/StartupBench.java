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
        out.put("startup_ms", median(command, data, runs));
        out.put("startup_via", Files.isRegularFile(jar) ? "jar" : "classpath");
    }

    /**
     * The installed client: {@code /opt/warmline/bin/warmline} when the package is installed,
     * else the app image {@code installer/build.sh} made (the same files, its start-up archive
     * made in place). Median with the AppCDS archive, and without it when the archive can be
     * moved aside for a moment.
     */
    static void runInstalled(Path data, Path image, int runs, Map<String, Object> out)
            throws Exception {
        Path installed = Paths.get("/opt/warmline");
        Path app = Files.isExecutable(installed.resolve("bin/warmline")) ? installed : image;
        Optional<List<String>> display = displayPrefix();
        Path launcher = app.resolve("bin/warmline");
        if (display.isEmpty() || !Files.isExecutable(launcher)) {
            out.put("startup_installed_ms", null);
            out.put("startup_installed_note", display.isEmpty() ? "no display: not measured"
                    : "no installed client: run installer/build.sh (or install the .deb) first");
            return;
        }
        out.put("startup_installed_via", app.toString());
        List<String> command = new ArrayList<>(display.get());
        command.addAll(List.of(launcher.toString(), "--data-dir", data.toString(), "--smoke-test"));
        out.put("startup_installed_ms", median(command, data, runs));
        Path archive = app.resolve("lib/app/warmline.jsa");
        out.put("startup_installed_appcds", Files.isRegularFile(archive));
        if (Files.isRegularFile(archive) && Files.isWritable(archive.getParent())) {
            Path aside = archive.resolveSibling("warmline.jsa.aside");
            Files.move(archive, aside);
            try {
                out.put("startup_installed_nocds_ms", median(command, data, runs));
            } finally {
                Files.move(aside, archive);
            }
        }
    }

    private static double median(List<String> command, Path data, int runs) throws Exception {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = once(command, data) * 1_000_000L;
        }
        return new Stats(nanos, runs).percentile(50);
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
