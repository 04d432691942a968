package org.warmline.submission.ui;

import java.awt.Component;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.ReasonId;
import org.warmline.submission.ReasonService;
import org.warmline.submission.RejectionReason;
import org.warmline.ui.task.TaskRunner;

/**
 * Lets the agency edit its list of reasons why submissions end: add, rename (in place or with
 * "Rename…"), flag as "not about the candidate", and remove from the list (earlier closings
 * keep the reason). A refused change is explained under the table.
 */
final class ReasonsDialog extends EditableListDialog<RejectionReason, ReasonId> {
    private static final long serialVersionUID = 1L;
    private final transient ReasonService reasons;
    private final JButton rename;
    private final JButton toggle;
    private final JButton deactivate;

    ReasonsDialog(Component parent, ReasonService reasons, Messages msg, TaskRunner tasks) {
        super(parent, "submission.reasons", msg, tasks, new ReasonsTableModel(msg));
        this.reasons = reasons;
        ((ReasonsTableModel) model).onEdit(this::rename, this::toggle);
        this.rename = button("submission.reasons.rename", this::renameSelected);
        this.toggle = button("submission.reasons.toggle", () -> withSelected(this::toggle));
        this.deactivate = button("submission.reasons.deactivate",
                () -> withSelected(this::deactivate));
        viewport(500, 10);
        width(ReasonsTableModel.NAME, 320);
        width(ReasonsTableModel.NOT_ABOUT_CANDIDATE, 180);
        open(parent, List.of(button("submission.reasons.add", this::addReason), rename, toggle,
                deactivate, button("submission.reasons.close", this::dispose)));
    }

    @Override
    protected List<RejectionReason> fetch() {
        return reasons.list();
    }

    @Override
    protected ReasonId idOf(RejectionReason reason) {
        return reason.id();
    }

    @Override
    protected void updateButtons() {
        if (rename == null) {
            return;
        }
        boolean any = selected() != null;
        rename.setEnabled(any);
        toggle.setEnabled(any);
        deactivate.setEnabled(any);
    }

    private void addReason() {
        JCheckBox flag = new JCheckBox(msg.get("submission.reasons.prompt.notAboutCandidate"));
        flag.setName("submission.reasons.notAboutCandidate");
        askName(msg.get("submission.reasons.add.title"),
                msg.get("submission.reasons.add.explanation"), "", flag)
                .ifPresent(a -> change(() -> reasons.add(a.name(), a.flag()), null,
                        msg.get("submission.reasons.error.add")));
    }

    private void renameSelected() {
        withSelected(reason -> askName(msg.get("submission.reasons.rename.title"),
                msg.get("submission.reasons.rename.explanation", reason.name()), reason.name(),
                null).ifPresent(a -> rename(reason, a.name())));
    }

    private void rename(RejectionReason reason, String name) {
        change(() -> reasons.rename(reason.id(), name, reason.version()), reason.id(),
                msg.get("submission.reasons.error.rename", reason.name()));
    }

    private void toggle(RejectionReason reason) {
        change(() -> reasons.setNotAboutCandidate(reason.id(), !reason.notAboutCandidate(),
                reason.version()), reason.id(),
                msg.get("submission.reasons.error.change", reason.name()));
    }

    private void deactivate(RejectionReason reason) {
        tasks.run(msg.get("submission.reasons.saving"),
                () -> attempt(() -> reasons.deactivate(reason.id(), reason.version())), result -> {
                    if (result instanceof RejectionReason) {
                        showMessage(msg.get("submission.reasons.removed", reason.name()), false);
                        load(null);
                    } else {
                        explain(result, msg.get("submission.reasons.error.change", reason.name()),
                                reason.id());
                    }
                });
    }
}
