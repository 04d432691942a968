package org.warmline.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesTypedCellsHeaderTotalsAndACover() throws IOException {
        Path out = dir.resolve("placements.xlsx");
        try (XlsxWriter xlsx = XlsxWriter.create(out)) {
            SheetWriter sheet = xlsx.sheet("Placements", List.of(ColumnSpec.text("Candidate"),
                    new ColumnSpec("Start", CellFormat.DATE), new ColumnSpec("Fee", CellFormat.MONEY),
                    new ColumnSpec("Share", CellFormat.PERCENT)));
            sheet.row("Zoë Ødegård", LocalDate.of(2026, 3, 1), new BigDecimal("12500.50"), 0.25);
            sheet.row("王芳", LocalDate.of(2026, 4, 15), 9000, 0.75);
            sheet.totals("Total", null, new BigDecimal("21500.50"), 1.0);
            sheet.finish();
            xlsx.cover("Placements", List.of(Map.entry("From", "2026-01-01")));
            xlsx.commit();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Cover");
            assertThat(wb.getSheetAt(0).getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("2026-01-01");
            Sheet s = wb.getSheet("Placements");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Candidate");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            Cell start = s.getRow(1).getCell(1);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(s.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12500.50);
            assertThat(s.getRow(1).getCell(2).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("王芳");
            assertThat(s.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(21500.50);
            assertThat(s.getRow(3).getCell(1)).isNull();
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) s).getCTWorksheet().getAutoFilter()
                    .getRef()).isEqualTo("A1:D4");
            assertThat(s.getColumnWidth(0)).isGreaterThan(10 * 256);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextAndIsNeverEvaluated() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+44 20 7946 0000",
                "-1+2", "@SUM(A1)", "\tcmd", "\r=1+1");
        Path out = dir.resolve("names.xlsx");
        try (XlsxWriter xlsx = XlsxWriter.create(out)) {
            SheetWriter sheet = xlsx.sheet("Names", List.of(ColumnSpec.text("Name")));
            hostile.forEach(sheet::row);
            sheet.row("Plain name");
            sheet.finish();
            xlsx.commit();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet s = wb.getSheet("Names");
            for (int i = 0; i < hostile.size(); i++) {
                Cell cell = s.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(hostile.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(hostile.get(i)).isTrue();
            }
            assertThat(s.getRow(hostile.size() + 1).getCell(0).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void closingWithoutCommitLeavesNoFileBehind() throws IOException {
        Path out = dir.resolve("cancelled.xlsx");
        try (XlsxWriter xlsx = XlsxWriter.create(out)) {
            SheetWriter sheet = xlsx.sheet("Rows", List.of(ColumnSpec.text("N")));
            for (int i = 0; i < 1000; i++) {
                sheet.row("row " + i);
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void sheetNamesAreMadeSafeAndUnique() throws IOException {
        Path out = dir.resolve("names.xlsx");
        try (XlsxWriter xlsx = XlsxWriter.create(out)) {
            xlsx.sheet("Stage/by:job?", List.of(ColumnSpec.text("A"))).finish();
            xlsx.sheet("Stage/by:job?", List.of(ColumnSpec.text("A"))).finish();
            xlsx.commit();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetName(0)).doesNotContain("/", ":", "?");
            assertThat(wb.getSheetName(1)).endsWith("(2)");
        }
    }
}
