package org.warmline.admin.ui;

import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Role;
import org.warmline.server.BackupService;
import org.warmline.server.OfficeUser;
import org.warmline.server.UserService;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordListPanel;
import org.warmline.ui.task.TaskRunner;

/**
 * The administration screen, shown to admins only: the office server's users (add, new
 * password, role, disable) and an online backup of the database now. On the laptop, only the
 * backup part is shown ({@code users} null).
 */
public final class AdminView implements NavView {
    private final UserService users;
    private final BackupService backups;
    private final Messages msg;
    private final TaskRunner tasks;
    private final JPanel panel = new JPanel(new MigLayout("insets 20 24 20 24, fill, wrap 1",
            "[fill, grow]", "[][][grow, fill][][][]"));
    private final RecordListPanel<OfficeUser> list;
    private final JLabel backupStatus = Forms.hint(" ");

    public AdminView(UserService users, BackupService backups, Messages msg, TaskRunner tasks) {
        this.users = users;
        this.backups = backups;
        this.msg = msg;
        this.tasks = tasks;
        panel.setName("admin");
        JLabel title = new JLabel(msg.get("admin.title"));
        title.putClientProperty("FlatLaf.styleClass", "h1");
        panel.add(title);
        list = new RecordListPanel<>("admin.users", msg, columns(msg), true);
        if (users != null) {
            panel.add(usersHeader(), "gaptop 12lp");
            panel.add(list);
            list.onOpen(user -> edit(UserDialog.Mode.ROLE));
        } else {
            panel.add(Forms.hint(msg.get("admin.users.local")), "gaptop 12lp");
            panel.add(new JPanel());
        }
        panel.add(Forms.section(msg.get("admin.backup.title")), "gaptop 16lp");
        panel.add(Forms.hint(msg.get("admin.backup.hint")));
        JButton backup = button("admin.backup.now", msg.get("admin.backup.now"), this::backupNow);
        backupStatus.setName("admin.backup.status");
        panel.add(backup, "split 2, growx 0");
        panel.add(backupStatus, "gapleft 12lp");
    }

    private JPanel usersHeader() {
        JPanel header = new JPanel(new MigLayout("insets 0", "[]push[][][][]"));
        header.add(Forms.section(msg.get("admin.users.title")));
        header.add(button("admin.users.add", msg.get("admin.users.add"), () -> {
            new UserDialog(owner(), msg, users, tasks, UserDialog.Mode.ADD, null, this::shown)
                    .setVisible(true);
        }));
        header.add(button("admin.users.password", msg.get("admin.users.password"),
                () -> edit(UserDialog.Mode.PASSWORD)));
        header.add(button("admin.users.role", msg.get("admin.users.role"),
                () -> edit(UserDialog.Mode.ROLE)));
        header.add(button("admin.users.disable", msg.get("admin.users.disable"), this::disable));
        return header;
    }

    private static List<Column<OfficeUser>> columns(Messages msg) {
        return List.of(
                Column.<OfficeUser>of(msg.get("admin.column.login"), String.class, OfficeUser::login)
                        .width(140),
                Column.<OfficeUser>of(msg.get("admin.column.name"), String.class,
                        OfficeUser::displayName).width(220),
                Column.<OfficeUser>of(msg.get("admin.column.role"), String.class,
                        u -> u.role() == null ? "" : roleLabel(msg, u.role())).width(120),
                Column.<OfficeUser>of(msg.get("admin.column.status"), String.class,
                        u -> msg.get(u.owner() ? "admin.status.owner"
                                : u.active() ? "admin.status.active" : "admin.status.disabled"))
                        .width(120));
    }

    /** The label of a role, from this screen's bundle. */
    static String roleLabel(Messages msg, Role role) {
        return msg.get("admin.role." + role.name().toLowerCase(Locale.ROOT));
    }

    private JButton button(String name, String text, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    private void edit(UserDialog.Mode mode) {
        OfficeUser user = list.selected();
        if (user == null) {
            Dialogs.info(owner(), msg.get("admin.title"), msg.get("admin.users.select"));
            return;
        }
        new UserDialog(owner(), msg, users, tasks, mode, user, this::shown).setVisible(true);
    }

    private void disable() {
        OfficeUser user = list.selected();
        if (user == null) {
            Dialogs.info(owner(), msg.get("admin.title"), msg.get("admin.users.select"));
            return;
        }
        if (Dialogs.confirm(owner(), msg, "admin.disable.title", "admin.disable.text",
                user.login())) {
            tasks.run(msg.get("admin.saving"), () -> {
                users.disable(user.login());
                return user.login();
            }, done -> shown());
        }
    }

    private void backupNow() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("admin.backup.folder");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle(msg.get("admin.backup.choose"));
        if (chooser.showDialog(panel, msg.get("admin.backup.choose.ok"))
                != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path folder = chooser.getSelectedFile().toPath();
        backupStatus.setText(msg.get("admin.backup.running"));
        tasks.run(msg.get("admin.backup.running"), () -> backups.backupStamped(folder),
                copy -> backupStatus.setText(msg.get("admin.backup.done", copy)),
                failure -> backupStatus.setText(msg.get("admin.backup.failed",
                        String.valueOf(failure.getMessage()))));
    }

    private Window owner() {
        return SwingUtilities.getWindowAncestor(panel);
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_ADMIN;
    }

    @Override
    public String id() {
        return "admin";
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void shown() {
        if (users != null) {
            tasks.run(msg.get("common.loading"), users::list, list::setRows);
        }
    }
}
