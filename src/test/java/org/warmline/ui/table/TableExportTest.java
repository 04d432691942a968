package org.warmline.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.swing.JTable;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.i18n.Messages;

class TableExportTest {
    @TempDir
    Path dir;

    record Job(String title, String employer, LocalDate opened, Integer openings) {
    }

    @Test
    void theWorkbookHoldsExactlyTheFilteredSortedRowsWithRealDatesAndNumbers() throws Exception {
        List<Column<Job>> columns = List.of(Column.of("Title", String.class, Job::title),
                Column.of("Employer", String.class, Job::employer),
                Column.of("Opened", LocalDate.class, Job::opened),
                Column.of("Openings", Integer.class, Job::openings));
        TableExport.Snapshot rows = GuiActionRunner.execute(() -> {
            RecordListPanel<Job> panel = new RecordListPanel<>("job.list",
                    new Messages(Locale.ROOT), columns, true);
            panel.setRows(List.of(
                    new Job("Data Engineer", "Kestrel Labs", LocalDate.of(2026, 1, 5), 2),
                    new Job("Platform Lead", "Ødegård & Co", LocalDate.of(2026, 2, 1), 1),
                    new Job("=Engineer()", "王芳 Studio", LocalDate.of(2026, 3, 1), 3),
                    new Job("Engineering Manager", "Kestrel Labs", LocalDate.of(2026, 1, 9), 1)));
            panel.filterField().setText("engineer");
            JTable table = panel.table();
            table.getRowSorter().setSortKeys(List.of(new RowSorter.SortKey(2,
                    SortOrder.DESCENDING)));
            return TableExport.snapshot(table);
        });
        Path out = dir.resolve("jobs.xlsx");
        assertThat(TableExport.write(rows, "Jobs", out)).isEqualTo(3);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet sheet = wb.getSheet("Jobs");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Opened");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=Engineer()");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("王芳 Studio");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Engineering Manager");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Data Engineer");
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(3).getCell(2))).isTrue();
            assertThat(sheet.getRow(3).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(2.0);
        }
    }
}
