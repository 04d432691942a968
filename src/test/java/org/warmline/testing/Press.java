package org.warmline.testing;

import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;

/**
 * Drives components through their own API on the EDT instead of robot events, for tests whose
 * subject is a dialog's behaviour rather than mouse and keyboard delivery (which Xvfb without
 * a window manager occasionally loses).
 */
public final class Press {
    private Press() {
    }

    /** Presses a button; later, so that a modal window it opens does not block the test. */
    public static void button(AbstractButton button) {
        SwingUtilities.invokeLater(button::doClick);
    }

    /** Selects one row of a table. */
    public static void row(JTable table, int row) {
        GuiActionRunner.execute(() -> table.setRowSelectionInterval(row, row));
    }

    /** Types a whole text into a field and presses Enter in it. */
    public static void enter(JTextField field, String text) {
        GuiActionRunner.execute(() -> {
            field.setText(text);
            field.postActionEvent();
        });
    }

    /** Presses Escape in a dialog, through the key binding that Escape runs. */
    public static void escape(DialogFixture dialog) {
        JDialog d = (JDialog) dialog.target();
        GuiActionRunner.execute(() -> {
            javax.swing.Action escape = d.getRootPane().getActionMap().get("dialog.escape");
            escape.actionPerformed(null);
        });
    }
}
