package org.warmline.privacy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.privacy.PrivacyFeature;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/**
 * The privacy feature's screens: the "Privacy" tab of the candidate editor, the "Retention"
 * screen and, when {@code auditLogVisible}, the "Audit log" screen.
 */
public final class PrivacyScreens {
    private final PrivacyActions actions;
    private final Messages msg;
    private final RetentionView retention;
    private final AuditView audit;

    /**
     * Wires the screens; {@code retentionMonths} is the policy to show first and
     * {@code saveRetentionMonths} keeps a change made on the Retention screen.
     */
    public PrivacyScreens(PrivacyFeature privacy, Messages msg, TaskRunner tasks,
                          RecordOpener opener, AppEvents events, int retentionMonths,
                          IntConsumer saveRetentionMonths, boolean auditLogVisible) {
        this.msg = msg;
        this.actions = new PrivacyActions(privacy, msg, tasks);
        this.retention = new RetentionView(privacy.erasure(), msg, tasks, opener, events,
                retentionMonths, saveRetentionMonths);
        this.audit = auditLogVisible ? new AuditView(privacy.auditTrail(), actions, msg, tasks)
                : null;
    }

    /** Supplies a fresh "Privacy" tab to candidate editors. */
    public RecordTabProvider tabs() {
        return kind -> kind == RecordKind.CANDIDATE ? List.of(new PrivacyTab(actions, msg))
                : List.of();
    }

    /** The sidebar screens: Retention, and the Audit log when it is visible. */
    public List<NavView> navViews() {
        List<NavView> views = new ArrayList<>(List.of(retention));
        if (audit != null) {
            views.add(audit);
        }
        return views;
    }
}
