package org.warmline.app.ui;

import java.awt.Font;
import java.awt.Frame;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;

/**
 * First run on an empty database: who the user is, and whether to start empty or with the
 * sample agency. Returns the choice; the caller does the work.
 */
public final class WelcomeDialog {
    /**
     * What the user chose; {@code null} from {@link #ask} means they closed the dialog. With
     * {@code office}, host, port and user name the office server to sign in to.
     */
    public record Choice(boolean sample, String name, boolean office, String host, int port,
                         String user) {
        /** Work on this computer, empty or with the sample. */
        public Choice(boolean sample, String name) {
            this(sample, name, false, null, 0, null);
        }
    }

    private final JDialog dialog;
    private final JTextField name = Forms.textField("welcome.name");
    private final JRadioButton empty;
    private final JRadioButton sample;
    private final JRadioButton office;
    private final ServerFields server;
    private final JLabel error = new JLabel(" ");
    private Choice choice;

    public WelcomeDialog(Frame owner, Messages msg, String suggestedName) {
        this(owner, msg, suggestedName, "127.0.0.1", "1527");
    }

    /** The welcome with the office server's address pre-filled. */
    public WelcomeDialog(Frame owner, Messages msg, String suggestedName, String host,
                         String port) {
        dialog = new JDialog(owner, msg.get("app.welcome.title"), true);
        dialog.setName("welcome");
        empty = new JRadioButton(msg.get("app.welcome.empty"), true);
        empty.setName("welcome.empty");
        sample = new JRadioButton(msg.get("app.welcome.sample"));
        sample.setName("welcome.sample");
        office = new JRadioButton(msg.get("app.welcome.office"));
        office.setName("welcome.office");
        server = new ServerFields("welcome.server", host, port, suggestedName);
        ButtonGroup group = new ButtonGroup();
        group.add(empty);
        group.add(sample);
        group.add(office);
        name.setText(suggestedName);
        error.setName("welcome.name.error");
        error.setForeground(javax.swing.UIManager.getColor("Component.error.focusedBorderColor"));

        JPanel p = new JPanel(new MigLayout("wrap 1, insets 24 28 20 28, fillx", "[fill, 460lp]"));
        JLabel title = new JLabel(msg.get("app.welcome.heading"));
        title.putClientProperty("FlatLaf.styleClass", "h1");
        p.add(title);
        p.add(Forms.hint(wrapped(msg.get("app.welcome.intro"), 440)), "gapbottom 14lp");
        JLabel nameLabel = new JLabel(msg.get("app.welcome.name"));
        nameLabel.setFont(nameLabel.getFont().deriveFont(Font.BOLD));
        p.add(nameLabel);
        p.add(name);
        p.add(error, "gapbottom 8lp");
        p.add(empty);
        p.add(Forms.hint(wrapped(msg.get("app.welcome.empty.hint"), 410)), "gapleft 24lp");
        p.add(sample, "gaptop 8lp");
        p.add(Forms.hint(wrapped(msg.get("app.welcome.sample.hint"), 410)), "gapleft 24lp");
        p.add(office, "gaptop 8lp");
        p.add(Forms.hint(wrapped(msg.get("app.welcome.office.hint"), 410)), "gapleft 24lp");
        JPanel address = new JPanel(new net.miginfocom.swing.MigLayout("wrap 2, insets 0",
                "[right][grow, fill]"));
        server.addTo(address, msg, "");
        p.add(address, "gapleft 24lp");
        JButton start = new JButton(msg.get("app.welcome.start"));
        start.setName("welcome.start");
        start.addActionListener(e -> start(msg));
        JButton quit = new JButton(msg.get("app.welcome.quit"));
        quit.setName("welcome.quit");
        quit.addActionListener(e -> dialog.dispose());
        p.add(quit, "split 2, tag cancel, gaptop 18lp");
        p.add(start, "tag ok");
        Runnable follow = () -> {
            name.setEnabled(empty.isSelected());
            server.setEnabled(office.isSelected());
        };
        sample.addActionListener(e -> follow.run());
        empty.addActionListener(e -> follow.run());
        office.addActionListener(e -> follow.run());
        follow.run();
        dialog.setContentPane(p);
        dialog.getRootPane().setDefaultButton(start);
        Dialogs.closeOnEscape(dialog, dialog::dispose);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /** HTML with a fixed width, so that the label reports its wrapped height to pack(). */
    private static String wrapped(String text, int width) {
        return "<html><div style='width:" + width + "px'>" + text.replace("&", "&amp;")
                .replace("<", "&lt;") + "</div></html>";
    }

    private void start(Messages msg) {
        if (office.isSelected()) {
            String problem = server.problem();
            if (problem != null) {
                error.setText(msg.get(problem));
                return;
            }
            ServerFields.Address a = server.address();
            choice = new Choice(false, a.user(), true, a.host(), a.port(), a.user());
            dialog.dispose();
            return;
        }
        String n = name.getText() == null ? "" : name.getText().strip();
        if (!sample.isSelected() && n.isEmpty()) {
            error.setText(msg.get("validation.required"));
            name.requestFocusInWindow();
            return;
        }
        if (n.length() > 200) {
            error.setText(msg.get("validation.tooLong"));
            return;
        }
        choice = new Choice(sample.isSelected(), n);
        dialog.dispose();
    }

    /** Shows the dialog modally; null when the user quit. */
    public Choice ask() {
        dialog.setVisible(true);
        return choice;
    }
}
