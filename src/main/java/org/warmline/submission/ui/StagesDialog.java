package org.warmline.submission.ui;

import java.awt.Color;
import java.awt.Component;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.Stage;
import org.warmline.submission.StageId;
import org.warmline.submission.StageService;
import org.warmline.ui.task.TaskRunner;

/**
 * Lets the agency rename pipeline stages (in place or with "Rename…") and add in-progress
 * stages such as another interview round; outcomes are fixed. A refused change is explained
 * under the table. The board follows through the stage change events.
 */
final class StagesDialog extends EditableListDialog<Stage, StageId> {
    private static final long serialVersionUID = 1L;
    private final transient StageService stages;
    private final JButton add;
    private final JButton rename;

    StagesDialog(Component parent, StageService stages, Messages msg, TaskRunner tasks) {
        super(parent, "submission.stages", msg, tasks, new StagesTableModel(msg));
        this.stages = stages;
        ((StagesTableModel) model).onRename(this::rename);
        this.add = button("submission.stages.add", this::addStage);
        this.rename = button("submission.stages.rename", this::renameSelected);
        viewport(480, 9);
        width(StagesTableModel.NAME, 250);
        width(StagesTableModel.OUTCOME, 140);
        width(StagesTableModel.POSITION, 90);
        table.getColumnModel().getColumn(StagesTableModel.OUTCOME)
                .setCellRenderer(new OutcomeRenderer());
        open(parent, List.of(add, rename, button("submission.stages.close", this::dispose)));
    }

    @Override
    protected List<Stage> fetch() {
        return stages.list();
    }

    @Override
    protected StageId idOf(Stage stage) {
        return stage.id();
    }

    @Override
    protected void updateButtons() {
        if (add == null) {
            return;
        }
        rename.setEnabled(selected() != null);
        add.setEnabled(StagesTableModel.anchorFor(selected(), ((StagesTableModel) model).rows())
                != null);
    }

    private void addStage() {
        Stage anchor = StagesTableModel.anchorFor(selected(), ((StagesTableModel) model).rows());
        if (anchor == null) {
            return;
        }
        askName(msg.get("submission.stages.add.title"),
                msg.get("submission.stages.add.where", anchor.name()), "", null)
                .ifPresent(a -> change(() -> stages.addAfter(anchor.id(), a.name()), anchor.id(),
                        msg.get("submission.stages.error.add")));
    }

    private void renameSelected() {
        withSelected(stage -> askName(msg.get("submission.stages.rename.title"),
                msg.get("submission.stages.rename.what", stage.name()), stage.name(), null)
                .ifPresent(a -> rename(stage, a.name())));
    }

    private void rename(Stage stage, String name) {
        change(() -> stages.rename(stage.id(), name, stage.version()), stage.id(),
                msg.get("submission.stages.error.rename", stage.name()));
    }

    /** Shows each outcome in the colour the board uses for it. */
    private final class OutcomeRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected,
                                                       boolean focused, int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            if (!selected) {
                Color normal = t.getForeground();
                setForeground(StageColumn.outcomeColor(model.row(row).outcome(), normal));
            }
            return this;
        }
    }
}
