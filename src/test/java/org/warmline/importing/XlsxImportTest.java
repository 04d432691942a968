package org.warmline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.db.Database;
import org.warmline.testing.DbTest;

@DbTest
class XlsxImportTest {
    @TempDir
    Path dir;

    @Test
    void workbookRowsImportWithBlankCellsNumbersAndDates(Database db) throws Exception {
        Path file = dir.resolve("people.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("People");
            row(s, 0, "Full name", "E-mail", "Mobile", "Connected on");
            row(s, 1, "Zoë Ødegård", "zoe@example.com", null, null);
            Row r = row(s, 2, "Wang Fang", null, null, null);
            r.createCell(2).setCellValue(447700900555.0);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            r.createCell(3).setCellValue(LocalDate.of(2024, 3, 5));
            r.getCell(3).setCellStyle(date);
            row(s, 4, "Not Valid", "nope", null, null);
            wb.write(out);
        }
        ImportFixture f = new ImportFixture(db);

        ImportResult result = f.run(file);

        assertThat(result.summary()).isEqualTo("imported=2 skipped=1 duplicates=0");
        assertThat(result.problems()).containsExactly(new RowProblem(5, "E-mail",
                "Not a valid e-mail address (name@example.com)"));
        Candidate wang = f.candidates.get(new CandidateId(f.search.find("wang fang", 1).get(0).id()));
        assertThat(wang.phone()).isEqualTo("447700900555");
        assertThat(wang.notes()).isEqualTo("LinkedIn: 2024-03-05");
        assertThat(f.search.find("zoe odegard", 1)).hasSize(1);
        assertThat(f.run(file).summary()).isEqualTo("imported=0 skipped=1 duplicates=2");
    }

    private static Row row(Sheet s, int index, String... cells) {
        Row r = s.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                r.createCell(i).setCellValue(cells[i]);
            }
        }
        return r;
    }
}
