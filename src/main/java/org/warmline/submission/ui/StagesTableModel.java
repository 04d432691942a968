package org.warmline.submission.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.table.AbstractTableModel;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.Stage;
import org.warmline.submission.StageId;
import org.warmline.submission.StageOutcome;

/**
 * The rows of the stages dialog: name (editable; an edit asks for a rename, the row itself
 * changes only when the reloaded list arrives), outcome label and position.
 */
final class StagesTableModel extends AbstractTableModel implements EditableRows<Stage, StageId> {
    static final int NAME = 0;
    static final int OUTCOME = 1;
    static final int POSITION = 2;
    private static final long serialVersionUID = 1L;
    private final transient Messages msg;
    private transient BiConsumer<Stage, String> onRename = (stage, name) -> { };
    private transient List<Stage> rows = new ArrayList<>();

    StagesTableModel(Messages msg) {
        this.msg = msg;
    }

    /** What an edit of a name in the table does: ask the service for a rename. */
    void onRename(BiConsumer<Stage, String> rename) {
        this.onRename = rename;
    }

    @Override
    public void setRows(List<Stage> stages) {
        rows = new ArrayList<>(stages);
        fireTableDataChanged();
    }

    List<Stage> rows() {
        return List.copyOf(rows);
    }

    @Override
    public Stage row(int index) {
        return rows.get(index);
    }

    @Override
    public int indexOf(StageId id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where "Add stage…" inserts: after the selected stage when it is in progress, otherwise
     * after the stage before the last in-progress one (by default: before Offer).
     */
    static Stage anchorFor(Stage selected, List<Stage> stages) {
        if (selected != null && selected.outcome() == StageOutcome.IN_PROGRESS) {
            return selected;
        }
        List<Stage> open = stages.stream()
                .filter(s -> s.outcome() == StageOutcome.IN_PROGRESS).toList();
        return open.isEmpty() ? null : open.get(Math.max(0, open.size() - 2));
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 3;
    }

    @Override
    public String getColumnName(int column) {
        return msg.get(switch (column) {
            case NAME -> "submission.stages.column.name";
            case OUTCOME -> "submission.stages.column.outcome";
            default -> "submission.stages.column.position";
        });
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == POSITION ? Integer.class : String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == NAME;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Stage stage = rows.get(row);
        return switch (column) {
            case NAME -> stage.name();
            case OUTCOME -> msg.get(stage.outcome().labelKey());
            default -> stage.position();
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        Stage stage = rows.get(row);
        String name = value == null ? "" : value.toString();
        if (column == NAME && !name.strip().equals(stage.name())) {
            onRename.accept(stage, name);
        }
    }
}
