package org.warmline.duplicates.ui;

import java.util.EnumMap;
import java.util.Map;
import javax.swing.table.AbstractTableModel;
import org.warmline.duplicates.MergeChoice;
import org.warmline.duplicates.MergeField;
import org.warmline.duplicates.MergePreview;
import org.warmline.platform.i18n.Messages;

/** The merge preview as a table: field, both values, the choice (editable) and the result. */
final class MergeTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    static final int CHOICE = 3;
    private final transient Messages msg;
    private transient MergePreview preview;
    private final Map<MergeField, MergeChoice> choices = new EnumMap<>(MergeField.class);

    MergeTableModel(Messages msg) {
        this.msg = msg;
    }

    void setPreview(MergePreview preview) {
        this.preview = preview;
        choices.clear();
        choices.putAll(preview.suggestions());
        fireTableDataChanged();
    }

    MergePreview preview() {
        return preview;
    }

    Map<MergeField, MergeChoice> choices() {
        return Map.copyOf(choices);
    }

    MergeField field(int row) {
        return preview.rows().get(row).field();
    }

    @Override
    public int getRowCount() {
        return preview == null ? 0 : preview.rows().size();
    }

    @Override
    public int getColumnCount() {
        return 5;
    }

    @Override
    public String getColumnName(int column) {
        return msg.get("duplicates.merge.col." + column);
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == CHOICE;
    }

    @Override
    public Object getValueAt(int row, int column) {
        MergePreview.Row r = preview.rows().get(row);
        return switch (column) {
            case 0 -> msg.get(r.field().labelKey());
            case 1 -> shown(r.keepValue());
            case 2 -> shown(r.otherValue());
            case CHOICE -> label(choices.get(r.field()));
            default -> shown(preview.result(r.field(), choices.get(r.field())));
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        MergeChoice choice = choiceOf(value);
        if (column == CHOICE && choice != null) {
            MergeField f = field(row);
            choices.put(f, choice == MergeChoice.BOTH && !f.combinable() ? MergeChoice.KEEP : choice);
            fireTableRowsUpdated(row, row);
        }
    }

    /** The label of a choice, as the Use column shows it. */
    String label(MergeChoice c) {
        return msg.get("duplicates.choice." + c.name());
    }

    private MergeChoice choiceOf(Object label) {
        for (MergeChoice c : MergeChoice.values()) {
            if (label(c).equals(label)) {
                return c;
            }
        }
        return null;
    }

    /** One line of a value: line breaks shown as a pilcrow so the row keeps its height. */
    private static String shown(String value) {
        return value == null ? "" : value.replace("\r\n", " ¶ ").replace("\n", " ¶ ");
    }
}
