package org.warmline.submission.ui;

import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.search.SearchHit;
import org.warmline.search.SearchKind;
import org.warmline.search.SearchService;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.form.TextChanges;
import org.warmline.ui.task.TaskHandle;
import org.warmline.ui.task.TaskRunner;

/** Finds a candidate as you type (search index, candidates only); used by "Add candidate…". */
final class CandidatePickerDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 50;
    private final transient SearchService search;
    private final transient TaskRunner tasks;
    private final transient Messages msg;
    private final transient Consumer<SearchHit> onChosen;
    private final JTextField query = Forms.textField("submission.candidatePicker.query");
    private final DefaultListModel<SearchHit> model = new DefaultListModel<>();
    private final JList<SearchHit> results = new JList<>(model);
    private final JButton ok;
    private final Timer debounce = new Timer(200, e -> find());
    private transient TaskHandle running = TaskHandle.DONE;

    CandidatePickerDialog(Component parent, SearchService search, Messages msg, TaskRunner tasks,
                          Consumer<SearchHit> onChosen) {
        super(SwingUtilities.getWindowAncestor(parent), msg.get("submission.candidatePicker.title"),
                ModalityType.APPLICATION_MODAL);
        this.search = search;
        this.tasks = tasks;
        this.msg = msg;
        this.onChosen = onChosen;
        setName("submission.candidatePicker");
        debounce.setRepeats(false);
        ok = new JButton(msg.get("submission.candidatePicker.ok"));
        ok.setName("submission.candidatePicker.ok");
        ok.setEnabled(false);
        ok.addActionListener(e -> choose());
        JButton cancel = new JButton(msg.get("submission.candidatePicker.cancel"));
        cancel.setName("submission.candidatePicker.cancel");
        cancel.addActionListener(e -> dispose());
        results.setName("submission.candidatePicker.results");
        results.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        results.setCellRenderer(new HitRenderer());
        query.putClientProperty("JTextField.placeholderText",
                msg.get("submission.candidatePicker.hint"));
        JPanel root = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]",
                "[][grow, fill][]"));
        root.add(query);
        root.add(new JScrollPane(results), "w 460lp, h 280lp");
        root.add(ok, "split 2, right, tag ok");
        root.add(cancel, "tag cancel");
        setContentPane(root);
        wire();
        Dialogs.closeOnEscape(this, this::dispose);
        getRootPane().setDefaultButton(ok);
        pack();
        Dialogs.fitToScreen(this, parent);
    }

    private void wire() {
        results.addListSelectionListener(e -> ok.setEnabled(results.getSelectedValue() != null));
        results.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    choose();
                }
            }
        });
        TextChanges.listen(query, debounce::restart);
    }

    private void find() {
        String text = query.getText();
        running.cancel();
        running = tasks.run(msg.get("submission.candidatePicker.searching"),
                () -> search.find(text, LIMIT * 3).stream()
                        .filter(h -> h.kind() == SearchKind.CANDIDATE).limit(LIMIT).toList(),
                this::show);
    }

    private void show(List<SearchHit> hits) {
        model.clear();
        model.addAll(hits);
        if (!hits.isEmpty()) {
            results.setSelectedIndex(0);
        }
    }

    private void choose() {
        SearchHit hit = results.getSelectedValue();
        if (hit == null) {
            return;
        }
        debounce.stop();
        running.cancel();
        dispose();
        onChosen.accept(hit);
    }

    /** Name on the first line, title or e-mail muted on the second. */
    private static final class HitRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                      boolean selected, boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof SearchHit hit) {
                setText("<html><b>" + escape(hit.title()) + "</b><br><span style='color:gray'>"
                        + escape(hit.subtitle()) + "</span></html>");
            }
            return this;
        }

        private static String escape(String s) {
            return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;");
        }
    }
}
