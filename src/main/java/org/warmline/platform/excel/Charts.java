package org.warmline.platform.excel;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Draws XDDF charts on the XSSF sheet behind a streamed sheet. The series carry their values
 * as a cache as well as the cell references, so every reader shows the chart without
 * recalculating.
 */
final class Charts {
    private Charts() {
    }

    static void draw(XSSFSheet sheet, ChartSpec spec, List<String> headers, List<String> categories,
                     List<Double[]> values, int firstFreeColumn) {
        if (categories.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int col = firstFreeColumn + 1;
        var anchor = drawing.createAnchor(0, 0, 0, 0, col, 1, col + 9, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFChartData data = chart.createData(spec.kind() == ChartSpec.Kind.BAR ? ChartTypes.BAR
                : ChartTypes.LINE, x, y);
        int last = categories.size();
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(
                categories.toArray(String[]::new), range(sheet, spec.categoryColumn(), last));
        for (int s = 0; s < spec.valueColumns().size(); s++) {
            int c = spec.valueColumns().get(s);
            XDDFNumericalDataSource<Double> nums = XDDFDataSourcesFactory.fromArray(values.get(s),
                    range(sheet, c, last));
            data.addSeries(cats, nums).setTitle(headers.get(c), null);
        }
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.COL);
            bar.setVaryColors(false);
        }
        chart.plot(data);
    }

    private static String range(XSSFSheet sheet, int column, int lastRow) {
        return new CellRangeAddress(1, lastRow, column, column).formatAsString(sheet.getSheetName(),
                true);
    }
}
