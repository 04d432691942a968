package org.warmline.submission.ui;

import java.awt.CardLayout;
import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingUtilities;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.JobOption;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.form.TextChanges;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordTableModel;

/** Picks one open job, filtered as you type; used by "Submit to job…". */
final class JobPickerDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private final transient Consumer<JobOption> onChosen;
    private final RecordTableModel<JobOption> model;
    private final JTable table;
    private final TableRowSorter<RecordTableModel<JobOption>> sorter;
    private final JTextField filter = Forms.textField("submission.jobPicker.filter");
    private final JButton ok;

    JobPickerDialog(Component parent, SubmissionCommands commands, Consumer<JobOption> onChosen) {
        super(SwingUtilities.getWindowAncestor(parent),
                commands.msg().get("submission.jobPicker.title"), ModalityType.APPLICATION_MODAL);
        Messages msg = commands.msg();
        this.onChosen = onChosen;
        setName("submission.jobPicker");
        model = new RecordTableModel<>(List.of(
                Column.<JobOption>of(msg.get("submission.column.employer"), String.class,
                        JobOption::employerName).width(180),
                Column.<JobOption>of(msg.get("submission.column.job"), String.class,
                        JobOption::title).width(220),
                Column.<JobOption>of(msg.get("submission.jobPicker.location"), String.class,
                        JobOption::location).width(120)));
        table = new JTable(model);
        table.setName("submission.jobPicker.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        model.applyWidths(table);
        ok = new JButton(msg.get("submission.jobPicker.ok"));
        ok.setName("submission.jobPicker.ok");
        ok.setEnabled(false);
        ok.addActionListener(e -> choose());
        JButton cancel = new JButton(msg.get("submission.jobPicker.cancel"));
        cancel.setName("submission.jobPicker.cancel");
        cancel.addActionListener(e -> dispose());
        CardLayout cards = new CardLayout();
        JPanel body = new JPanel(cards);
        body.add(new JScrollPane(table), "table");
        JLabel empty = Forms.hint(msg.get("submission.jobPicker.empty"));
        empty.setHorizontalAlignment(JLabel.CENTER);
        body.add(empty, "empty");
        JPanel root = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]",
                "[][][grow, fill][]"));
        filter.putClientProperty("JTextField.placeholderText", msg.get("common.filter.placeholder"));
        root.add(Forms.hint(msg.get("submission.jobPicker.hint")));
        root.add(filter);
        root.add(body, "w 560lp, h 300lp");
        root.add(ok, "split 2, right, tag ok");
        root.add(cancel, "tag cancel");
        setContentPane(root);
        wire();
        Dialogs.closeOnEscape(this, this::dispose);
        getRootPane().setDefaultButton(ok);
        commands.tasks().run(msg.get("submission.loading"), commands.service()::openJobs, jobs -> {
            model.setRows(jobs);
            cards.show(body, jobs.isEmpty() ? "empty" : "table");
            if (!jobs.isEmpty()) {
                table.setRowSelectionInterval(0, 0);
            }
        });
        pack();
        Dialogs.fitToScreen(this, parent);
    }

    private void wire() {
        table.getSelectionModel().addListSelectionListener(
                e -> ok.setEnabled(table.getSelectedRow() >= 0));
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.getSelectedRow() >= 0) {
                    choose();
                }
            }
        });
        TextChanges.listen(filter, this::applyFilter);
    }

    private void applyFilter() {
        String text = filter.getText().strip().toLowerCase(Locale.ROOT);
        sorter.setRowFilter(text.isEmpty() ? null : new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends RecordTableModel<JobOption>, ? extends Integer> e) {
                JobOption job = e.getModel().row(e.getIdentifier());
                String hay = (job.employerName() + " " + job.title() + " "
                        + (job.location() == null ? "" : job.location())).toLowerCase(Locale.ROOT);
                return hay.contains(text);
            }
        });
        if (table.getRowCount() > 0 && table.getSelectedRow() < 0) {
            table.setRowSelectionInterval(0, 0);
        }
    }

    private void choose() {
        int view = table.getSelectedRow();
        if (view < 0) {
            return;
        }
        JobOption job = model.rowAtView(table, view);
        dispose();
        onChosen.accept(job);
    }
}
