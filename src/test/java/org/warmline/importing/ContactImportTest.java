package org.warmline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.testing.DbTest;

@DbTest
class ContactImportTest {
    @TempDir
    Path dir;

    @Test
    void contactsJoinTheirEmployerWhichIsCreatedOnceWhenMissing(Database db) {
        ImportFixture f = new ImportFixture(db);
        Path file = ImportFixture.write(dir, "contacts.csv", """
                First name,Last name,Company,Job title,Email
                Hana,Kobayashi,Nordlys AS,Head of Talent,hana@nordlys.example
                Ole,Berg,nordlys as,CTO,ole@nordlys.example
                Pia,Lund,,CFO,pia@example.com
                """);

        ImportResult r = f.run(file, ImportType.CONTACTS, DuplicatePolicy.SKIP, false);

        assertThat(r.summary()).isEqualTo("imported=2 skipped=1 duplicates=0");
        assertThat(r.problems()).extracting(RowProblem::row, RowProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "Company"));
        assertThat(f.count("employer")).isEqualTo(1);
        java.util.List<String> roles = db.read(tx -> tx.query("SELECT c.role FROM contact c JOIN employer e "
                + "ON e.id = c.employer_id WHERE e.name = 'Nordlys AS' ORDER BY c.id", Binder.NONE,
                rs -> rs.getString(1)));
        assertThat(roles).containsExactly("Head of Talent", "CTO");
        assertThat(f.search.find("nordlys", 5)).hasSize(1);
        assertThat(f.run(file, ImportType.CONTACTS, DuplicatePolicy.SKIP, false).summary())
                .isEqualTo("imported=0 skipped=1 duplicates=2");
    }
}
