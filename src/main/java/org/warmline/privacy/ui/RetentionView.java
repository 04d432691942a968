package org.warmline.privacy.ui;

import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.privacy.ErasureService;
import org.warmline.privacy.RetentionCandidate;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Forms;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordListPanel;
import org.warmline.ui.task.TaskHandle;
import org.warmline.ui.task.TaskRunner;

/**
 * The "Retention" screen: candidates past the retention policy (months chosen here and kept in
 * the settings), opened with Enter or a double-click, purged all at once after confirmation.
 */
final class RetentionView implements NavView {
    private final ErasureService erasure;
    private final Messages msg;
    private final TaskRunner tasks;
    private final IntConsumer saveMonths;
    private final JPanel panel = new JPanel(new MigLayout("insets 20 24 20 24, fill, wrap 1",
            "[grow, fill]", "[][][][grow, fill]"));
    private final JSpinner months;
    private final JButton purge = new JButton();
    private final RecordListPanel<RetentionCandidate> list;
    private TaskHandle loading = TaskHandle.DONE;
    private boolean stale = true;

    RetentionView(ErasureService erasure, Messages msg, TaskRunner tasks, RecordOpener opener,
                  AppEvents events, int initialMonths, IntConsumer saveMonths) {
        this.erasure = erasure;
        this.msg = msg;
        this.tasks = tasks;
        this.saveMonths = saveMonths;
        this.months = new JSpinner(new SpinnerNumberModel(initialMonths, 1, 1200, 1));
        this.list = new RecordListPanel<>("privacy.retention.list", msg, List.of(
                Column.<RetentionCandidate>of(msg.get("privacy.retention.col.name"), String.class,
                        RetentionCandidate::displayName).width(260),
                Column.<RetentionCandidate>of(msg.get("privacy.retention.col.status"),
                        String.class, r -> msg.get("candidate.status." + r.status())).width(140),
                Column.<RetentionCandidate>of(msg.get("privacy.retention.col.last"),
                        Instant.class, RetentionCandidate::lastActivity).width(160)), true);
        list.onOpen(r -> opener.open(new RecordRef(RecordKind.CANDIDATE, r.id().value())));
        build();
        events.subscribe(RecordChanged.class, change -> stale = true);
    }

    private void build() {
        panel.setName("privacy.retention");
        JLabel title = new JLabel(msg.get("privacy.retention.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        panel.add(title);
        panel.add(Forms.hint(msg.get("privacy.retention.intro")), "gapbottom 8lp, wmin 0");
        months.setName("privacy.retention.months");
        months.addChangeListener(e -> {
            saveMonths.accept((Integer) months.getValue());
            reload();
        });
        purge.setName("privacy.retention.purge");
        purge.setText(msg.get("privacy.retention.purge"));
        purge.setEnabled(false);
        purge.addActionListener(e -> purge());
        JPanel bar = new JPanel(new MigLayout("insets 0", "[][60lp][]push[]"));
        bar.add(new JLabel(msg.get("privacy.retention.months")));
        bar.add(months, "growx");
        bar.add(Forms.hint(msg.get("privacy.retention.monthsUnit")));
        bar.add(purge);
        panel.add(bar, "gapbottom 6lp");
        panel.add(list, "grow");
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_RETENTION;
    }

    @Override
    public String id() {
        return "retention";
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void shown() {
        if (stale) {
            reload();
        }
    }

    @Override
    public void focus() {
        list.table().requestFocusInWindow();
    }

    private void reload() {
        int m = (Integer) months.getValue();
        loading.cancel();
        stale = false;
        loading = tasks.run(msg.get("privacy.retention.loading"), () -> erasure.pastRetention(m),
                rows -> {
                    list.setRows(rows);
                    purge.setEnabled(!rows.isEmpty());
                });
    }

    private void purge() {
        int m = (Integer) months.getValue();
        int shown = list.table().getModel().getRowCount();
        if (!Dialogs.confirm(panel, msg, "privacy.retention.purge.title",
                "privacy.retention.purge.text", shown)) {
            return;
        }
        tasks.run(msg.get("privacy.retention.purging"), () -> erasure.purge(m, false), result -> {
            Dialogs.info(panel, msg.get("privacy.retention.title"),
                    msg.get("privacy.retention.purged", result.count()));
            reload();
        });
    }
}
