package org.warmline.privacy.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.i18n.Messages;
import org.warmline.privacy.AuditTrail;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordListPanel;
import org.warmline.ui.task.TaskHandle;
import org.warmline.ui.task.TaskRunner;

/** The "Audit log" screen: who did what to whom, newest first, filterable and exportable. */
final class AuditView implements NavView {
    private final AuditTrail trail;
    private final PrivacyActions actions;
    private final Messages msg;
    private final TaskRunner tasks;
    private final JPanel panel = new JPanel(new MigLayout("insets 20 24 20 24, fill, wrap 1",
            "[grow, fill]", "[][][grow, fill]"));
    private final JButton export = new JButton();
    private final RecordListPanel<AuditLog.Entry> list;
    private TaskHandle loading = TaskHandle.DONE;

    AuditView(AuditTrail trail, PrivacyActions actions, Messages msg, TaskRunner tasks) {
        this.trail = trail;
        this.actions = actions;
        this.msg = msg;
        this.tasks = tasks;
        this.list = new RecordListPanel<>("privacy.audit.list", msg, List.of(
                Column.<AuditLog.Entry>of(msg.get("privacy.audit.col.when"), Instant.class,
                        AuditLog.Entry::occurredAt).width(150),
                Column.<AuditLog.Entry>of(msg.get("privacy.audit.col.actor"), String.class,
                        AuditLog.Entry::actor).width(90),
                Column.<AuditLog.Entry>of(msg.get("privacy.audit.col.action"), String.class,
                        AuditLog.Entry::action).width(170),
                Column.<AuditLog.Entry>of(msg.get("privacy.audit.col.subjectKind"), String.class,
                        AuditLog.Entry::subjectKind).width(90),
                Column.<AuditLog.Entry>of(msg.get("privacy.audit.col.subjectId"), Long.class,
                        AuditLog.Entry::subjectId).width(80),
                Column.<AuditLog.Entry>of(msg.get("privacy.audit.col.details"), String.class,
                        AuditLog.Entry::details).width(360)), true);
        build();
    }

    private void build() {
        panel.setName("privacy.audit");
        JLabel title = new JLabel(msg.get("privacy.audit.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        export.setName("privacy.audit.export");
        export.setText(msg.get("privacy.audit.export"));
        export.addActionListener(e -> export());
        panel.add(title, "split 2");
        panel.add(export, "right, growx 0");
        panel.add(Forms.hint(msg.get("privacy.audit.intro")), "gapbottom 8lp");
        panel.add(list, "grow");
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_AUDIT_LOG;
    }

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void shown() {
        loading.cancel();
        loading = tasks.run(msg.get("privacy.audit.loading"), trail::recent, list::setRows);
    }

    @Override
    public void focus() {
        list.table().requestFocusInWindow();
    }

    private void export() {
        Path target = actions.chooseXlsx(panel, "privacy.audit.export.choose",
                msg.get("privacy.audit.export.fileName"));
        if (target == null) {
            return;
        }
        tasks.run(msg.get("privacy.export.running"), () -> trail.export(target), rows -> {
            Dialogs.info(panel, msg.get("privacy.audit.title"),
                    msg.get("privacy.audit.export.done", target, rows));
            shown();
        });
    }
}
