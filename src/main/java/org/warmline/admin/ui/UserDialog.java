package org.warmline.admin.ui;

import java.awt.Window;
import java.util.Arrays;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Role;
import org.warmline.server.OfficeUser;
import org.warmline.server.UserService;
import org.warmline.ui.dialog.EditorDialog;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Forms;
import org.warmline.ui.task.TaskRunner;

/**
 * Adds a user (login, name, password, role), or for an existing user sets a new password or
 * another role. Named {@code admin.editor}; fields {@code admin.editor.<field>}.
 */
final class UserDialog extends EditorDialog {
    private static final long serialVersionUID = 1L;

    /** What the dialog edits. */
    enum Mode { ADD, PASSWORD, ROLE }

    private final transient UserService users;
    private final transient TaskRunner tasks;
    private final transient Runnable onSaved;
    private final Mode mode;
    private final JTextField login = Forms.textField("admin.editor.login");
    private final JTextField displayName = Forms.textField("admin.editor.displayName");
    private final JPasswordField password = new JPasswordField(24);
    private final JComboBox<RoleItem> role;
    private final transient FieldErrors errors;

    /** A role with its label, for the combo box. */
    record RoleItem(Role role, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    UserDialog(Window owner, Messages msg, UserService users, TaskRunner tasks, Mode mode,
               OfficeUser user, Runnable onSaved) {
        super(owner, "admin.editor", msg);
        this.users = users;
        this.tasks = tasks;
        this.mode = mode;
        this.onSaved = onSaved;
        this.errors = new FieldErrors("admin.editor", msg);
        password.setName("admin.editor.password");
        role = Forms.combo("admin.editor.role", Arrays.stream(Role.values())
                .map(r -> new RoleItem(r, AdminView.roleLabel(msg, r))).toArray(RoleItem[]::new));
        role.setSelectedIndex(Role.RECRUITER.ordinal());
        if (user != null) {
            login.setText(user.login());
            login.setEditable(false);
            displayName.setText(user.displayName());
            if (user.role() != null) {
                role.setSelectedIndex(user.role().ordinal());
            }
        }
        setTitle(msg.get("admin.editor.title." + mode.name().toLowerCase(java.util.Locale.ROOT)));
        setBody(form());
        pack();
        setLocationRelativeTo(owner);
    }

    private JPanel form() {
        JPanel form = new JPanel(new MigLayout("wrap 2, insets dialog", "[right][grow, fill, 280lp]"));
        Forms.addRow(form, msg.get("admin.field.login"), login, errors.label("login", login));
        if (mode == Mode.ADD) {
            Forms.addRow(form, msg.get("admin.field.displayName"), displayName,
                    errors.label("displayName", displayName));
        }
        if (mode != Mode.ROLE) {
            Forms.addRow(form, msg.get("admin.field.password"), password,
                    errors.label("password", password));
        }
        if (mode != Mode.PASSWORD) {
            Forms.addRow(form, msg.get("admin.field.role"), role, new JLabel());
        }
        form.add(Forms.hint(msg.get("admin.editor.hint." + mode.name().toLowerCase(
                java.util.Locale.ROOT))), "span 2, gaptop 6lp");
        return form;
    }

    @Override
    protected boolean isDirty() {
        return mode == Mode.ADD ? !Forms.text(login).isEmpty() || password.getPassword().length > 0
                : mode == Mode.PASSWORD && password.getPassword().length > 0;
    }

    @Override
    protected void save(Runnable afterSaved) {
        String name = Forms.text(login);
        String shown = Forms.text(displayName);
        char[] secret = password.getPassword();
        Role chosen = ((RoleItem) role.getSelectedItem()).role();
        errors.clear();
        setSaving(true);
        tasks.run(msg.get("admin.saving"), () -> {
            switch (mode) {
                case ADD -> users.add(name, shown.isEmpty() ? name : shown, secret, chosen);
                case PASSWORD -> users.changePassword(name, secret);
                case ROLE -> users.changeRole(name, chosen);
            }
            return name;
        }, saved -> {
            onSaved.run();
            dispose();
        }, failure -> showFailure(failure, errors, "admin.editor.invalid"));
    }
}
