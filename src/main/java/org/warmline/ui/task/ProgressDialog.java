package org.warmline.ui.task;

import java.awt.Window;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;

/**
 * A small modal window with an indeterminate progress bar while work runs off the EDT. Call
 * on the EDT; returns the work's result once it finished (the EDT keeps painting meanwhile).
 */
public final class ProgressDialog {
    private ProgressDialog() {
    }

    public static <T> T runModal(Window owner, String text, Callable<T> work) {
        JDialog dialog = new JDialog(owner, text, JDialog.DEFAULT_MODALITY_TYPE);
        dialog.setName("progress");
        dialog.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
        JPanel p = new JPanel(new MigLayout("wrap 1, insets 20 24 20 24", "[fill, 320lp]"));
        p.add(new JLabel(text));
        JProgressBar bar = new JProgressBar();
        bar.setIndeterminate(true);
        p.add(bar);
        dialog.setContentPane(p);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        SwingWorker<T, Void> worker = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws Exception {
                return work.call();
            }

            @Override
            protected void done() {
                dialog.dispose();
            }
        };
        worker.execute();
        dialog.setVisible(true);
        try {
            return worker.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
