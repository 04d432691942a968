package org.warmline.importing.ui;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.warmline.importing.ColumnMapping;
import org.warmline.importing.ImportField;
import org.warmline.importing.ImportPreview;
import org.warmline.platform.i18n.Messages;

/** One row per column of the file: its header, an example value, and what it is imported as. */
final class MappingTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    static final int FIELD = 2;
    private final transient Messages msg;
    private transient ImportPreview preview;
    private transient ColumnMapping mapping = new ColumnMapping(List.of());

    MappingTableModel(Messages msg) {
        this.msg = msg;
    }

    void setPreview(ImportPreview preview) {
        this.preview = preview;
        this.mapping = preview.mapping();
        fireTableDataChanged();
    }

    ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public int getRowCount() {
        return preview == null ? 0 : preview.header().size();
    }

    @Override
    public int getColumnCount() {
        return 3;
    }

    @Override
    public String getColumnName(int column) {
        return msg.get("importing.wizard.mapping.col." + column);
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == FIELD;
    }

    @Override
    public Object getValueAt(int row, int column) {
        return switch (column) {
            case 0 -> preview.header().get(row);
            case 1 -> example(row);
            default -> mapping.field(row);
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        if (column == FIELD && value instanceof ImportField f) {
            mapping = mapping.with(row, f);
            fireTableRowsUpdated(row, row);
        }
    }

    /** The first non-blank value of the column in the previewed rows. */
    private String example(int column) {
        for (List<String> row : preview.rows()) {
            if (column < row.size() && !row.get(column).isBlank()) {
                String v = row.get(column).replace('\n', ' ');
                return v.length() > 60 ? v.substring(0, 60) + "…" : v;
            }
        }
        return "";
    }
}
