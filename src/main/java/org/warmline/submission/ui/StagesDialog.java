package org.warmline.submission.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.swing.JButton;
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
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.text.View;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.Stage;
import org.warmline.submission.StageId;
import org.warmline.submission.StageService;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.task.TaskRunner;

/**
 * Lets the agency rename pipeline stages (in place or with "Rename…") and add in-progress
 * stages such as another interview round; outcomes are fixed. A refused change is explained
 * under the table. The board follows through the stage change events.
 */
final class StagesDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private final transient StageService stages;
    private final transient Messages msg;
    private final transient TaskRunner tasks;
    private final StagesTableModel model;
    private final JTable table;
    private final JScrollPane scroll;
    private final JLabel error = new JLabel(" ");
    private final JButton add;
    private final JButton rename;

    StagesDialog(Component parent, StageService stages, Messages msg, TaskRunner tasks) {
        super(owner(parent), msg.get("submission.stages.title"), ModalityType.APPLICATION_MODAL);
        this.stages = stages;
        this.msg = msg;
        this.tasks = tasks;
        this.model = new StagesTableModel(msg, this::rename);
        this.table = new JTable(model);
        this.scroll = new JScrollPane(table);
        this.add = button("submission.stages.add", this::addStage);
        this.rename = button("submission.stages.rename", this::renameSelected);
        setName("submission.stages");
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
        table.setName("submission.stages.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.setPreferredScrollableViewportSize(new Dimension(480, table.getRowHeight() * 9));
        table.getColumnModel().getColumn(StagesTableModel.NAME).setPreferredWidth(250);
        table.getColumnModel().getColumn(StagesTableModel.OUTCOME).setPreferredWidth(140);
        table.getColumnModel().getColumn(StagesTableModel.POSITION).setPreferredWidth(90);
        table.getColumnModel().getColumn(StagesTableModel.OUTCOME)
                .setCellRenderer(new OutcomeRenderer());
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        table.getAccessibleContext().setAccessibleName(msg.get("submission.stages.heading"));
    }

    private JPanel buildContent() {
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1, fill",
                "[grow, fill]", "[][]12lp[grow, fill]4lp[]8lp[]16lp[]"));
        JLabel heading = new JLabel(msg.get("submission.stages.heading"));
        heading.putClientProperty("FlatLaf.styleClass", "h2");
        content.add(heading);
        content.add(Forms.hint(msg.get("submission.stages.explanation")));
        content.add(scroll);
        error.setName("submission.stages.error");
        Color red = UIManager.getColor("Component.error.focusedBorderColor");
        error.setForeground(red != null ? red : new Color(0xC62828));
        content.add(error, "wmin 0");
        content.add(Forms.hint(msg.get("submission.stages.hint")));
        JButton close = button("submission.stages.close", this::dispose);
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[][]push[]"));
        buttons.add(add);
        buttons.add(rename);
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

    private void load(StageId select) {
        StageId keep = select != null ? select : selectedId();
        tasks.run(msg.get("submission.stages.loading"), stages::list, list -> {
            model.setRows(list);
            int row = keep == null ? -1 : model.indexOf(keep);
            if (row >= 0) {
                table.setRowSelectionInterval(row, row);
                table.scrollRectToVisible(table.getCellRect(row, 0, true));
            }
            updateButtons();
        });
    }

    private Stage selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : model.row(row);
    }

    private StageId selectedId() {
        Stage stage = selected();
        return stage == null ? null : stage.id();
    }

    private void updateButtons() {
        rename.setEnabled(selected() != null);
        add.setEnabled(StagesTableModel.anchorFor(selected(), model.rows()) != null);
    }

    private void addStage() {
        Stage anchor = StagesTableModel.anchorFor(selected(), model.rows());
        if (anchor == null) {
            return;
        }
        askName(msg.get("submission.stages.add.title"),
                msg.get("submission.stages.add.where", anchor.name()), "")
                .ifPresent(name -> change(() -> stages.addAfter(anchor.id(), name), anchor.id(),
                        msg.get("submission.stages.error.add")));
    }

    private void renameSelected() {
        Stage stage = selected();
        if (stage != null) {
            askName(msg.get("submission.stages.rename.title"),
                    msg.get("submission.stages.rename.what", stage.name()), stage.name())
                    .ifPresent(name -> rename(stage, name));
        }
    }

    private void rename(Stage stage, String name) {
        change(() -> stages.rename(stage.id(), name, stage.version()), stage.id(),
                msg.get("submission.stages.error.rename", stage.name()));
    }

    /** Runs a change; on success selects the changed stage, otherwise explains the refusal. */
    private void change(Callable<Stage> work, StageId fallback, String failedText) {
        tasks.run(msg.get("submission.stages.saving"), () -> attempt(work), result -> {
            if (result instanceof Stage changed) {
                showError(null);
                load(changed.id());
            } else if (result instanceof ValidationException refused) {
                showError(failedText + " " + describe(refused));
            } else {
                showError(failedText + " " + msg.get("submission.stages.error.stale"));
                load(fallback);
            }
        });
    }

    private static Object attempt(Callable<Stage> work) throws Exception {
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
            case "validation.required" -> "submission.stages.error.blank";
            case "validation.tooLong" -> "submission.stages.error.tooLong";
            default -> key;
        });
    }

    /** Shows the text under the table, wrapped to the table's width; null clears it. */
    private void showError(String text) {
        if (text == null) {
            error.setText(" ");
            error.setPreferredSize(null);
        } else {
            error.setText("<html>" + escapeHtml(text) + "</html>");
            View html = (View) error.getClientProperty(BasicHTML.propertyKey);
            int width = scroll.getWidth();
            html.setSize(width, 0);
            error.setPreferredSize(new Dimension(width,
                    (int) Math.ceil(html.getPreferredSpan(View.Y_AXIS))));
        }
        error.getAccessibleContext().setAccessibleDescription(text);
        scroll.putClientProperty("JComponent.outline", text == null ? null : "error");
        getContentPane().revalidate();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Asks for a stage name in a small prompt; empty when the user cancels. */
    private Optional<String> askName(String title, String explanation, String initial) {
        JTextField field = Forms.textField("submission.stages.name");
        field.setText(initial);
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill, 340lp]"));
        panel.add(new JLabel(msg.get("submission.stages.prompt.label")));
        panel.add(field);
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
        prompt.setName("submission.stages.prompt");
        prompt.setVisible(true);
        prompt.dispose();
        table.requestFocusInWindow();
        return Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())
                ? Optional.of(field.getText()) : Optional.empty();
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
