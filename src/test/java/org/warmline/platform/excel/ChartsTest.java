package org.warmline.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    @TempDir
    Path dir;

    @Test
    void aBarChartOfTheDataRowsWithCachedValuesAndWithoutTheTotals() throws IOException {
        Path out = dir.resolve("funnel.xlsx");
        String longNote = "ø".repeat(10_000);
        try (XlsxWriter xlsx = XlsxWriter.create(out)) {
            SheetWriter sheet = xlsx.sheet("Funnel", List.of(ColumnSpec.text("Step"),
                    new ColumnSpec("Submissions", CellFormat.INTEGER), ColumnSpec.text("Note")));
            sheet.chart(new ChartSpec(ChartSpec.Kind.BAR, "Funnel", 0, List.of(1)));
            sheet.row("Submitted", 5, longNote);
            sheet.row("Interview", 3, "王芳");
            sheet.row("Placed", 1, null);
            sheet.totals("Total", 9, null);
            sheet.finish();
            SheetWriter plain = xlsx.sheet("Rows", List.of(ColumnSpec.text("A")));
            plain.row("x");
            plain.finish();
            xlsx.commit();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Rows").getDrawingPatriarch()).isNull();
            List<XSSFChart> charts = wb.getSheet("Funnel").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Funnel");
            XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(3);
            assertThat(series.getCategoryData().getPointAt(2)).isEqualTo("Placed");
            assertThat(series.getValuesData().getPointAt(0)).isEqualTo(5.0);
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Funnel!$B$2:$B$4");
            assertThat(wb.getSheet("Funnel").getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo(longNote);
            assertThat(wb.getSheet("Funnel").getRow(2).getCell(2).getStringCellValue())
                    .isEqualTo("王芳");
        }
    }
}
