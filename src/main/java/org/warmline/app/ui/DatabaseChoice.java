package org.warmline.app.ui;

import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.ui.form.Forms;

/** The Preferences rows that choose "This computer only" or "Office server" (address, user). */
final class DatabaseChoice {
    /** The {@link Settings#DB_MODE} value for the office server. */
    static final String OFFICE = "office";
    /** The {@link Settings#DB_MODE} value for the database on this computer. */
    static final String LOCAL = "embedded";
    private final JRadioButton local;
    private final JRadioButton office;
    private final ServerFields server;
    private final JLabel problem = new JLabel(" ");
    private final Messages msg;

    DatabaseChoice(Messages msg, Settings settings) {
        this.msg = msg;
        local = new JRadioButton(msg.get("app.prefs.database.local"));
        local.setName("prefs.database.local");
        office = new JRadioButton(msg.get("app.prefs.database.office"));
        office.setName("prefs.database.office");
        ButtonGroup group = new ButtonGroup();
        group.add(local);
        group.add(office);
        (OFFICE.equals(settings.get(Settings.DB_MODE)) ? office : local).setSelected(true);
        server = new ServerFields("prefs.server", settings.get(Settings.SERVER_HOST),
                settings.get(Settings.SERVER_PORT), settings.get(Settings.SERVER_USER));
        problem.setName("prefs.server.error");
        problem.setForeground(javax.swing.UIManager.getColor("Component.error.focusedBorderColor"));
        local.addActionListener(e -> server.setEnabled(false));
        office.addActionListener(e -> server.setEnabled(true));
        server.setEnabled(office.isSelected());
    }

    void addTo(JPanel p) {
        p.add(new JLabel(msg.get("app.prefs.database.mode")));
        p.add(local);
        p.add(Forms.hint(msg.get("app.prefs.database.local.hint")), "skip, gapleft 24lp");
        p.add(office, "skip");
        p.add(Forms.hint(msg.get("app.prefs.database.office.hint")), "skip, gapleft 24lp");
        server.addTo(p, msg, "");
        p.add(problem, "skip");
    }

    /**
     * Writes the choice into {@code settings} (not saved yet); true when it differs from before.
     * An office address that cannot be used is not stored and keeps the previous choice.
     */
    boolean store(Settings settings) {
        String before = settings.get(Settings.DB_MODE) + settings.get(Settings.SERVER_HOST)
                + settings.get(Settings.SERVER_PORT) + settings.get(Settings.SERVER_USER);
        if (local.isSelected()) {
            settings.set(Settings.DB_MODE, LOCAL);
        } else if (server.problem() == null) {
            ServerFields.Address a = server.address();
            settings.set(Settings.DB_MODE, OFFICE);
            settings.set(Settings.SERVER_HOST, a.host());
            settings.set(Settings.SERVER_PORT, String.valueOf(a.port()));
            settings.set(Settings.SERVER_USER, a.user());
        }
        String after = settings.get(Settings.DB_MODE) + settings.get(Settings.SERVER_HOST)
                + settings.get(Settings.SERVER_PORT) + settings.get(Settings.SERVER_USER);
        return !before.equals(after);
    }

    /** The bundle key of what is wrong with the office address, or null. */
    String problem() {
        return office.isSelected() ? server.problem() : null;
    }

    void showProblem(String key) {
        problem.setText(key == null ? " " : msg.get(key));
    }
}
