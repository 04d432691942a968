package org.warmline.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.testing.DbTest;

@DbTest
class AccessExportServiceTest {

    @Test
    void exportHoldsEverythingAboutThePersonIncludingVerbatimFeedback(Database db,
                                                                     @TempDir Path dir)
            throws Exception {
        PrivacyFixture p = new PrivacyFixture(db);
        PipelineStory story = PipelineStory.build(p);
        p.privacy.recordConsent(story.zoe(), new NewConsent("Contact me about data jobs",
                "2026-01", ConsentMethod.WEB_FORM, null));
        Path out = dir.resolve("zoë export.xlsx");

        int rows = p.feature.accessExport().export(story.zoe(), out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Cover", "Person", "Consent", "Submissions",
                    "Stage history", "Closures", "Employer feedback", "Candidate feedback",
                    "Placements", "Activities", "Nurture steps", "Audit entries");
            assertThat(column(wb.getSheet("Person"), "First name")).containsExactly("Zoë");
            assertThat(column(wb.getSheet("Person"), "E-mail")).containsExactly("zoe@example.org");
            assertThat(column(wb.getSheet("Person"), "Notes"))
                    .containsExactly("Met at a meetup; prefers remote work.");
            assertThat(column(wb.getSheet("Employer feedback"), "Employer's words (verbatim)"))
                    .containsExactly(PipelineStory.VERBATIM);
            assertThat(column(wb.getSheet("Submissions"), "Job"))
                    .containsExactly("Data Analyst", "Data Engineer");
            assertThat(column(wb.getSheet("Stage history"), "Note")).hasSize(5)
                    .contains("Accepted the offer");
            assertThat(column(wb.getSheet("Activities"), "Details"))
                    .containsExactly("N".repeat(10_000), "She took it well");
            assertThat(column(wb.getSheet("Candidate feedback"), "Comments"))
                    .containsExactly("Slow process, friendly people");
            assertThat(column(wb.getSheet("Consent"), "Wording version")).containsExactly("2026-01");
            assertThat(column(wb.getSheet("Placements"), "Currency")).containsExactly("EUR");
            assertThat(column(wb.getSheet("Audit entries"), "Action"))
                    .containsExactly("CONSENT_GIVEN");
            assertThat(wb.getSheet("Cover").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Access export: candidate #" + story.zoe().value());
        }
        assertThat(rows).isEqualTo(1 + 1 + 2 + 5 + 1 + 1 + 1 + 1 + 2 + 0 + 1);
        assertThat(p.auditActions(story.zoe())).containsExactly("CONSENT_GIVEN", "ACCESS_EXPORT");
        assertThat(p.text("SELECT details FROM audit_log WHERE action = 'ACCESS_EXPORT' "
                + "AND subject_id = ?", story.zoe().value())).isEqualTo("zoë export.xlsx");
        assertThat(p.text("SELECT actor FROM audit_log WHERE action = 'ACCESS_EXPORT' "
                + "AND subject_id = ?", story.zoe().value())).isEqualTo("ines");
    }

    @Test
    void unknownCandidateWritesNoFileAndNoAuditEntry(Database db, @TempDir Path dir) {
        PrivacyFixture p = new PrivacyFixture(db);
        Path out = dir.resolve("nobody.xlsx");

        assertThatThrownBy(() -> p.feature.accessExport().export(new CandidateId(77_777), out))
                .isInstanceOf(NotFoundException.class);
        assertThat(out).doesNotExist();
        assertThat(p.count("SELECT COUNT(*) FROM audit_log")).isZero();
    }

    @Test
    void auditLogIsListedNewestFirstAndExported(Database db, @TempDir Path dir) throws Exception {
        PrivacyFixture p = new PrivacyFixture(db);
        CandidateId c = p.person("Ana", "Ribeiro", "ana@example.org", null, null);
        p.privacy.saveSettings(c, LawfulBasis.CONSENT, true, -1);
        p.erasure.erase(c);
        AuditTrail trail = p.feature.auditTrail();

        assertThat(trail.recent()).extracting(e -> e.action()).containsExactly("ERASURE",
                "DO_NOT_CONTACT_SET", "LAWFUL_BASIS");
        Path out = dir.resolve("audit.xlsx");
        assertThat(trail.export(out)).isEqualTo(3);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Audit log");
            assertThat(column(sheet, "Action")).containsExactly("ERASURE", "DO_NOT_CONTACT_SET",
                    "LAWFUL_BASIS");
            assertThat(column(sheet, "Who")).containsOnly("ines");
        }
        assertThat(trail.recent().get(0).action()).isEqualTo("AUDIT_EXPORT");
    }

    private static List<String> column(Sheet sheet, String header) {
        Row head = sheet.getRow(0);
        int col = -1;
        for (int c = 0; c < head.getLastCellNum(); c++) {
            if (header.equals(head.getCell(c).getStringCellValue())) {
                col = c;
            }
        }
        assertThat(col).as("column " + header + " in " + sheet.getSheetName()).isNotNegative();
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(format.formatCellValue(sheet.getRow(r).getCell(col)));
        }
        return values;
    }
}
