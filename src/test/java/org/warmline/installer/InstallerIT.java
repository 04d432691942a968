package org.warmline.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.migration.SchemaMigrator;

/**
 * Builds the Linux package with {@code installer/build.sh}, installs it with {@code dpkg -i},
 * runs the installed client and office server as a user would, and removes the package. Runs
 * in {@code mvn verify} (failsafe) as root where dpkg exists, i.e. in CI; skipped elsewhere.
 * Figures (package size, build, install and removal times) go to
 * {@code target/installer/figures.properties}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallerIT {
    private static final Path APP = Paths.get("/opt/warmline");
    private static final Path CLIENT = APP.resolve("bin/warmline");
    private static final Path SERVER = APP.resolve("bin/warmline-server");
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(10);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(2);
    private static final Pattern STARTUP = Pattern.compile("startup_ms=(\\d+)");

    private final Path root = Paths.get("").toAbsolutePath();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private Path deb;

    @BeforeAll
    void buildAndInstall() throws Exception {
        assumeTrue(Boolean.getBoolean("warmline.installer.test"),
                "run by failsafe in mvn verify, after the jar is packaged");
        assumeTrue(Shell.onPath("dpkg").isPresent(), "dpkg is missing: not a Debian system");
        assumeTrue(Shell.run(RUN_LIMIT, "id", "-u").output().strip().equals("0"),
                "installing a package needs root (CI runs as root)");
        Shell.Result build = Shell.run(BUILD_LIMIT, root.resolve("installer/build.sh").toString(),
                "--skip-jar").requireSuccess();
        figures.put("build_seconds", seconds(build.took()));
        deb = onlyDeb();
        figures.put("package_bytes", Files.size(deb));
        requireDependencies(deb);
        Shell.run(RUN_LIMIT, "dpkg", "-r", "warmline");
        withoutDesktopDirectories();
        Shell.Result install = Shell.run(RUN_LIMIT, "dpkg", "-i", deb.toString()).requireSuccess();
        figures.put("install_seconds", seconds(install.took()));
    }

    @AfterAll
    void remove() throws Exception {
        if (deb == null) {
            return;
        }
        try {
            Shell.Result removal = Shell.run(RUN_LIMIT, "dpkg", "-r", "warmline").requireSuccess();
            figures.put("remove_seconds", seconds(removal.took()));
            assertThat(APP).doesNotExist();
            assertThat(Paths.get("/usr/bin/warmline")).doesNotExist();
            assertThat(Paths.get("/usr/share/applications/warmline-warmline.desktop")).doesNotExist();
        } finally {
            writeFigures();
        }
    }

    @Test
    @Order(1)
    void packageHoldsBothLaunchersTheMenuEntryAndNoData() throws Exception {
        String fields = Shell.run(RUN_LIMIT, "dpkg-deb", "-f", deb.toString(), "Package",
                "Version").requireSuccess().output();
        assertThat(fields).contains("Package: warmline", "Version: " + numericVersion() + "-1");
        assertThat(CLIENT).isExecutable();
        assertThat(SERVER).isExecutable();
        assertThat(Paths.get("/usr/bin/warmline")).isSymbolicLink();
        assertThat(Paths.get("/usr/share/applications/warmline-warmline.desktop")).content()
                .contains("Name=Warmline", "Exec=" + CLIENT, "Icon=/opt/warmline/lib/warmline.png");
        assertThat(APP.resolve("lib/app/warmline.jsa")).as("start-up archive made by postinst")
                .isRegularFile();
        String contents = Shell.run(RUN_LIMIT, "dpkg-deb", "-c", deb.toString()).output();
        assertThat(contents).doesNotContain("warmline.jsa", "/db/", "derby.log");
    }

    @Test
    @Order(2)
    void versionIsThePomVersion() throws Exception {
        Shell.Result version = Shell.run(RUN_LIMIT, CLIENT.toString(), "--version").requireSuccess();
        assertThat(version.output().strip()).isEqualTo("Warmline " + System.getProperty(
                "warmline.version"));
    }

    @Test
    @Order(3)
    void clientOpensItsWindowAndKeepsDataOutOfTheInstallDirectory(@TempDir Path temp)
            throws Exception {
        List<Path> before = installedFiles();
        Path data = temp.resolve("data");
        Shell.run(RUN_LIMIT, CLIENT.toString(), "demo", "--data-dir", data.toString(),
                "--candidates", "50", "--seed", "5").requireSuccess();
        Shell.Result smoke = Shell.run(RUN_LIMIT, Shell.withDisplay(CLIENT.toString(),
                "--data-dir", data.toString(), "--smoke-test")).requireSuccess();
        Matcher m = STARTUP.matcher(smoke.output());
        assertThat(m.find()).as("startup_ms line in:\n" + smoke.output()).isTrue();
        figures.put("smoke_startup_ms", Long.parseLong(m.group(1)));
        assertThat(data.resolve("db")).isDirectory();
        assertThat(installedFiles()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void serverLauncherServesTheOfficeDatabaseOnLoopback(@TempDir Path temp) throws Exception {
        Path password = temp.resolve("admin.password");
        Files.writeString(password, "Installer-test-7f3b\n", StandardCharsets.UTF_8);
        int port = freePort();
        long start = System.nanoTime();
        try (InstalledServer server = InstalledServer.start(SERVER, temp.resolve("office"), port,
                password)) {
            assertThat(server.awaitReady(RUN_LIMIT))
                    .isEqualTo("server_ready host=127.0.0.1 port=" + port + " database=warmline");
            figures.put("server_ready_seconds", seconds(Duration.ofNanos(System.nanoTime() - start)));
            Shell.Result info = Shell.run(RUN_LIMIT, CLIENT.toString(), "info", "--server",
                    "127.0.0.1:" + port, "--user", "admin", "--password-file", password.toString())
                    .requireSuccess();
            assertThat(info.output()).contains("schema_version="
                    + new SchemaMigrator(null).available().size());
            server.stop(Duration.ofSeconds(30));
            assertThat(server.isAlive()).isFalse();
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).as("port released after SIGTERM").isEqualTo(port);
        }
    }

    /** A newer release of the same package (release -2) installs over it; the data stays. */
    @Test
    @Order(5)
    void upgradeKeepsTheUsersData(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        Shell.run(RUN_LIMIT, CLIENT.toString(), "demo", "--data-dir", data.toString(),
                "--candidates", "30", "--seed", "9").requireSuccess();
        Path upgrade = newerRelease(temp);
        Shell.Result install = Shell.run(RUN_LIMIT, "dpkg", "-i", upgrade.toString())
                .requireSuccess();
        figures.put("upgrade_seconds", seconds(install.took()));
        assertThat(Shell.run(RUN_LIMIT, "dpkg-query", "-W", "-f=${Version}", "warmline")
                .output()).isEqualTo(numericVersion() + "-2");
        assertThat(Shell.run(RUN_LIMIT, CLIENT.toString(), "info", "--data-dir", data.toString())
                .requireSuccess().output()).contains("candidates=30");
        assertThat(APP.resolve("lib/app/warmline.jsa")).as("archive remade for the new files")
                .isRegularFile();
        assertThat(Paths.get("/usr/bin/warmline")).isSymbolicLink();
    }

    /** The built package repacked with release 2: what an upgrade sees, without a rebuild. */
    private Path newerRelease(Path temp) throws Exception {
        Path tree = temp.resolve("tree");
        Shell.run(RUN_LIMIT, "dpkg-deb", "-R", deb.toString(), tree.toString()).requireSuccess();
        Path control = tree.resolve("DEBIAN/control");
        Files.writeString(control, Files.readString(control, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^Version: (.*)-1$", "Version: $1-2"), StandardCharsets.UTF_8);
        Path upgrade = temp.resolve("warmline-upgrade.deb");
        Shell.run(RUN_LIMIT, "dpkg-deb", "-Zgzip", "-z1", "--root-owner-group", "-b",
                tree.toString(), upgrade.toString()).requireSuccess();
        return upgrade;
    }

    private Path onlyDeb() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("target/installer"))) {
            List<Path> debs = files.filter(p -> p.getFileName().toString().endsWith(".deb")).toList();
            assertThat(debs).hasSize(1);
            return debs.get(0);
        }
    }

    /**
     * A minimal system has no /usr/share/desktop-directories, and xdg-desktop-menu then refuses
     * to add the menu entry: the package's postinst must cope, so the test starts without it.
     */
    private static void withoutDesktopDirectories() throws IOException {
        Path dir = Paths.get("/usr/share/desktop-directories");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
    }

    /** dpkg -i does not fetch dependencies: name the missing ones instead of half-installing. */
    private static void requireDependencies(Path deb) throws Exception {
        String depends = Shell.run(RUN_LIMIT, "dpkg-deb", "-f", deb.toString(), "Depends")
                .requireSuccess().output();
        List<String> missing = new ArrayList<>();
        for (String dep : depends.split(",")) {
            String name = dep.strip().split("[ (|]")[0];
            if (!name.isEmpty() && !Shell.run(RUN_LIMIT, "dpkg-query", "-W", "-f=${Status}",
                    name).output().contains("install ok installed")) {
                missing.add(name);
            }
        }
        assertThat(missing).as("packages the .deb depends on; apt-get install -y them").isEmpty();
    }

    private static List<Path> installedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(APP)) {
            return files.sorted().toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static String numericVersion() {
        return System.getProperty("warmline.version", "").replaceAll("[^0-9.].*$", "");
    }

    private static double seconds(Duration d) {
        return Math.round(d.toMillis() / 100.0) / 10.0;
    }

    private void writeFigures() throws IOException {
        StringBuilder text = new StringBuilder("# measured by InstallerIT\n");
        figures.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Path out = root.resolve("target/installer/figures.properties");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.print(text);
    }
}
