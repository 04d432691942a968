package org.warmline.ui.dialog;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import org.warmline.platform.i18n.Messages;

/** Standard confirmations and dialog behaviour (Escape closes, Enter on the default button). */
public final class Dialogs {
    /** The user's answer to "save your changes?". */
    public enum SaveChoice { SAVE, DISCARD, CANCEL }

    private Dialogs() {
    }

    public static boolean confirm(Component parent, Messages msg, String titleKey, String textKey,
                                  Object... args) {
        return JOptionPane.showConfirmDialog(parent, msg.get(textKey, args), msg.get(titleKey),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE) == JOptionPane.OK_OPTION;
    }

    public static void info(Component parent, String title, String text) {
        JOptionPane.showMessageDialog(parent, text, title, JOptionPane.INFORMATION_MESSAGE);
    }

    /** Asks whether unsaved changes should be saved, discarded, or the close cancelled. */
    public static SaveChoice askSave(Component parent, Messages msg) {
        Object[] options = {msg.get("common.save"), msg.get("common.discard"),
                msg.get("common.cancel")};
        JOptionPane pane = new JOptionPane(msg.get("common.unsaved.text"),
                JOptionPane.WARNING_MESSAGE, JOptionPane.YES_NO_CANCEL_OPTION, null, options,
                options[0]);
        JDialog dialog = pane.createDialog(parent, msg.get("common.unsaved.title"));
        dialog.setName("dialog.unsaved");
        dialog.setVisible(true);
        Object value = pane.getValue();
        dialog.dispose();
        if (options[0].equals(value)) {
            return SaveChoice.SAVE;
        }
        return options[1].equals(value) ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    /**
     * Keeps a packed or sized window inside the usable screen (minus a margin) and centres it
     * on its owner, so that no button ends up off screen on a small display.
     */
    public static void fitToScreen(java.awt.Window window, Component owner) {
        java.awt.GraphicsConfiguration gc = window.getGraphicsConfiguration();
        java.awt.Rectangle screen = gc.getBounds();
        java.awt.Insets insets = java.awt.Toolkit.getDefaultToolkit().getScreenInsets(gc);
        int maxWidth = screen.width - insets.left - insets.right - 60;
        int maxHeight = screen.height - insets.top - insets.bottom - 60;
        window.setSize(Math.min(window.getWidth(), maxWidth), Math.min(window.getHeight(), maxHeight));
        window.setLocationRelativeTo(owner);
    }

    /** Makes Escape run {@code onEscape} (usually the dialog's Cancel). */
    public static void closeOnEscape(JDialog dialog, Runnable onEscape) {
        JComponent root = dialog.getRootPane();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "dialog.escape");
        root.getActionMap().put("dialog.escape", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                onEscape.run();
            }
        });
    }
}
