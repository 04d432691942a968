package org.warmline.ui.dialog;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * The one place unexpected failures go: a log line with the stack trace and a dialog with a
 * one-line explanation. How a failure is explained is supplied by the application, which
 * knows the data-layer exceptions.
 */
public final class ErrorReporter {
    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());
    private final Function<Throwable, String> explain;
    private final String title;

    public ErrorReporter(String title, Function<Throwable, String> explain) {
        this.title = title;
        this.explain = explain;
    }

    /** The one-line, user-facing explanation of a failure. */
    public String explain(Throwable failure) {
        return explain.apply(failure);
    }

    public void report(Throwable failure) {
        LOG.log(Level.WARNING, "operation failed", failure);
        String text = explain(failure);
        Runnable show = () -> {
            Component parent = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
            JOptionPane.showMessageDialog(parent, text, title, JOptionPane.ERROR_MESSAGE);
        };
        if (SwingUtilities.isEventDispatchThread()) {
            show.run();
        } else {
            SwingUtilities.invokeLater(show);
        }
    }
}
