package org.warmline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.db.Database;
import org.warmline.recruiter.RecruiterId;
import org.warmline.testing.DbTest;

@DbTest
class ReportServiceTest {
    @TempDir
    Path dir;

    @Test
    void pipelineListsOpenSubmissionsStageByJobAndStalledOnes(Database db) throws IOException {
        ReportFixture f = new ReportFixture(db);
        ExportResult result = f.export("pipeline", ReportParameters.ALL, dir.resolve("p.xlsx"));

        assertThat(result.sheets()).containsExactly(new SheetCount("Open submissions", 2),
                new SheetCount("Stage by job", 2), new SheetCount("Stalled", 1));
        try (XSSFWorkbook wb = ReportFixture.open(result.file())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Cover");
            assertThat(text(wb.getSheetAt(0), 0, 0)).isEqualTo("Pipeline");
            assertThat(coverValue(wb, "Generated")).isEqualTo("2026-03-10 12:00");
            Sheet open = wb.getSheet("Open submissions");
            assertThat(values(open, 1)).containsExactly(ReportFixture.FORMULA_NAME + " Doe",
                    "Platform Lead", "Ødegård & Co", "Tom Reyes", "Submitted",
                    LocalDate.of(2026, 3, 8), 2.0, null);
            assertThat(open.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(values(open, 2)).containsExactly("芳 王", "Data Engineer", "Kestrel Labs",
                    "Maya Lind", "Interview 1", LocalDate.of(2026, 3, 1), 9.0, null);
            assertThat(values(open, 3).get(0)).isEqualTo("Total (2)");
            assertThat(values(open, 3).get(6)).isEqualTo(5.5);
            assertThat(values(wb.getSheet("Stage by job"), 1)).containsExactly("Data Engineer",
                    "Kestrel Labs", "Interview 1", 1.0, 9.0);
            assertThat(values(wb.getSheet("Stage by job"), 3)).containsExactly("Total", null, null,
                    2.0, 5.5);
            assertThat(values(wb.getSheet("Stalled"), 1).get(0)).isEqualTo("芳 王");
        }
    }

    @Test
    void aRecruiterSeesOnlyTheirSubmissions(Database db) {
        ReportFixture f = new ReportFixture(db);
        ExportResult result = f.export("pipeline", new ReportParameters(null, null,
                new RecruiterId(f.tom), null), dir.resolve("tom.xlsx"));
        assertThat(result.sheets()).extracting(SheetCount::rows).containsExactly(1, 1, 0);
    }

    @Test
    void funnelCountsRatiosMediansAndCharts(Database db) throws IOException {
        ReportFixture f = new ReportFixture(db);
        Path out = f.export("funnel", ReportParameters.ALL, dir.resolve("f.xlsx")).file();
        try (XSSFWorkbook wb = ReportFixture.open(out)) {
            Sheet funnel = wb.getSheet("Funnel");
            List<Object> steps = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                steps.addAll(values(funnel, r));
            }
            assertThat(steps).containsExactly("Submitted", 5.0, "Interview", 3.0, "Offer", 1.0,
                    "Placed", 1.0);
            Sheet per = wb.getSheet("Per recruiter");
            assertThat(values(per, 1)).containsExactly("Maya Lind", 3.0, 2.0, 1.0, 1.0, 2 / 3.0,
                    0.5, 20.0, 50.0);
            assertThat(values(per, 2)).containsExactly("Tom Reyes", 2.0, 1.0, 0.0, 0.0, 0.5, 0.0,
                    3.0, null);
            assertThat(values(per, 3)).containsExactly("Total", 5.0, 3.0, 1.0, 1.0, 0.6,
                    1 / 3.0, 10.0, 50.0);
            assertThat(per.getRow(1).getCell(5).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0%");
            assertThat(charts(wb, "Funnel")).isEqualTo(1);
            assertThat(charts(wb, "Per month")).isEqualTo(1);
            assertThat(charts(wb, "Per recruiter")).isZero();
        }
    }

    @Test
    void rejectionsByReasonWithTheShareNotAboutTheCandidate(Database db) throws IOException {
        ReportFixture f = new ReportFixture(db);
        Path out = f.export("rejections", ReportParameters.ALL, dir.resolve("r.xlsx")).file();
        try (XSSFWorkbook wb = ReportFixture.open(out)) {
            Sheet reasons = wb.getSheet("By reason");
            assertThat(values(reasons, 1)).containsExactly("Skills gap", 1.0, 0.0, 0.0);
            assertThat(values(reasons, 2)).containsExactly("Salary expectations", 1.0, 1.0, 1.0);
            assertThat(values(reasons, 3)).containsExactly("Total", 2.0, 1.0, 0.5);
            assertThat(values(wb.getSheet("By stage"), 1)).containsExactly("Submitted",
                    "Skills gap", 1.0, 0.0, 0.0);
            assertThat(values(wb.getSheet("By who ended it"), 1).subList(0, 3))
                    .containsExactly("Employer", "Skills gap", 1.0);
            assertThat(charts(wb, "By reason")).isEqualTo(1);
        }
    }

    @Test
    void feedbackRatesMediansAndWhatIsStillOwed(Database db) throws IOException {
        ReportFixture f = new ReportFixture(db);
        Path out = f.export("feedback", ReportParameters.ALL, dir.resolve("fb.xlsx")).file();
        try (XSSFWorkbook wb = ReportFixture.open(out)) {
            Sheet per = wb.getSheet("Per employer");
            assertThat(values(per, 1)).containsExactly("Kestrel Labs", 1.0, 1.0, 0.0, 1.0, 0.0,
                    null, null);
            assertThat(values(per, 2)).containsExactly("Ødegård & Co", 1.0, 1.0, 1.0, 1.0, 1.0,
                    3.0, 2.0);
            assertThat(values(per, 3)).containsExactly("Total", 2.0, 2.0, 1.0, 1.0, 0.5, 3.0,
                    2.0);
            assertThat(values(wb.getSheet("Still owed"), 1)).containsExactly("Cleo Marsh",
                    "Data Engineer", "Kestrel Labs", "Maya Lind", "Employer reply",
                    LocalDate.of(2026, 2, 27), 11.0);
        }
    }

    @Test
    void placementsWithMoneyTotalsAndADateRange(Database db) throws IOException {
        ReportFixture f = new ReportFixture(db);
        Path out = f.export("placements", ReportParameters.ALL, dir.resolve("pl.xlsx")).file();
        try (XSSFWorkbook wb = ReportFixture.open(out)) {
            Sheet list = wb.getSheet("Placements");
            assertThat(values(list, 1)).containsExactly("Zoë Ødegård", "Data Engineer",
                    "Kestrel Labs", "Maya Lind", LocalDate.of(2026, 3, 1), 60000.0, 12000.5, "GBP");
            assertThat(list.getRow(1).getCell(6).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00");
            assertThat(values(list, 2).subList(5, 7)).containsExactly(60000.0, 12000.5);
            assertThat(values(wb.getSheet("Per month"), 1)).containsExactly("2026-03", 1.0,
                    12000.5, 60000.0);
            assertThat(charts(wb, "Per month")).isEqualTo(1);
        }
        ExportResult later = f.export("placements", new ReportParameters(LocalDate.of(2026, 3, 2),
                null, null, null), dir.resolve("later.xlsx"));
        assertThat(later.sheets()).extracting(SheetCount::rows).containsExactly(0, 0, 0);
    }

    @Test
    void nurtureStepsPerRecruiterAndRunnersUpWithTheirLaterOutcome(Database db)
            throws IOException {
        ReportFixture f = new ReportFixture(db);
        NurtureRows.insert(f);
        Path out = f.export("nurture", ReportParameters.ALL, dir.resolve("n.xlsx")).file();
        try (XSSFWorkbook wb = ReportFixture.open(out)) {
            assertThat(values(wb.getSheet("Per recruiter"), 1)).containsExactly("Tom Reyes", 4.0,
                    1.0, 1.0, 2.0, 0.0, 1.0, 0.5);
            Sheet runners = wb.getSheet("Runners-up");
            assertThat(values(runners, 1)).containsExactly("Ben Okafor", "Tom Reyes",
                    "JOB_YOU_MAY_LIKE", LocalDate.of(2026, 3, 4), "DONE", "Data Engineer",
                    "Kestrel Labs", "Rejected (Internal candidate chosen)");
            assertThat(values(runners, 2).get(7)).isEqualTo("Not submitted");
        }
    }

    @Test
    void aCancelledExportLeavesNoFile(Database db) throws IOException {
        ReportFixture f = new ReportFixture(db);
        ReportDefinition pipeline = f.reports.catalog().find("pipeline").orElseThrow();
        Path target = dir.resolve("cancelled.xlsx");
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> f.reports.export(pipeline, ReportParameters.ALL, target,
                cancelled)).isInstanceOf(ExportCancelledException.class);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    static List<Object> values(Sheet sheet, int row) {
        Row r = sheet.getRow(row);
        List<Object> out = new ArrayList<>();
        for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
            Cell cell = r.getCell(c);
            if (cell == null) {
                out.add(null);
            } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                out.add(cell.getLocalDateTimeCellValue().toLocalDate());
            } else if (cell.getCellType() == CellType.NUMERIC) {
                out.add(cell.getNumericCellValue());
            } else {
                out.add(cell.getStringCellValue());
            }
        }
        return out;
    }

    static String text(Sheet sheet, int row, int col) {
        return sheet.getRow(row).getCell(col).getStringCellValue();
    }

    static String coverValue(XSSFWorkbook wb, String label) {
        for (Row row : wb.getSheetAt(0)) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getStringCellValue();
            }
        }
        return null;
    }

    static int charts(XSSFWorkbook wb, String sheet) {
        var drawing = ((XSSFSheet) wb.getSheet(sheet)).getDrawingPatriarch();
        return drawing == null ? 0 : drawing.getCharts().size();
    }
}
