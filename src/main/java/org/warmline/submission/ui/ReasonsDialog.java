package org.warmline.submission.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.ReasonId;
import org.warmline.submission.ReasonService;
import org.warmline.submission.RejectionReason;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.task.TaskRunner;

/**
 * Lets the agency edit its list of reasons why submissions end: add, rename (in place or with
 * "Rename…"), flag as "not about the candidate", and remove from the list (earlier closings
 * keep the reason). A refused change is explained under the table.
 */
final class ReasonsDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private final transient ReasonService reasons;
    private final transient Messages msg;
    private final transient TaskRunner tasks;
    private final ReasonsTableModel model;
    private final JTable table;
    private final JScrollPane scroll;
    private final JLabel error = new JLabel(" ");
    private final JButton rename;
    private final JButton toggle;
    private final JButton deactivate;

    /** The text of the prompt, and whether the reason is not about the candidate. */
    private record Answer(String name, boolean notAboutCandidate) {
    }

    ReasonsDialog(Component parent, ReasonService reasons, Messages msg, TaskRunner tasks) {
        super(owner(parent), msg.get("submission.reasons.title"), ModalityType.APPLICATION_MODAL);
        this.reasons = reasons;
        this.msg = msg;
        this.tasks = tasks;
        this.model = new ReasonsTableModel(msg, this::rename, this::toggle);
        this.table = new JTable(model);
        this.scroll = new JScrollPane(table);
        this.rename = button("submission.reasons.rename", this::renameSelected);
        this.toggle = button("submission.reasons.toggle", () -> withSelected(this::toggle));
        this.deactivate = button("submission.reasons.deactivate",
                () -> withSelected(this::deactivate));
        setName("submission.reasons");
        configureTable();
        updateButtons();
        setContentPane(buildContent());
        Dialogs.closeOnEscape(this, this::dispose);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                table.requestFocusInWindow();
            }
        });
        pack();
        setLocationRelativeTo(parent);
        load(null);
    }

    private static Window owner(Component parent) {
        return parent == null || parent instanceof Window ? (Window) parent
                : SwingUtilities.getWindowAncestor(parent);
    }

    private void configureTable() {
        table.setName("submission.reasons.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.setPreferredScrollableViewportSize(new Dimension(500, table.getRowHeight() * 10));
        table.getColumnModel().getColumn(ReasonsTableModel.NAME).setPreferredWidth(320);
        table.getColumnModel().getColumn(ReasonsTableModel.NOT_ABOUT_CANDIDATE)
                .setPreferredWidth(180);
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        table.getAccessibleContext().setAccessibleName(msg.get("submission.reasons.heading"));
    }

    private JPanel buildContent() {
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1, fill",
                "[grow, fill]", "[][]12lp[grow, fill]4lp[]8lp[]16lp[]"));
        JLabel heading = new JLabel(msg.get("submission.reasons.heading"));
        heading.putClientProperty("FlatLaf.styleClass", "h2");
        content.add(heading);
        content.add(Forms.hint(msg.get("submission.reasons.explanation")));
        content.add(scroll);
        error.setName("submission.reasons.error");
        content.add(error, "wmin 0");
        content.add(Forms.hint(msg.get("submission.reasons.hint")), "wmin 0");
        JButton add = button("submission.reasons.add", this::addReason);
        JButton close = button("submission.reasons.close", this::dispose);
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[][][][]push[]"));
        buttons.add(add);
        buttons.add(rename);
        buttons.add(toggle);
        buttons.add(deactivate);
        buttons.add(close, "tag ok");
        content.add(buttons);
        return content;
    }

    private JButton button(String name, Runnable action) {
        JButton b = new JButton(msg.get(name));
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    private void load(ReasonId select) {
        ReasonId keep = select != null ? select : selectedId();
        tasks.run(msg.get("submission.reasons.loading"), reasons::list, list -> {
            model.setRows(list);
            int row = keep == null ? -1 : model.indexOf(keep);
            if (row >= 0) {
                table.setRowSelectionInterval(row, row);
                table.scrollRectToVisible(table.getCellRect(row, 0, true));
            }
            updateButtons();
        });
    }

    private RejectionReason selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : model.row(row);
    }

    private ReasonId selectedId() {
        RejectionReason reason = selected();
        return reason == null ? null : reason.id();
    }

    private void withSelected(Consumer<RejectionReason> action) {
        RejectionReason reason = selected();
        if (reason != null) {
            action.accept(reason);
        }
    }

    private void updateButtons() {
        boolean any = selected() != null;
        rename.setEnabled(any);
        toggle.setEnabled(any);
        deactivate.setEnabled(any);
    }

    private void addReason() {
        ask(msg.get("submission.reasons.add.title"),
                msg.get("submission.reasons.add.explanation"), "", true)
                .ifPresent(a -> change(() -> reasons.add(a.name(), a.notAboutCandidate()),
                        null, msg.get("submission.reasons.error.add")));
    }

    private void renameSelected() {
        withSelected(reason -> ask(msg.get("submission.reasons.rename.title"),
                msg.get("submission.reasons.rename.explanation", reason.name()), reason.name(),
                false).ifPresent(a -> rename(reason, a.name())));
    }

    private void rename(RejectionReason reason, String name) {
        change(() -> reasons.rename(reason.id(), name, reason.version()), reason.id(),
                msg.get("submission.reasons.error.rename", reason.name()));
    }

    private void toggle(RejectionReason reason) {
        change(() -> reasons.setNotAboutCandidate(reason.id(), !reason.notAboutCandidate(),
                reason.version()), reason.id(),
                msg.get("submission.reasons.error.change", reason.name()));
    }

    private void deactivate(RejectionReason reason) {
        tasks.run(msg.get("submission.reasons.saving"),
                () -> attempt(() -> reasons.deactivate(reason.id(), reason.version())), result -> {
                    if (result instanceof RejectionReason) {
                        showMessage(msg.get("submission.reasons.removed", reason.name()), false);
                        load(null);
                    } else {
                        explain(result, msg.get("submission.reasons.error.change", reason.name()),
                                reason.id());
                    }
                });
    }

    /** Runs a change; on success selects the changed reason, otherwise explains the refusal. */
    private void change(Callable<RejectionReason> work, ReasonId fallback, String failedText) {
        tasks.run(msg.get("submission.reasons.saving"), () -> attempt(work), result -> {
            if (result instanceof RejectionReason changed) {
                showMessage(null, false);
                load(changed.id());
            } else {
                explain(result, failedText, fallback);
            }
        });
    }

    private void explain(Object refusal, String failedText, ReasonId fallback) {
        if (refusal instanceof ValidationException refused) {
            showMessage(failedText + " " + describe(refused), true);
        } else {
            showMessage(failedText + " " + msg.get("submission.reasons.error.stale"), true);
            load(fallback);
        }
    }

    private static Object attempt(Callable<RejectionReason> work) throws Exception {
        try {
            return work.call();
        } catch (ValidationException | StaleRecordException refused) {
            return refused;
        }
    }

    private String describe(ValidationException refused) {
        String key = refused.errors().isEmpty() ? "submission.stages.error.unknown"
                : refused.errors().get(0).messageKey();
        return msg.get(switch (key) {
            case "validation.required" -> "submission.reasons.error.blank";
            case "validation.tooLong" -> "submission.reasons.error.tooLong";
            default -> key;
        });
    }

    /** Shows the text under the table, wrapped to the table's width; null clears it. */
    private void showMessage(String text, boolean isError) {
        if (text == null) {
            error.setText(" ");
            error.setPreferredSize(null);
        } else {
            Color red = UIManager.getColor("Component.error.focusedBorderColor");
            error.setForeground(!isError ? UIManager.getColor("Label.foreground")
                    : red != null ? red : new Color(0xC62828));
            error.setText("<html>" + escapeHtml(text) + "</html>");
            View html = (View) error.getClientProperty(BasicHTML.propertyKey);
            int width = scroll.getWidth();
            html.setSize(width, 0);
            error.setPreferredSize(new Dimension(width,
                    (int) Math.ceil(html.getPreferredSpan(View.Y_AXIS))));
        }
        error.getAccessibleContext().setAccessibleDescription(text);
        scroll.putClientProperty("JComponent.outline", isError ? "error" : null);
        getContentPane().revalidate();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Asks for a reason's name (and, when adding, its flag); empty when the user cancels. */
    private Optional<Answer> ask(String title, String explanation, String initial,
                                           boolean withFlag) {
        JTextField field = Forms.textField("submission.reasons.name");
        field.setText(initial);
        JCheckBox flag = new JCheckBox(msg.get("submission.reasons.prompt.notAboutCandidate"));
        flag.setName("submission.reasons.notAboutCandidate");
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill, 340lp]"));
        panel.add(new JLabel(msg.get("submission.reasons.prompt.label")));
        panel.add(field);
        if (withFlag) {
            panel.add(flag, "gaptop 4lp");
        }
        panel.add(Forms.hint(explanation), "gaptop 4lp");
        JOptionPane pane = new JOptionPane(panel, JOptionPane.PLAIN_MESSAGE,
                JOptionPane.OK_CANCEL_OPTION) {
            private static final long serialVersionUID = 1L;

            @Override
            public void selectInitialValue() {
                field.requestFocusInWindow();
                field.selectAll();
            }
        };
        field.addActionListener(e -> pane.setValue(JOptionPane.OK_OPTION));
        JDialog prompt = pane.createDialog(this, title);
        prompt.setName("submission.reasons.prompt");
        prompt.setVisible(true);
        prompt.dispose();
        table.requestFocusInWindow();
        return Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())
                ? Optional.of(new Answer(field.getText(), flag.isSelected()))
                : Optional.empty();
    }
}
