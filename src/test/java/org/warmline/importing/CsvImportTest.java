package org.warmline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Database;
import org.warmline.platform.text.IdentityHash;
import org.warmline.search.SearchHit;
import org.warmline.testing.DbTest;

@DbTest
class CsvImportTest {
    @TempDir
    Path dir;

    @Test
    void linkedInExportWithNotesBomQuotedCommasAndMissingEmailsImportsEveryone(Database db)
            throws Exception {
        ImportFixture f = new ImportFixture(db);
        Path file = ImportFixture.write(dir, "Connections.csv", ImportFixture.linkedIn(
                "Zoë,Ødegård,https://www.linkedin.com/in/zoe-odegard-example,zoe@example.com,"
                        + "\"Nordlys, Bergen AS\",Data Engineer,05 Mar 2024",
                "Tomasz,Wiśniewski,https://www.linkedin.com/in/tomasz-w-example,,Kraków Labs,"
                        + "\"Head of QA, Platform\",17 Jan 2023",
                "芳,王,https://www.linkedin.com/in/wang-fang-example,,,,01 Dec 2022"));

        ImportResult r = f.run(file);

        assertThat(r.summary()).isEqualTo("imported=3 skipped=0 duplicates=0");
        assertThat(r.errorReport()).isNull();
        assertThat(Files.exists(dir.resolve("Connections.csv.errors.csv"))).isFalse();
        Candidate zoe = only(f, "zoe odegard");
        assertThat(zoe.firstName()).isEqualTo("Zoë");
        assertThat(zoe.lastName()).isEqualTo("Ødegård");
        assertThat(zoe.email()).isEqualTo("zoe@example.com");
        assertThat(zoe.currentTitle()).isEqualTo("Data Engineer, Nordlys, Bergen AS");
        assertThat(zoe.source()).isEqualTo("LinkedIn");
        assertThat(zoe.notes()).isEqualTo("LinkedIn: 2024-03-05");
        assertThat(zoe.ownerId()).isEqualTo(f.recruiter.id());
        Candidate tomasz = only(f, "wisniewski");
        assertThat(tomasz.email()).isNull();
        assertThat(tomasz.currentTitle()).isEqualTo("Head of QA, Platform, Kraków Labs");
        assertThat(tomasz.linkedInUrl()).isEqualTo("https://www.linkedin.com/in/tomasz-w-example");
        Candidate wang = only(f, "王");
        assertThat(wang.firstName()).isEqualTo("芳");
        assertThat(wang.notes()).isEqualTo("LinkedIn: 2022-12-01");
        assertThat(f.published).hasSize(1);
        assertThat(f.published.get(0).kind()).isEqualTo("candidate");
    }

    @Test
    void reimportingTheSameFileCreatesNoDuplicates(Database db) {
        ImportFixture f = new ImportFixture(db);
        Path file = ImportFixture.write(dir, "people.csv", """
                First name,Last name,Email,Phone,LinkedIn
                Ana,Ribeiro,ana@example.com,,
                Bruno,Costa,,+351 21 555 0199,
                Carla,Dias,,,linkedin.com/in/carla-dias-example
                Duarte,Reis,,,
                """);
        assertThat(f.run(file).summary()).isEqualTo("imported=4 skipped=0 duplicates=0");
        Path again = ImportFixture.write(dir, "people-again.csv", """
                First name,Last name,Email,Phone,LinkedIn
                Ana,Ribeiro,ANA@Example.com ,,
                Bruno,Costa,,+351 (21) 555-0199,
                Carla,Dias,,,https://www.linkedin.com/in/carla-dias-example/
                Duarte,Reis,,,
                """);

        assertThat(f.run(again).summary()).isEqualTo("imported=0 skipped=0 duplicates=4");
        assertThat(f.run(file).summary()).isEqualTo("imported=0 skipped=0 duplicates=4");
        assertThat(f.count("candidate")).isEqualTo(4);
    }

    @Test
    void repeatsInsideOneFileAreDuplicatesUnlessImportedAnyway(Database db) {
        ImportFixture f = new ImportFixture(db);
        Path file = ImportFixture.write(dir, "twice.csv", """
                Name,E-mail
                Ana Ribeiro,ana@example.com
                Ana M. Ribeiro,ana@example.com
                """);
        assertThat(f.run(file, ImportType.CANDIDATES, DuplicatePolicy.SKIP, false).summary())
                .isEqualTo("imported=1 skipped=0 duplicates=1");
        assertThat(f.run(file, ImportType.CANDIDATES, DuplicatePolicy.IMPORT_ANYWAY, false)
                .summary()).isEqualTo("imported=2 skipped=0 duplicates=0");
        assertThat(f.count("candidate")).isEqualTo(3);
    }

    @Test
    void invalidRowsAreReportedByRowColumnAndProblemAndNeverWritten(Database db)
            throws Exception {
        ImportFixture f = new ImportFixture(db);
        Path file = ImportFixture.write(dir, "mixed.csv", """
                First name,Last name,Email,Phone
                Ana,Ribeiro,ana@example.com,
                Bruno,,bruno@example.com,
                Carla,Dias,carla-at-example.com,12
                "Duarte, Jr.",Reis,duarte@example.com,+44 20 7946 0321
                """);

        ImportResult r = f.run(file);

        assertThat(r.summary()).isEqualTo("imported=2 skipped=2 duplicates=0");
        assertThat(r.errorReport()).isEqualTo(dir.resolve("mixed.csv.errors.csv").toAbsolutePath());
        assertThat(Files.readString(r.errorReport(), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFRow,Column,Problem\r\n"
                        + "3,Last name,Required\r\n"
                        + "4,Email,Not a valid e-mail address (name@example.com)\r\n"
                        + "4,Phone,\"Not a valid phone number (digits, spaces, +, -, brackets)\"\r\n");
        assertThat(f.count("candidate")).isEqualTo(2);
        assertThat(f.search.find("Bruno", 5)).isEmpty();
        assertThat(only(f, "duarte jr").firstName()).isEqualTo("Duarte, Jr.");

        Path fixed = ImportFixture.write(dir, "mixed.csv", "First name,Last name\nBruno,Lima\n");
        assertThat(f.run(fixed).errorReport()).isNull();
        assertThat(Files.exists(dir.resolve("mixed.csv.errors.csv"))).isFalse();
    }

    @Test
    void semicolonTabAndPipeFilesAreReadByTheirDelimiter(Database db) {
        ImportFixture f = new ImportFixture(db);
        f.run(ImportFixture.write(dir, "semi.csv",
                "Vorname;Nachname;E-Mail;Notes\nJürgen;Bäcker;jb@example.de;\"Likes a, b; c\"\n"));
        f.run(ImportFixture.write(dir, "tab.txt", "first\tlast\temail\nLea\tMoreau\tlea@example.fr\n"));
        f.run(ImportFixture.write(dir, "pipe.csv", "First Name|Last Name\nOla|Nordmann\n"));
        assertThat(only(f, "backer").notes()).isEqualTo("Likes a, b; c");
        assertThat(only(f, "moreau").email()).isEqualTo("lea@example.fr");
        assertThat(only(f, "nordmann").firstName()).isEqualTo("Ola");
    }

    @Test
    void windows1252AndQuotedLineBreaksAreRead(Database db) {
        ImportFixture f = new ImportFixture(db);
        Path file = ImportFixture.write(dir, "excel.csv",
                "First name;Last name;Notes\r\nZoë;Müller;\"Met at the fair.\r\nCall in May – €5k\"\r\n",
                TextEncoding.WINDOWS_1252);
        assertThat(f.run(file).summary()).isEqualTo("imported=1 skipped=0 duplicates=0");
        Candidate c = only(f, "muller");
        assertThat(c.firstName()).isEqualTo("Zoë");
        assertThat(c.notes()).isEqualTo("Met at the fair.\r\nCall in May – €5k");
    }

    @Test
    void tenThousandCharacterNotesAreImportedWhole(Database db) {
        ImportFixture f = new ImportFixture(db);
        String notes = "x".repeat(9_999) + "!";
        f.run(ImportFixture.write(dir, "long.csv", "First,Last,Notes\nAna,Ribeiro," + notes + "\n"));
        assertThat(only(f, "ribeiro").notes()).hasSize(10_000).isEqualTo(notes);
    }

    @Test
    void erasedPeopleAreSkippedWithTheirReason(Database db) throws Exception {
        ImportFixture f = new ImportFixture(db);
        db.inTransaction(tx -> tx.update(
                "INSERT INTO erasure_register (id_hash, erased_at) VALUES (?, CURRENT_TIMESTAMP)",
                st -> st.setString(1, IdentityHash.of("+447700900123"))));
        Path file = ImportFixture.write(dir, "erased.csv", """
                First,Last,Phone
                Gone,Person,+44 7700 900123
                Kept,Person,+44 7700 900124
                """);
        ImportResult r = f.run(file);
        assertThat(r.summary()).isEqualTo("imported=1 skipped=1 duplicates=0");
        assertThat(r.problems()).containsExactly(new RowProblem(2, "", "Erased at their request"));
        assertThat(f.search.find("Gone", 5)).isEmpty();
    }

    @Test
    void dryRunCountsButWritesNothing(Database db) {
        ImportFixture f = new ImportFixture(db);
        Path file = ImportFixture.write(dir, "dry.csv", "First,Last,Email\nAna,Ribeiro,x\nBo,Li,\n");
        ImportResult r = f.run(file, ImportType.CANDIDATES, DuplicatePolicy.SKIP, true);
        assertThat(r.summary()).isEqualTo("imported=1 skipped=1 duplicates=0");
        assertThat(r.dryRun()).isTrue();
        assertThat(f.count("candidate")).isZero();
        assertThat(f.count("audit_log")).isZero();
    }

    @Test
    void importIsAuditedAndIndexedForSearch(Database db) {
        ImportFixture f = new ImportFixture(db);
        f.run(ImportFixture.write(dir, "a.csv",
                "First,Last,Email,Title,Skills\nAna,Ribeiro,ana.ribeiro@example.com,Backend Engineer,\"Java, SQL\"\n"));
        AuditLog.Entry e = db.read(tx -> new AuditLog().recent(tx, 1)).get(0);
        assertThat(e.actor()).isEqualTo("ines");
        assertThat(e.action()).isEqualTo("IMPORT");
        assertThat(e.details()).isEqualTo("file=a.csv type=candidates imported=1 skipped=0 duplicates=0");
        for (String query : new String[] {"Ana Rib", "ribeiro ana", "backend", "sql", "ana.ribeiro"}) {
            assertThat(f.search.find(query, 5)).as(query).extracting(SearchHit::title)
                    .containsExactly("Ana Ribeiro");
        }
    }

    @Test
    void cancellingStopsAfterTheCurrentBatchAndKeepsWhatWasWritten(Database db) {
        ImportFixture f = new ImportFixture(db);
        StringBuilder csv = new StringBuilder("First,Last,Email\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("P").append(i).append(",Person,p").append(i).append("@example.com\n");
        }
        Path file = ImportFixture.write(dir, "many.csv", csv.toString());
        int[] last = {0, 0};
        ImportResult r = f.imports.run(ImportRequest.of(file), new ImportProgress() {
            @Override
            public void rows(int done, int total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        });
        assertThat(r.cancelled()).isTrue();
        assertThat(r.imported()).isEqualTo(1000);
        assertThat(last).containsExactly(1000, 2500);
        assertThat(f.count("candidate")).isEqualTo(1000);
        assertThat(f.run(file).summary()).isEqualTo("imported=1500 skipped=0 duplicates=1000");
    }

    @Test
    void previewShowsHeaderFirstRowsAndGuessedMapping(Database db) {
        ImportFixture f = new ImportFixture(db);
        Path file = ImportFixture.write(dir, "Connections.csv", ImportFixture.linkedIn(
                "Ana,Ribeiro,https://www.linkedin.com/in/ana,,Acme,CTO,05 Mar 2024",
                "Bo,Li,https://www.linkedin.com/in/bo,,Acme,CFO,06 Mar 2024"));
        ImportPreview p = f.imports.preview(file, 1);
        assertThat(p.linkedIn()).isTrue();
        assertThat(p.format()).isEqualTo("CSV UTF-8 ,");
        assertThat(p.header()).containsExactly("First Name", "Last Name", "URL", "Email Address",
                "Company", "Position", "Connected On");
        assertThat(p.rows()).hasSize(1);
        assertThat(p.rows().get(0).get(0)).isEqualTo("Ana");
        assertThat(p.mapping().fields()).containsExactly(ImportField.FIRST_NAME,
                ImportField.LAST_NAME, ImportField.LINKEDIN, ImportField.EMAIL, ImportField.COMPANY,
                ImportField.TITLE, ImportField.CONNECTED_ON);
    }

    @Test
    void badConnectionDatesAreReported(Database db) {
        ImportFixture f = new ImportFixture(db);
        ImportResult r = f.run(ImportFixture.write(dir, "Connections.csv", ImportFixture.linkedIn(
                "Ana,Ribeiro,https://www.linkedin.com/in/ana,,Acme,CTO,31 Foo 2024")));
        assertThat(r.problems()).containsExactly(new RowProblem(5, "Connected On",
                "Not a date (05 Mar 2024 or 2024-03-05)"));
    }

    private static Candidate only(ImportFixture f, String query) {
        var hits = f.search.find(query, 5);
        assertThat(hits).as(query).hasSize(1);
        return f.candidates.get(new CandidateId(hits.get(0).id()));
    }

}
