package org.warmline.duplicates.ui;

import java.awt.Window;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.CandidateId;
import org.warmline.duplicates.DuplicateService;
import org.warmline.duplicates.MergeBlockedException;
import org.warmline.duplicates.MergeChoice;
import org.warmline.duplicates.MergePreview;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.task.TaskRunner;

/**
 * Merge two candidate records: which one to keep, each field's value from either record (or
 * both, for notes and skills) with the result beside it, and what moves to the kept record.
 */
final class MergeDialog {
    private final DuplicateService duplicates;
    private final Messages msg;
    private final TaskRunner tasks;
    private final RecordOpener opener;
    private final JDialog dialog;
    private final MergeTableModel model;
    private final JTable table;
    private final JLabel keeping = new JLabel(" ");
    private final JLabel moves = Forms.hint(" ");
    private final JLabel problem = new JLabel(" ");
    private final JButton ok;
    private Runnable onMerged = () -> { };

    MergeDialog(Window owner, DuplicateService duplicates, Messages msg, TaskRunner tasks,
                RecordOpener opener) {
        this.duplicates = duplicates;
        this.msg = msg;
        this.tasks = tasks;
        this.opener = opener;
        dialog = new JDialog(owner, msg.get("duplicates.merge.title"), JDialog.DEFAULT_MODALITY_TYPE);
        dialog.setName("duplicates.merge");
        model = new MergeTableModel(msg);
        table = new JTable(model);
        table.setName("duplicates.merge.fields");
        table.setRowHeight(table.getRowHeight() + 6);
        JComboBox<String> choice = new JComboBox<>(java.util.Arrays.stream(MergeChoice.values())
                .map(model::label).toArray(String[]::new));
        table.getColumnModel().getColumn(MergeTableModel.CHOICE)
                .setCellEditor(new DefaultCellEditor(choice));
        int[] widths = {120, 200, 200, 110, 220};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        ok = new JButton(msg.get("duplicates.merge.ok"));
        ok.setName("duplicates.merge.ok");
        ok.addActionListener(e -> merge());
        dialog.setContentPane(content());
        dialog.getRootPane().setDefaultButton(ok);
        Dialogs.closeOnEscape(dialog, dialog::dispose);
    }

    private JPanel content() {
        JPanel p = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[fill, grow]",
                "[][][][grow, fill][][][]"));
        JLabel heading = new JLabel(msg.get("duplicates.merge.heading"));
        heading.putClientProperty("FlatLaf.styleClass", "h2");
        p.add(heading);
        keeping.setName("duplicates.merge.keeping");
        JButton swap = new JButton(msg.get("duplicates.merge.swap"));
        swap.setName("duplicates.merge.swap");
        swap.addActionListener(e -> load(model.preview().other().id(), model.preview().keep().id()));
        JButton openKeep = new JButton(msg.get("duplicates.merge.open"));
        openKeep.setName("duplicates.merge.open");
        openKeep.addActionListener(e -> opener.open(new RecordRef(RecordKind.CANDIDATE,
                model.preview().keep().id().value())));
        p.add(keeping, "split 3, growx, pushx");
        p.add(swap, "growx 0");
        p.add(openKeep, "growx 0");
        p.add(Forms.hint(msg.get("duplicates.merge.hint")));
        p.add(new JScrollPane(table), "h 320lp:360lp, w 860lp");
        moves.setName("duplicates.merge.moves");
        p.add(moves);
        problem.setName("duplicates.merge.problem");
        problem.setForeground(javax.swing.UIManager.getColor("Component.error.focusedBorderColor"));
        p.add(problem);
        JButton cancel = new JButton(msg.get("common.cancel"));
        cancel.setName("duplicates.merge.cancel");
        cancel.addActionListener(e -> dialog.dispose());
        p.add(ok, "split 2, tag ok, growx 0");
        p.add(cancel, "tag cancel, growx 0");
        return p;
    }

    /** Loads the preview of {@code keep} and {@code other} and shows the dialog. */
    void open(CandidateId keep, CandidateId other, Runnable afterMerge) {
        this.onMerged = afterMerge;
        tasks.run(msg.get("duplicates.loading"), () -> duplicates.preview(keep, other), p -> {
            show(p);
            dialog.pack();
            dialog.setLocationRelativeTo(dialog.getOwner());
            dialog.setVisible(true);
        });
    }

    private void load(CandidateId keep, CandidateId other) {
        tasks.run(msg.get("duplicates.loading"), () -> duplicates.preview(keep, other), this::show);
    }

    private void show(MergePreview p) {
        model.setPreview(p);
        keeping.setText(msg.get("duplicates.merge.keeping", p.keep().displayName(),
                p.keep().id().value(), p.other().displayName(), p.other().id().value()));
        String moved = p.moves().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> msg.get("duplicates.merge.moved", e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
        moves.setText(moved.isEmpty() ? msg.get("duplicates.merge.nothingMoves")
                : msg.get("duplicates.merge.moves", moved));
        problem.setText(" ");
    }

    private void merge() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
        MergePreview p = model.preview();
        Map<org.warmline.duplicates.MergeField, MergeChoice> choices = model.choices();
        ok.setEnabled(false);
        tasks.run(msg.get("duplicates.merging"), () -> duplicates.merge(p, choices), done -> {
            dialog.dispose();
            onMerged.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        ok.setEnabled(true);
        if (e instanceof MergeBlockedException b) {
            problem.setText(msg.get("duplicates.merge.blocked", String.join(", ", b.jobs())));
        } else if (e instanceof StaleRecordException) {
            problem.setText(msg.get("duplicates.merge.stale"));
            load(model.preview().keep().id(), model.preview().other().id());
        } else if (e instanceof ValidationException v) {
            problem.setText(v.byField().entrySet().stream()
                    .map(en -> en.getKey() + ": " + msg.get(en.getValue()))
                    .collect(Collectors.joining("; ")));
        } else {
            problem.setText(String.valueOf(e.getMessage()));
        }
    }
}
