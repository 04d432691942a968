package org.warmline.submission.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.table.AbstractTableModel;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.ReasonId;
import org.warmline.submission.RejectionReason;

/**
 * The rows of the reasons dialog: name (editable; an edit asks for a rename) and the "not
 * about the candidate" flag (a check box; a click asks for the change). Rows change only when
 * the reloaded list arrives.
 */
final class ReasonsTableModel extends AbstractTableModel
        implements EditableRows<RejectionReason, ReasonId> {
    static final int NAME = 0;
    static final int NOT_ABOUT_CANDIDATE = 1;
    private static final long serialVersionUID = 1L;
    private final transient Messages msg;
    private transient BiConsumer<RejectionReason, String> onRename = (reason, name) -> { };
    private transient Consumer<RejectionReason> onToggle = reason -> { };
    private transient List<RejectionReason> rows = new ArrayList<>();

    ReasonsTableModel(Messages msg) {
        this.msg = msg;
    }

    /** What edits in the table do: a new name asks for a rename, the checkbox for a toggle. */
    void onEdit(BiConsumer<RejectionReason, String> rename, Consumer<RejectionReason> toggle) {
        this.onRename = rename;
        this.onToggle = toggle;
    }

    @Override
    public void setRows(List<RejectionReason> reasons) {
        rows = new ArrayList<>(reasons);
        fireTableDataChanged();
    }

    @Override
    public RejectionReason row(int index) {
        return rows.get(index);
    }

    @Override
    public int indexOf(ReasonId id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 2;
    }

    @Override
    public String getColumnName(int column) {
        return msg.get(column == NAME ? "submission.reasons.column.name"
                : "submission.reasons.column.notAboutCandidate");
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == NAME ? String.class : Boolean.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return true;
    }

    @Override
    public Object getValueAt(int row, int column) {
        RejectionReason reason = rows.get(row);
        return column == NAME ? reason.name() : reason.notAboutCandidate();
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        RejectionReason reason = rows.get(row);
        if (column == NAME) {
            String name = value == null ? "" : value.toString();
            if (!name.strip().equals(reason.name())) {
                onRename.accept(reason, name);
            }
        } else if (!Boolean.valueOf(reason.notAboutCandidate()).equals(value)) {
            onToggle.accept(reason);
        }
    }
}
