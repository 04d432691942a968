package org.warmline.ui.table;

import java.awt.Component;
import java.awt.Container;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.warmline.platform.excel.CellFormat;
import org.warmline.platform.excel.ColumnSpec;
import org.warmline.platform.excel.SheetWriter;
import org.warmline.platform.excel.XlsxWriter;

/**
 * Exports exactly what a table shows: its visible columns in their order and its rows as
 * filtered and sorted. Take the {@link #snapshot} on the EDT, {@link #write} it off the EDT.
 *
 * <pre>{@code
 * TableExport.Snapshot rows = TableExport.snapshot(table);          // EDT
 * tasks.run(busy, () -> TableExport.write(rows, "Jobs", file), n -> ...);
 * }</pre>
 */
public final class TableExport {
    private TableExport() {
    }

    /** The headers and cell values of a table's view. */
    public record Snapshot(List<ColumnSpec> columns, List<List<Object>> rows) {
    }

    /** Numbers and dates keep their value; everything else is the text the table shows. */
    public static Snapshot snapshot(JTable table) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (int c = 0; c < table.getColumnCount(); c++) {
            columns.add(new ColumnSpec(table.getColumnName(c), format(table.getColumnClass(c))));
        }
        List<List<Object>> rows = new ArrayList<>(table.getRowCount());
        for (int r = 0; r < table.getRowCount(); r++) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                row.add(cell(table, r, c, columns.get(c).format()));
            }
            rows.add(row);
        }
        return new Snapshot(columns, rows);
    }

    /** Writes the snapshot as a one-sheet workbook and returns the number of rows. */
    public static int write(Snapshot snapshot, String sheetName, Path target) throws IOException {
        try (XlsxWriter xlsx = XlsxWriter.create(target)) {
            SheetWriter sheet = xlsx.sheet(sheetName, snapshot.columns());
            snapshot.rows().forEach(sheet::row);
            sheet.finish();
            xlsx.commit();
            return sheet.rows();
        }
    }

    /** The list a screen is about: a showing table named "*.list", else the first showing one. */
    public static Optional<JTable> mainTable(Container root) {
        List<JTable> tables = new ArrayList<>();
        collect(root, tables);
        return tables.stream().filter(t -> t.getName() != null && t.getName().endsWith(".list"))
                .findFirst().or(() -> tables.stream().findFirst());
    }

    private static void collect(Container root, List<JTable> into) {
        for (Component child : root.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            if (child instanceof JTable table) {
                into.add(table);
            } else if (child instanceof Container c) {
                collect(c, into);
            }
        }
    }

    private static CellFormat format(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == Short.class) {
            return CellFormat.INTEGER;
        }
        if (type == BigDecimal.class || type == Double.class || type == Float.class) {
            return CellFormat.DECIMAL;
        }
        if (type == LocalDate.class) {
            return CellFormat.DATE;
        }
        if (type == Instant.class || type == LocalDateTime.class) {
            return CellFormat.DATE_TIME;
        }
        return CellFormat.TEXT;
    }

    private static Object cell(JTable table, int row, int col, CellFormat format) {
        Object value = table.getValueAt(row, col);
        if (value == null || format != CellFormat.TEXT) {
            return value;
        }
        Component shown = table.prepareRenderer(table.getCellRenderer(row, col), row, col);
        return shown instanceof JLabel label && label.getText() != null ? label.getText()
                : String.valueOf(value);
    }
}
