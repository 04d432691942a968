package org.warmline.platform.excel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Rows of one sheet. Text is always a string cell, and text that a spreadsheet could take for
 * a formula (starting with {@code = + - @}, tab or carriage return) is additionally marked
 * quote-prefixed, so Excel never evaluates it, even after the cell is edited; the text itself
 * is kept exactly. Numbers and dates are real numbers and dates in the column's format.
 */
public final class SheetWriter {
    private static final int WIDTH_SAMPLE_ROWS = 500;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_CELL_TEXT = 32_767;
    private final XlsxWriter owner;
    private final SXSSFSheet sheet;
    private final List<ColumnSpec> columns;
    private final int[] widths;
    private int next;
    private ChartSpec chart;
    private final List<String> chartCategories = new ArrayList<>();
    private final List<List<Double>> chartValues = new ArrayList<>();

    SheetWriter(XlsxWriter owner, SXSSFSheet sheet, List<ColumnSpec> columns) {
        this.owner = owner;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        Row head = sheet.createRow(next++);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(owner.header());
            widths[c] = columns.get(c).header().length() + 2;
        }
        sheet.createFreezePane(0, 1);
    }

    /** Appends a data row; values are matched to the columns by position (null = empty). */
    public void row(Object... values) {
        write(Arrays.asList(values), false);
    }

    /** Appends a data row from a list of values. */
    public void row(List<?> values) {
        write(values, false);
    }

    /**
     * Draws a native chart of this sheet's data rows (not the totals) beside the data when the
     * sheet is finished. For summary sheets: the charted values are kept in memory.
     */
    public void chart(ChartSpec spec) {
        this.chart = spec;
        spec.valueColumns().forEach(c -> chartValues.add(new ArrayList<>()));
    }

    /** Appends a bold totals row (values computed by the caller). */
    public void totals(Object... values) {
        write(Arrays.asList(values), true);
    }

    /** Data rows written so far (the header not counted). */
    public int rows() {
        return next - 1;
    }

    /** Sets column widths and the auto-filter over the header and data rows. */
    public void finish() {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c]) * 256);
        }
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0,
                    columns.size() - 1));
        }
        if (chart != null) {
            List<Double[]> series = chartValues.stream().map(v -> v.toArray(Double[]::new))
                    .toList();
            Charts.draw(owner.chartWorkbook().getSheet(sheet.getSheetName()), chart,
                    columns.stream().map(ColumnSpec::header).toList(), chartCategories, series,
                    columns.size());
        }
    }

    private void remember(List<?> values) {
        Object category = chart.categoryColumn() < values.size()
                ? values.get(chart.categoryColumn()) : null;
        chartCategories.add(category == null ? "" : String.valueOf(category));
        for (int s = 0; s < chart.valueColumns().size(); s++) {
            int c = chart.valueColumns().get(s);
            Object v = c < values.size() ? values.get(c) : null;
            chartValues.get(s).add(v instanceof Number n ? n.doubleValue() : 0.0);
        }
    }

    private void write(List<?> values, boolean bold) {
        if (chart != null && !bold) {
            remember(values);
        }
        Row row = sheet.createRow(next++);
        int n = Math.min(values.size(), columns.size());
        for (int c = 0; c < n; c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            CellFormat format = columns.get(c).format();
            int shown = put(cell, v, format, bold);
            if (next <= WIDTH_SAMPLE_ROWS) {
                widths[c] = Math.max(widths[c], shown + 2);
            }
        }
    }

    private int put(Cell cell, Object v, CellFormat format, boolean bold) {
        if (v instanceof Number num && format != CellFormat.TEXT) {
            cell.setCellValue(num instanceof BigDecimal bd ? bd.doubleValue() : num.doubleValue());
            cell.setCellStyle(owner.styleFor(format, bold));
            return Math.max(10, num.toString().length() + 3);
        }
        LocalDateTime when = dateTime(v);
        if (when != null && format != CellFormat.TEXT) {
            if (v instanceof LocalDate d) {
                cell.setCellValue(d);
            } else {
                cell.setCellValue(when);
            }
            cell.setCellStyle(owner.styleFor(format, bold));
            return format == CellFormat.DATE ? 12 : 17;
        }
        String text = String.valueOf(v);
        writeText(cell, text, owner.guardedText());
        if (bold && !isFormulaLike(text)) {
            cell.setCellStyle(owner.styleFor(CellFormat.TEXT, true));
        }
        return longestLine(text);
    }

    static void writeText(Cell cell, String text, CellStyle guarded) {
        String value = text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text;
        cell.setCellValue(value);
        if (isFormulaLike(value)) {
            cell.setCellStyle(guarded);
        }
    }

    /** True for text a spreadsheet might evaluate: starts with = + - @, tab or CR. */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
    }

    private static LocalDateTime dateTime(Object v) {
        if (v instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (v instanceof LocalDateTime t) {
            return t;
        }
        if (v instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZoneId.systemDefault());
        }
        return null;
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
