package org.warmline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    record Run(int code, String out, String err) {
        Map<String, String> values() {
            Map<String, String> map = new LinkedHashMap<>();
            for (String line : out.split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    map.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return map;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void demoThenInfoReportsTheSampleAgency(@TempDir Path dir) {
        Run demo = run("demo", "--data-dir", dir.toString(), "--candidates", "300", "--seed", "7");
        assertThat(demo.code()).isZero();
        Run info = run("info", "--data-dir", dir.toString());
        assertThat(info.code()).isZero();
        Map<String, String> v = info.values();
        assertThat(v.keySet()).containsExactly("database", "schema_version", "candidates",
                "employers", "contacts", "jobs", "submissions", "placed", "rejected");
        assertThat(v.get("candidates")).isEqualTo("300");
        assertThat(v.get("employers")).isEqualTo("20");
        assertThat(v.get("jobs")).isEqualTo("60");
        assertThat(v.get("schema_version")).isEqualTo(String.valueOf(
                new org.warmline.platform.migration.SchemaMigrator(null).available().size()));
        assertThat(Long.parseLong(v.get("submissions"))).isBetween(600L, 1200L);
        assertThat(Long.parseLong(v.get("placed"))).isPositive();
        assertThat(Long.parseLong(v.get("rejected"))).isPositive();
        assertThat(v.get("submissions")).isEqualTo(demo.values().get("submissions"));
    }

    @Test
    void sameSeedGivesTheSameAgency(@TempDir Path dir) {
        run("demo", "--data-dir", dir.resolve("a").toString(), "--candidates", "200", "--seed", "3");
        run("demo", "--data-dir", dir.resolve("b").toString(), "--candidates", "200", "--seed", "3");
        Map<String, String> a = run("info", "--data-dir", dir.resolve("a").toString()).values();
        Map<String, String> b = run("info", "--data-dir", dir.resolve("b").toString()).values();
        a.remove("database");
        b.remove("database");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void demoRefusesADatabaseThatHoldsData(@TempDir Path dir) {
        assertThat(run("demo", "--data-dir", dir.toString(), "--candidates", "10").code()).isZero();
        Run again = run("demo", "--data-dir", dir.toString(), "--candidates", "10");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("warmline: the database already holds data")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badUsageExitsWithTwoAndOneLine(@TempDir Path dir) {
        Run r = run("info", "--data-dir", dir.toString(), "--nonsense");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--nonsense'");
        assertThat(run("demo", "--candidates", "many").code()).isEqualTo(2);
    }

    @Test
    void helpNamesEveryCommand() {
        Run help = run("help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("info", "demo", "--data-dir");
        assertThat(run("help", "demo").out()).contains("--candidates", "--seed");
    }

    @Test
    void missingDatabaseIsAOneLineError(@TempDir Path dir) {
        Run r = run("info", "--data-dir", dir.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("warmline: no Warmline database in " + dir.resolve("nowhere"));
    }

    @Test
    void unusableDataDirectoryIsAOneLineError(@TempDir Path dir) throws Exception {
        // A plain file where the directory should be: refused even for root, unlike permissions.
        Path file = java.nio.file.Files.writeString(dir.resolve("file"), "x");
        Run r = run("demo", "--data-dir", file.resolve("inner").toString(), "--candidates", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("warmline: cannot create the data directory")
                .doesNotContain("\tat ");
    }

    @Test
    void databaseOpenInAnotherProcessIsNamedPlainly(@TempDir Path dir) throws Exception {
        assertThat(run("demo", "--data-dir", dir.toString(), "--candidates", "5").code()).isZero();
        // Derby allows one JVM per embedded database: hold it here, ask from a second JVM.
        try (var db = org.warmline.platform.db.Database.embedded(dir.resolve("db"))) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "info", "--data-dir", dir.toString()).redirectErrorStream(false).start();
            String err = new String(p.getErrorStream().readAllBytes());
            assertThat(p.waitFor()).isEqualTo(1);
            assertThat(err.strip()).isEqualTo("warmline: the database is open in another Warmline window");
        }
    }
}
