package org.warmline.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.app.Main;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.settings.DataDirectory;

class PrivacyCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exportEraseReapplyAndPurgeFromTheCommandLine(@TempDir Path dir) {
        String data = dir.resolve("data").toString();
        assertThat(run("demo", "--data-dir", data, "--candidates", "40", "--seed", "5").code())
                .isZero();
        long id = firstCandidate(dir.resolve("data"));
        Path xlsx = dir.resolve("export.xlsx");

        Run export = run("privacy", "export", "--data-dir", data, "--candidate",
                String.valueOf(id), "--out", xlsx.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("file=" + xlsx.toAbsolutePath());
        assertThat(xlsx).isRegularFile();

        Run refused = run("privacy", "erase", "--data-dir", data, "--candidate", String.valueOf(id));
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("erasure not confirmed; nothing was changed");
        assertThat(name(dir.resolve("data"), id)).doesNotStartWith("Erased");

        Run erase = run("privacy", "erase", "--data-dir", data, "--candidate",
                String.valueOf(id), "--yes");
        assertThat(erase.code()).as(erase.err()).isZero();
        assertThat(erase.out()).isEqualToIgnoringNewLines("erased=" + id);
        assertThat(name(dir.resolve("data"), id)).isEqualTo("Erased person #" + id);

        assertThat(run("privacy", "reapply", "--data-dir", data).out().strip())
                .isEqualTo("erased_again=0");
        Run purge = run("privacy", "purge", "--data-dir", data, "--dry-run", "--months", "1200");
        assertThat(purge.code()).isZero();
        assertThat(purge.out()).startsWith("would_purge=0").contains("cutoff=");

        Run unknown = run("privacy", "export", "--data-dir", data, "--candidate", "987654",
                "--out", dir.resolve("x.xlsx").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no candidate with id 987654");
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
        Run badUser = run("privacy", "purge", "--data-dir", data, "--as", "nobody");
        assertThat(badUser.code()).isEqualTo(1);
        assertThat(badUser.err()).contains("no recruiter with login nobody");
        assertThat(run("privacy", "erase", "--data-dir", data).code()).isEqualTo(2);
    }

    private static long firstCandidate(Path data) {
        try (Database db = Database.embedded(DataDirectory.database(data))) {
            return db.read(tx -> tx.queryLong("SELECT MIN(id) FROM candidate", Binder.NONE));
        }
    }

    private static String name(Path data, long id) {
        try (Database db = Database.embedded(DataDirectory.database(data))) {
            return db.read(tx -> tx.queryOne(
                    "SELECT first_name || ' ' || last_name FROM candidate WHERE id = ?",
                    st -> st.setLong(1, id), rs -> rs.getString(1))).orElseThrow();
        }
    }
}
