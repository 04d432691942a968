package org.warmline.candidate.ui;

import java.awt.Window;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.CandidateSummary;
import org.warmline.candidate.ui.CandidateEditorPresenter.DuplicateDecision;
import org.warmline.candidate.ui.CandidateEditorPresenter.DuplicateDecision.Choice;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordTableModel;

/** Warns that a candidate being saved probably exists already, and asks what to do. */
final class DuplicateDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private final transient RecordTableModel<CandidateSummary> model;
    private final JTable table;
    private transient DuplicateDecision decision = DuplicateDecision.back();

    private DuplicateDialog(Window owner, Messages msg, List<CandidateSummary> matches) {
        super(owner, msg.get("candidate.duplicate.title"), ModalityType.DOCUMENT_MODAL);
        setName("candidate.duplicate");
        model = new RecordTableModel<>(List.of(
                Column.<CandidateSummary>of(msg.get("candidate.duplicate.column.name"),
                        String.class, CandidateSummary::displayName).width(180),
                Column.<CandidateSummary>of(msg.get("candidate.duplicate.column.email"),
                        String.class, CandidateSummary::email).width(220),
                Column.<CandidateSummary>of(msg.get("candidate.duplicate.column.phone"),
                        String.class, CandidateSummary::phone).width(140)));
        model.setRows(matches);
        table = new JTable(model);
        table.setName("candidate.duplicate.list");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        model.applyWidths(table);
        table.setRowSelectionInterval(0, 0);

        JButton open = button("candidate.duplicate.open", msg, Choice.OPEN);
        JButton save = button("candidate.duplicate.save", msg, Choice.SAVE_ANYWAY);
        JButton back = button("candidate.duplicate.cancel", msg, Choice.BACK);
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow, fill]",
                "[][grow, fill][]"));
        content.add(new JLabel(msg.get("candidate.duplicate.text")));
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(560, 140));
        content.add(scroll);
        content.add(open, "split 3, tag left, sizegroup b");
        content.add(save, "tag other, sizegroup b");
        content.add(back, "tag cancel, sizegroup b");
        setContentPane(content);
        getRootPane().setDefaultButton(open);
        Dialogs.closeOnEscape(this, this::dispose);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        pack();
        Dialogs.fitToScreen(this, owner);
    }

    private JButton button(String key, Messages msg, Choice choice) {
        JButton button = new JButton(msg.get(key));
        button.setName(key);
        button.addActionListener(e -> {
            int row = Math.max(0, table.getSelectedRow());
            decision = new DuplicateDecision(choice,
                    choice == Choice.OPEN ? model.rowAtView(table, row).id() : null);
            dispose();
        });
        return button;
    }

    /** Shows the matches modally and returns the user's decision (BACK when closed). */
    static DuplicateDecision ask(Window owner, Messages msg, List<CandidateSummary> matches) {
        DuplicateDialog dialog = new DuplicateDialog(owner, msg, matches);
        dialog.setVisible(true);
        return dialog.decision;
    }
}
