package org.warmline.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an .xlsx workbook as a stream (SXSSF: a window of rows in memory, the rest on disk),
 * so memory stays flat however many rows a sheet has. The workbook is written to a temporary
 * file beside the target and moved into place by {@link #commit()}; closing without a commit
 * (cancel, failure) deletes it, so no half file is ever left at the target.
 *
 * <pre>{@code
 * try (XlsxWriter xlsx = XlsxWriter.create(target)) {
 *     SheetWriter sheet = xlsx.sheet("Placements", List.of(ColumnSpec.text("Candidate"),
 *             new ColumnSpec("Start", CellFormat.DATE), new ColumnSpec("Fee", CellFormat.MONEY)));
 *     sheet.row("Zoë Ødegård", LocalDate.of(2026, 3, 1), new BigDecimal("12500.00"));
 *     sheet.finish();
 *     xlsx.commit();
 * }
 * }</pre>
 */
public final class XlsxWriter implements AutoCloseable {
    private static final int WINDOW_ROWS = 200;
    private final Path target;
    private final Path temp;
    private final SXSSFWorkbook workbook;
    private final Map<CellFormat, CellStyle> styles = new EnumMap<>(CellFormat.class);
    private final Map<CellFormat, CellStyle> boldStyles = new EnumMap<>(CellFormat.class);
    private final CellStyle header;
    private final CellStyle guardedText;
    private final CellStyle title;
    private boolean committed;

    private XlsxWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        this.temp = Files.createTempFile(dir, ".warmline-", ".xlsx.part");
        this.workbook = new SXSSFWorkbook(WINDOW_ROWS);
        workbook.setCompressTempFiles(true);
        for (CellFormat f : CellFormat.values()) {
            styles.put(f, style(f, false));
            boldStyles.put(f, style(f, true));
        }
        this.header = headerStyle();
        this.guardedText = workbook.createCellStyle();
        guardedText.setQuotePrefixed(true);
        this.title = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title.setFont(big);
    }

    /** Starts a workbook that will end up at {@code target} once committed. */
    public static XlsxWriter create(Path target) throws IOException {
        return new XlsxWriter(target);
    }

    /** Adds a data sheet with a styled, frozen header row; rows follow with {@code row(...)}. */
    public SheetWriter sheet(String name, List<ColumnSpec> columns) {
        return new SheetWriter(this, workbook.createSheet(SheetNames.safe(workbook, name)),
                columns);
    }

    /**
     * Adds a cover sheet: a title and label/value lines (report parameters, generation time,
     * database). It becomes the first sheet.
     */
    public void cover(String titleText, List<Map.Entry<String, String>> lines) {
        var sheet = workbook.createSheet(SheetNames.safe(workbook, "Cover"));
        workbook.setSheetOrder(sheet.getSheetName(), 0);
        workbook.setActiveSheet(0);
        var cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(titleText);
        cell.setCellStyle(title);
        int r = 2;
        for (Map.Entry<String, String> line : lines) {
            var row = sheet.createRow(r++);
            var label = row.createCell(0);
            label.setCellValue(line.getKey());
            label.setCellStyle(boldStyles.get(CellFormat.TEXT));
            SheetWriter.writeText(row.createCell(1), line.getValue(), guardedText);
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    /** The underlying workbook of the streamed sheets, for charts on small summary sheets. */
    public XSSFWorkbook chartWorkbook() {
        return workbook.getXSSFWorkbook();
    }

    /** Writes the workbook and moves it into place (replacing an older file). */
    public void commit() throws IOException {
        try (OutputStream out = Files.newOutputStream(temp)) {
            workbook.write(out);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Releases the streaming files; without a commit the partial output is deleted. */
    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    CellStyle styleFor(CellFormat format, boolean bold) {
        return bold ? boldStyles.get(format) : styles.get(format);
    }

    CellStyle header() {
        return header;
    }

    CellStyle guardedText() {
        return guardedText;
    }

    private CellStyle style(CellFormat format, boolean bold) {
        CellStyle s = workbook.createCellStyle();
        if (format.pattern() != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(format.pattern()));
        }
        if (bold) {
            Font f = workbook.createFont();
            f.setBold(true);
            s.setFont(f);
            s.setBorderTop(BorderStyle.THIN);
        }
        return s;
    }

    private CellStyle headerStyle() {
        CellStyle s = workbook.createCellStyle();
        Font f = workbook.createFont();
        f.setBold(true);
        f.setColor(IndexedColors.WHITE.getIndex());
        s.setFont(f);
        s.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        return s;
    }
}
