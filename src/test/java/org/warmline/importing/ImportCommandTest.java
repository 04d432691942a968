package org.warmline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.app.Main;

/** {@code warmline import} as a user runs it, on a data directory of its own. */
class ImportCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void importsReportsAndIsIdempotent() throws Exception {
        Path data = dir.resolve("data");
        Path file = ImportFixture.write(dir, "Connections.csv", ImportFixture.linkedIn(
                "Zoë,Ødegård,https://www.linkedin.com/in/zoe-example,,Nordlys,CTO,05 Mar 2024",
                "Bo,,https://www.linkedin.com/in/bo-example,,,,06 Mar 2024",
                "王,芳,https://www.linkedin.com/in/wang-example,wang@example.cn,,,07 Mar 2024"));

        assertThat(run("import", "--data-dir", data.toString(), file.toString(), "--dry-run"))
                .isZero();
        assertThat(out.toString()).isEqualTo("imported=2 skipped=1 duplicates=0\n");
        assertThat(err.toString()).contains("dry run: nothing was written");

        assertThat(run("import", "--data-dir", data.toString(), file.toString())).isZero();
        assertThat(out.toString()).isEqualTo("imported=2 skipped=1 duplicates=0\n");
        assertThat(err.toString()).contains("Connections.csv.errors.csv");
        assertThat(Files.readString(dir.resolve("Connections.csv.errors.csv")))
                .contains("6,Last Name,Required");

        assertThat(run("import", "--data-dir", data.toString(), file.toString())).isZero();
        assertThat(out.toString()).isEqualTo("imported=0 skipped=1 duplicates=2\n");
        assertThat(run("info", "--data-dir", data.toString())).isZero();
        assertThat(out.toString()).contains("candidates=2");
    }

    @Test
    void contactsType() {
        Path file = ImportFixture.write(dir, "c.csv", "First,Last,Company\nHana,Kobayashi,Nordlys\n");
        assertThat(run("import", "--data-dir", dir.resolve("d").toString(), file.toString(),
                "--type", "contacts")).isZero();
        assertThat(out.toString()).isEqualTo("imported=1 skipped=0 duplicates=0\n");
    }

    @Test
    void unusableFileIsOneLineAndExitOne() {
        Path file = ImportFixture.writeBytes(dir, "bin.csv", new byte[] {'a', 0, 1, 2, 3, '\n'});
        assertThat(run("import", "--data-dir", dir.resolve("d").toString(), file.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).isEqualTo("warmline: bin.csv: This is not a text table: it "
                + "contains binary data. Save it as CSV (UTF-8) or .xlsx.\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badTypeIsAUsageError() {
        Path file = ImportFixture.write(dir, "c.csv", "First,Last\nA,B\n");
        assertThat(run("import", "--data-dir", dir.resolve("d").toString(), file.toString(),
                "--type", "jobs")).isEqualTo(2);
        assertThat(err.toString()).contains("--type must be candidates or contacts");
    }

    @Test
    void missingFile() {
        assertThat(run("import", "--data-dir", dir.resolve("d").toString(),
                dir.resolve("nope.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("warmline: no such file or directory:");
    }
}
