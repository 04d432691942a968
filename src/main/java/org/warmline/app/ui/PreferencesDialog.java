package org.warmline.app.ui;

import java.awt.Window;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.recruiter.Recruiter;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.theme.Theme;

/**
 * Preferences: the theme (applied at once and remembered), which recruiter you are on the local
 * database, the feedback timing, and whether Warmline works on this computer only or on the
 * office server (taking effect at the next start, with sign-in).
 */
public final class PreferencesDialog {
    private final JDialog dialog;
    private final JRadioButton light;
    private final JRadioButton dark;
    private final JComboBox<Recruiter> recruiter;
    private final javax.swing.JSpinner reminderDays;
    private final javax.swing.JSpinner noReplyDays;
    private boolean recruiterChanged;

    public PreferencesDialog(Window owner, Messages msg, Settings settings,
                             List<Recruiter> recruiters, Recruiter current, String databaseText) {
        dialog = new JDialog(owner, msg.get("app.prefs.title"), JDialog.DEFAULT_MODALITY_TYPE);
        dialog.setName("prefs");
        light = new JRadioButton(msg.get("app.prefs.theme.light"));
        light.setName("prefs.theme.light");
        dark = new JRadioButton(msg.get("app.prefs.theme.dark"));
        dark.setName("prefs.theme.dark");
        ButtonGroup group = new ButtonGroup();
        group.add(light);
        group.add(dark);
        (Theme.DARK.equals(settings.get(Settings.THEME)) ? dark : light).setSelected(true);
        recruiter = new JComboBox<>(recruiters.toArray(Recruiter[]::new));
        recruiter.setName("prefs.recruiter");
        recruiter.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l,
                    Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l,
                        v instanceof Recruiter r ? r.displayName() : v, i, s, f);
            }
        });
        recruiters.stream().filter(r -> r.id().equals(current.id())).findFirst()
                .ifPresent(recruiter::setSelectedItem);

        JPanel p = new JPanel(new MigLayout("wrap 2, insets 20 24 16 24", "[right][grow, fill, 300lp]"));
        p.add(Forms.section(msg.get("app.prefs.appearance")), "span, left, wrap");
        p.add(new JLabel(msg.get("app.prefs.theme")));
        p.add(light, "split 2");
        p.add(dark);
        p.add(Forms.section(msg.get("app.prefs.you")), "span, left, gaptop 14lp, wrap");
        p.add(new JLabel(msg.get("app.prefs.recruiter")));
        p.add(recruiter);
        p.add(Forms.section(msg.get("app.prefs.feedback")), "span, left, gaptop 14lp, wrap");
        reminderDays = days("app.prefs.feedback.reminderDays", settings.getInt(Settings.FEEDBACK_REMINDER_DAYS), 60);
        noReplyDays = days("app.prefs.feedback.noReplyDays", settings.getInt(Settings.FEEDBACK_NO_REPLY_DAYS), 90);
        p.add(new JLabel(msg.get("app.prefs.feedback.reminderDays")));
        p.add(reminderDays, "split 2, w 70lp!");
        p.add(Forms.hint(msg.get("app.prefs.feedback.days")));
        p.add(new JLabel(msg.get("app.prefs.feedback.noReplyDays")));
        p.add(noReplyDays, "split 2, w 70lp!");
        p.add(Forms.hint(msg.get("app.prefs.feedback.days")));
        p.add(Forms.section(msg.get("app.prefs.database")), "span, left, gaptop 14lp, wrap");
        p.add(new JLabel(msg.get("app.prefs.database.current")));
        JLabel inUse = new JLabel(databaseText);
        inUse.setName("prefs.database.current");
        p.add(inUse);
        database = new DatabaseChoice(msg, settings);
        database.addTo(p);
        JButton ok = new JButton(msg.get("common.ok"));
        ok.setName("prefs.ok");
        JButton cancel = new JButton(msg.get("common.cancel"));
        cancel.setName("prefs.cancel");
        p.add(cancel, "span, split 2, right, tag cancel, gaptop 16lp");
        p.add(ok, "tag ok");
        ok.addActionListener(e -> {
            String bad = database.problem();
            database.showProblem(bad);
            if (bad != null) {
                return;
            }
            String theme = dark.isSelected() ? Theme.DARK : Theme.LIGHT;
            if (!theme.equals(settings.get(Settings.THEME))) {
                settings.set(Settings.THEME, theme);
                Theme.switchTo(theme);
            }
            Recruiter chosen = (Recruiter) recruiter.getSelectedItem();
            if (chosen != null && !chosen.id().equals(current.id())) {
                settings.set(Settings.RECRUITER_LOGIN, chosen.login());
                recruiterChanged = true;
            }
            String remind = String.valueOf(reminderDays.getValue());
            String noReply = String.valueOf(noReplyDays.getValue());
            if (!remind.equals(settings.get(Settings.FEEDBACK_REMINDER_DAYS))
                    || !noReply.equals(settings.get(Settings.FEEDBACK_NO_REPLY_DAYS))) {
                settings.set(Settings.FEEDBACK_REMINDER_DAYS, remind);
                settings.set(Settings.FEEDBACK_NO_REPLY_DAYS, noReply);
                timingChanged = true;
            }
            databaseChanged = database.store(settings);
            settings.save();
            dialog.dispose();
        });
        cancel.addActionListener(e -> dialog.dispose());
        dialog.setContentPane(p);
        dialog.getRootPane().setDefaultButton(ok);
        Dialogs.closeOnEscape(dialog, dialog::dispose);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    private boolean timingChanged;
    private boolean databaseChanged;
    private final DatabaseChoice database;

    /**
     * Shows the dialog; true when a change takes effect at the next start (the signed-in
     * recruiter or the feedback timing).
     */
    public boolean show() {
        dialog.setVisible(true);
        return recruiterChanged || timingChanged || databaseChanged;
    }

    private static javax.swing.JSpinner days(String name, int value, int max) {
        javax.swing.JSpinner spinner = new javax.swing.JSpinner(
                new javax.swing.SpinnerNumberModel(Math.max(1, Math.min(max, value)), 1, max, 1));
        spinner.setName(name.replace("app.", ""));
        return spinner;
    }
}
