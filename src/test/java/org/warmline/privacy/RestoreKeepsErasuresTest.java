package org.warmline.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.app.Main;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.settings.DataDirectory;
import org.warmline.server.BackupService;

/** A backup made before someone was erased must not bring them back when it is restored. */
class RestoreKeepsErasuresTest {

    @Test
    void restoringAnOlderBackupErasesThePersonAgain(@TempDir Path tmp) {
        Path data = tmp.resolve("data");
        CandidateId zoe;
        try (Database db = Database.embedded(DataDirectory.database(data)).migrated()) {
            PrivacyFixture p = new PrivacyFixture(db);
            zoe = p.person("Zoë", "Ødegård", "zoe.odegard@example.no", "+47 912 34 567",
                    "https://www.linkedin.com/in/zoe-odegard");
            p.person("Li", "Wei", "li.wei@example.cn", null, null);
            new BackupService(db, Clock.systemUTC()).backup(tmp.resolve("copies"));
            p.erasure.erase(zoe);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"restore", "--data-dir", data.toString(), "--from",
                tmp.resolve("copies").toString(), "--yes"}, new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("erased_again=1");
        try (Database db = Database.embedded(DataDirectory.database(data))) {
            assertThat(db.read(tx -> tx.queryOne(
                    "SELECT first_name || ' ' || last_name, email FROM candidate WHERE id = ?",
                    st -> st.setLong(1, zoe.value()), rs -> rs.getString(1) + "|"
                            + rs.getString(2))).orElseThrow())
                    .startsWith("Erased person").endsWith("|null");
            long wei = db.read(tx -> tx.queryLong(
                    "SELECT COUNT(*) FROM candidate WHERE last_name = 'Wei'", Binder.NONE));
            assertThat(wei).isEqualTo(1L);
        }
    }
}
