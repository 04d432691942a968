package org.warmline.ui.table;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

/** A read-only table model over a list of records, described by {@link Column}s. */
public final class RecordTableModel<T> extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private final List<Column<T>> columns;
    private transient List<T> rows = new ArrayList<>();

    public RecordTableModel(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    public void setRows(List<T> rows) {
        this.rows = new ArrayList<>(rows);
        fireTableDataChanged();
    }

    public List<T> rows() {
        return List.copyOf(rows);
    }

    public T row(int modelIndex) {
        return rows.get(modelIndex);
    }

    /** The record at a view row of {@code table}, which may be sorted or filtered. */
    public T rowAtView(JTable table, int viewRow) {
        return rows.get(table.convertRowIndexToModel(viewRow));
    }

    /** Sets the columns' preferred widths on the table. */
    public void applyWidths(JTable table) {
        for (int i = 0; i < columns.size(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(columns.get(i).preferredWidth());
        }
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).header();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return columns.get(column).type();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return columns.get(column).value().apply(rows.get(row));
    }
}
