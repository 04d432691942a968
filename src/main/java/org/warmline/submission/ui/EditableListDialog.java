package org.warmline.submission.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
import javax.swing.text.View;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.list.Lists;
import org.warmline.ui.task.TaskRunner;

/**
 * A modal dialog that edits a short list of records the agency owns (stages, reasons): a
 * heading and explanation, the table, a line under it that explains a refused change, a hint
 * and the buttons. Texts come from the bundle under {@code <prefix>.*}; component names use the
 * same prefix. Subclasses say how to load the list and what the buttons do.
 */
abstract class EditableListDialog<T, I> extends JDialog {
    private static final long serialVersionUID = 1L;
    protected final transient Messages msg;
    protected final transient TaskRunner tasks;
    protected final String prefix;
    protected final EditableRows<T, I> model;
    protected final JTable table;
    private final JScrollPane scroll;
    private final JLabel error = new JLabel(" ");

    /** The text a name prompt returned, and whether its checkbox (if any) was ticked. */
    protected record Answer(String name, boolean flag) {
    }

    protected EditableListDialog(Component parent, String prefix, Messages msg, TaskRunner tasks,
                                 EditableRows<T, I> model) {
        super(owner(parent), msg.get(prefix + ".title"), ModalityType.APPLICATION_MODAL);
        this.msg = msg;
        this.tasks = tasks;
        this.prefix = prefix;
        this.model = model;
        this.table = new JTable(model);
        this.scroll = new JScrollPane(table);
        setName(prefix);
        table.setName(prefix + ".table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        table.getAccessibleContext().setAccessibleName(msg.get(prefix + ".heading"));
        error.setName(prefix + ".error");
        Dialogs.closeOnEscape(this, this::dispose);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                table.requestFocusInWindow();
            }
        });
    }

    /** The current list, read off the EDT. */
    protected abstract List<T> fetch() throws Exception;

    protected abstract I idOf(T record);

    /** Enables the buttons for the current selection. */
    protected abstract void updateButtons();

    /** Lays the dialog out with these buttons (the last one is the closing one), then loads. */
    protected final void open(Component parent, List<JButton> buttons) {
        updateButtons();
        setContentPane(content(buttons));
        pack();
        setLocationRelativeTo(parent);
        load(null);
    }

    private JPanel content(List<JButton> buttons) {
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1, fill",
                "[grow, fill]", "[][]12lp[grow, fill]4lp[]8lp[]16lp[]"));
        JLabel heading = new JLabel(msg.get(prefix + ".heading"));
        heading.putClientProperty("FlatLaf.styleClass", "h2");
        content.add(heading);
        content.add(Forms.hint(msg.get(prefix + ".explanation")));
        content.add(scroll);
        content.add(error, "wmin 0");
        content.add(Forms.hint(msg.get(prefix + ".hint")), "wmin 0");
        StringBuilder columns = new StringBuilder();
        for (int i = 1; i < buttons.size(); i++) {
            columns.append("[]");
        }
        JPanel row = new JPanel(new MigLayout("insets 0, fillx", columns + "push[]"));
        for (int i = 0; i < buttons.size(); i++) {
            row.add(buttons.get(i), i == buttons.size() - 1 ? "tag ok" : "");
        }
        content.add(row);
        return content;
    }

    protected final JButton button(String name, Runnable action) {
        JButton b = new JButton(msg.get(name));
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** Reloads the list and selects {@code select} (or keeps the current selection). */
    protected final void load(I select) {
        I keep = select != null ? select : selectedId();
        tasks.run(msg.get(prefix + ".loading"), this::fetch, list -> {
            model.setRows(list);
            int row = keep == null ? -1 : model.indexOf(keep);
            if (row >= 0) {
                table.setRowSelectionInterval(row, row);
                table.scrollRectToVisible(table.getCellRect(row, 0, true));
            }
            updateButtons();
        });
    }

    protected final T selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : model.row(row);
    }

    private I selectedId() {
        T record = selected();
        return record == null ? null : idOf(record);
    }

    protected final void withSelected(Consumer<T> action) {
        T record = selected();
        if (record != null) {
            action.accept(record);
        }
    }

    /** Runs a change; on success selects what changed, otherwise explains the refusal. */
    protected final void change(Callable<T> work, I fallback, String failedText) {
        tasks.run(msg.get(prefix + ".saving"), () -> attempt(work), result -> {
            if (result instanceof ValidationException || result instanceof StaleRecordException) {
                explain(result, failedText, fallback);
            } else {
                showMessage(null, false);
                @SuppressWarnings("unchecked")
                T changed = (T) result;
                load(idOf(changed));
            }
        });
    }

    /** Explains a refusal (validation or a concurrent change) under the table. */
    protected final void explain(Object refusal, String failedText, I fallback) {
        if (refusal instanceof ValidationException refused) {
            showMessage(failedText + " " + describe(refused), true);
        } else {
            showMessage(failedText + " " + msg.get(prefix + ".error.stale"), true);
            load(fallback);
        }
    }

    /** The work's result, or the refusal it threw. */
    protected static Object attempt(Callable<?> work) throws Exception {
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
            case "validation.required" -> prefix + ".error.blank";
            case "validation.tooLong" -> prefix + ".error.tooLong";
            default -> key;
        });
    }

    /** Shows a text under the table, wrapped to the table's width; null clears it. */
    protected final void showMessage(String text, boolean isError) {
        if (text == null) {
            error.setText(" ");
            error.setPreferredSize(null);
        } else {
            Color red = UIManager.getColor("Component.error.focusedBorderColor");
            error.setForeground(!isError ? UIManager.getColor("Label.foreground")
                    : red != null ? red : new Color(0xC62828));
            error.setText("<html>" + Lists.esc(text) + "</html>");
            View html = (View) error.getClientProperty(BasicHTML.propertyKey);
            int width = scroll.getWidth();
            html.setSize(width, 0);
            error.setPreferredSize(new Dimension(width,
                    (int) Math.ceil(html.getPreferredSpan(View.Y_AXIS))));
        }
        error.getAccessibleContext().setAccessibleDescription(text);
        scroll.putClientProperty("JComponent.outline", isError && text != null ? "error" : null);
        getContentPane().revalidate();
    }

    /**
     * Asks for a name in a small prompt ({@code <prefix>.prompt}, field {@code <prefix>.name}),
     * with an optional checkbox; empty when the user cancels.
     */
    protected final Optional<Answer> askName(String title, String explanation, String initial,
                                             javax.swing.JCheckBox flag) {
        JTextField field = Forms.textField(prefix + ".name");
        field.setText(initial);
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill, 340lp]"));
        panel.add(new JLabel(msg.get(prefix + ".prompt.label")));
        panel.add(field);
        if (flag != null) {
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
        prompt.setName(prefix + ".prompt");
        prompt.setVisible(true);
        prompt.dispose();
        table.requestFocusInWindow();
        return Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())
                ? Optional.of(new Answer(field.getText(), flag != null && flag.isSelected()))
                : Optional.empty();
    }

    private static Window owner(Component parent) {
        return parent == null || parent instanceof Window ? (Window) parent
                : SwingUtilities.getWindowAncestor(parent);
    }

    /** Sets a column's preferred width. */
    protected final void width(int column, int width) {
        table.getColumnModel().getColumn(column).setPreferredWidth(width);
    }

    /** Keeps the table about {@code rows} rows tall and {@code width} wide. */
    protected final void viewport(int width, int rows) {
        table.setPreferredScrollableViewportSize(new Dimension(width, table.getRowHeight() * rows));
    }
}
