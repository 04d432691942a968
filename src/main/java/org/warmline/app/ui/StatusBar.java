package org.warmline.app.ui;

import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.warmline.ui.task.BusyIndicator;

/**
 * The bottom line of the main window: background work, trouble with the office server, the
 * database, who is signed in.
 */
public final class StatusBar extends JPanel implements BusyIndicator {
    private static final long serialVersionUID = 1L;
    private final JLabel busyText = new JLabel(" ");
    private final JProgressBar spinner = new JProgressBar();
    private final JLabel database = new JLabel();
    private final JLabel user = new JLabel();
    private final JLabel connection = new JLabel();
    private int running;

    StatusBar() {
        super(new MigLayout("insets 3 10 3 10, fillx", "[][grow][][][]", "[]"));
        Color line = UIManager.getColor("Component.borderColor");
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, line == null ? Color.LIGHT_GRAY : line));
        spinner.setIndeterminate(true);
        spinner.setVisible(false);
        spinner.putClientProperty("JProgressBar.largeHeight", Boolean.FALSE);
        busyText.setName("app.status.busy");
        database.setName("app.status.database");
        user.setName("app.status.user");
        add(spinner, "w 60lp!, hidemode 3");
        add(busyText, "growx");
        connection.setName("app.status.connection");
        connection.setVisible(false);
        connection.setOpaque(true);
        connection.setBorder(BorderFactory.createEmptyBorder(1, 8, 1, 8));
        connection.setBackground(new Color(0xFFF4D6));
        connection.setForeground(new Color(0x6B4E00));
        add(connection, "hidemode 3, gapright 16lp");
        add(database, "gapright 16lp");
        add(user);
    }

    void setDatabase(String text, String tooltip) {
        database.setText(text);
        database.setToolTipText(tooltip);
    }

    void setUser(String text) {
        user.setText(text);
    }

    /** Shows a problem with the server connection ("Reconnecting…"); null hides it. */
    public void setConnectionProblem(String text) {
        onEdt(() -> {
            connection.setText(text == null ? "" : text);
            connection.setVisible(text != null);
        });
    }

    /** The connection problem shown now, or null. */
    public String connectionProblem() {
        return connection.isVisible() ? connection.getText() : null;
    }

    @Override
    public void started(String text) {
        onEdt(() -> {
            running++;
            busyText.setText(text == null ? " " : text);
            spinner.setVisible(true);
        });
    }

    @Override
    public void finished() {
        onEdt(() -> {
            running = Math.max(0, running - 1);
            if (running == 0) {
                busyText.setText(" ");
                spinner.setVisible(false);
            }
        });
    }

    private static void onEdt(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
