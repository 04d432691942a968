package org.warmline.app.ui;

import java.awt.Font;
import java.awt.Window;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingWorker;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;

/**
 * Signs in to the office server: address and user name (remembered), and the password, which
 * is only ever kept in memory. The sign-in itself runs in the background; a refusal is shown
 * in the dialog so that the user can correct it.
 */
public final class SignInDialog {
    /** Tries to sign in; returns null when signed in, otherwise the sentence to show. */
    @FunctionalInterface
    public interface Attempt {
        String signIn(String host, int port, String user, char[] password) throws Exception;
    }

    /** How the dialog ended. */
    public enum Result { SIGNED_IN, USE_LOCAL, CANCELLED }

    /** The address the user signed in to (or last typed). */
    public record Address(String host, int port, String user) {
    }

    private final JDialog dialog;
    private final Messages msg;
    private final ServerFields server;
    private final JPasswordField password = new JPasswordField(24);
    private final JLabel error = new JLabel(" ");
    private final JButton signIn;
    private final Attempt attempt;
    private Result result = Result.CANCELLED;

    public SignInDialog(Window owner, Messages msg, String host, String port, String user,
                        Attempt attempt) {
        this.msg = msg;
        this.attempt = attempt;
        dialog = new JDialog(owner, msg.get("app.signin.office.title"),
                JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("signin");
        server = new ServerFields("signin", host, port, user);
        password.setName("signin.password");
        error.setName("signin.error");
        error.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        signIn = new JButton(msg.get("app.signin.office.ok"));
        signIn.setName("signin.ok");
        signIn.addActionListener(e -> signIn());
        dialog.setContentPane(content());
        dialog.getRootPane().setDefaultButton(signIn);
        Dialogs.closeOnEscape(dialog, dialog::dispose);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                // Address and user name are usually remembered: start at the password.
                (Forms.text(server.user).isBlank() ? server.host : password).requestFocusInWindow();
            }
        });
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    private JPanel content() {
        JPanel p = new JPanel(new MigLayout("wrap 2, insets 24 28 18 28, fillx",
                "[right][grow, fill, 320lp]"));
        JLabel title = new JLabel(msg.get("app.signin.office.heading"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        p.add(title, "span, left");
        p.add(Forms.hint(msg.get("app.signin.office.intro")), "span, left, gapbottom 12lp");
        server.addTo(p, msg, "");
        JLabel pw = new JLabel(msg.get("app.signin.office.password"));
        pw.setFont(pw.getFont().deriveFont(Font.BOLD));
        p.add(pw);
        p.add(password);
        p.add(error, "skip, gapbottom 6lp");
        JButton local = new JButton(msg.get("app.signin.office.local"));
        local.setName("signin.local");
        local.setToolTipText(msg.get("app.signin.office.local.tooltip"));
        local.addActionListener(e -> finish(Result.USE_LOCAL));
        JButton cancel = new JButton(msg.get("common.cancel"));
        cancel.setName("signin.cancel");
        cancel.addActionListener(e -> finish(Result.CANCELLED));
        p.add(local, "span, split 3, left, gaptop 10lp");
        p.add(cancel, "gapleft push, tag cancel");
        p.add(signIn, "tag ok");
        return p;
    }

    /** Shows the dialog modally until the user signed in, chose local work, or cancelled. */
    public Result ask() {
        dialog.setVisible(true);
        return result;
    }

    /** The address as typed when the dialog closed. */
    public Address address() {
        return new Address(Forms.text(server.host).strip(), parsePort(),
                Forms.text(server.user).strip());
    }

    private int parsePort() {
        try {
            return Integer.parseInt(Forms.text(server.port).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void signIn() {
        String problem = server.problem();
        if (problem != null) {
            error.setText(msg.get(problem));
            return;
        }
        ServerFields.Address to = server.address();
        char[] secret = password.getPassword();
        setBusy(true);
        new SwingWorker<String, Void>() {
            @Override
            protected String doInBackground() throws Exception {
                try {
                    return attempt.signIn(to.host(), to.port(), to.user(), secret);
                } finally {
                    Arrays.fill(secret, '\0');
                }
            }

            @Override
            protected void done() {
                setBusy(false);
                String refusal;
                try {
                    refusal = get();
                } catch (InterruptedException | ExecutionException e) {
                    refusal = msg.get("error.unexpected", String.valueOf(e.getCause()));
                }
                if (refusal == null) {
                    finish(Result.SIGNED_IN);
                } else {
                    error.setText(refusal);
                    password.selectAll();
                    password.requestFocusInWindow();
                }
            }
        }.execute();
    }

    private void setBusy(boolean busy) {
        signIn.setEnabled(!busy);
        server.setEnabled(!busy);
        password.setEnabled(!busy);
        error.setForeground(UIManager.getColor(busy ? "Label.disabledForeground"
                : "Component.error.focusedBorderColor"));
        error.setText(busy ? msg.get("app.signin.office.busy") : " ");
    }

    private void finish(Result chosen) {
        result = chosen;
        dialog.dispose();
    }
}
