package org.warmline.privacy.ui;

import java.awt.Component;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.privacy.ConsentRecord;
import org.warmline.privacy.LawfulBasis;
import org.warmline.privacy.NewConsent;
import org.warmline.privacy.PrivacyFeature;
import org.warmline.privacy.PrivacyProfile;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.task.TaskRunner;

/**
 * What the privacy screens do: each call reads its input on the EDT, runs the service off it
 * through the TaskRunner and hands the result back on the EDT. Destructive acts ask first.
 */
final class PrivacyActions {
    private final PrivacyFeature privacy;
    private final Messages msg;
    private final TaskRunner tasks;

    PrivacyActions(PrivacyFeature privacy, Messages msg, TaskRunner tasks) {
        this.privacy = privacy;
        this.msg = msg;
        this.tasks = tasks;
    }

    void load(CandidateId id, Consumer<PrivacyProfile> show) {
        tasks.run(msg.get("privacy.tab.loading"), () -> privacy.privacy().profile(id), show);
    }

    void saveSettings(PrivacyProfile p, LawfulBasis basis, boolean doNotContact,
                      Consumer<PrivacyProfile> show) {
        tasks.run(msg.get("privacy.tab.saving"), () -> privacy.privacy().saveSettings(
                p.candidateId(), basis, doNotContact, p.version()), show);
    }

    void recordConsent(CandidateId id, NewConsent consent, Consumer<PrivacyProfile> show,
                       Consumer<ValidationException> invalid) {
        tasks.run(msg.get("privacy.tab.saving"), () -> {
            try {
                return privacy.privacy().recordConsent(id, consent);
            } catch (ValidationException e) {
                return e;
            }
        }, result -> {
            if (result instanceof ValidationException e) {
                invalid.accept(e);
            } else {
                show.accept((PrivacyProfile) result);
            }
        });
    }

    void withdraw(ConsentRecord consent, Consumer<PrivacyProfile> show) {
        tasks.run(msg.get("privacy.tab.saving"), () -> privacy.privacy().withdrawConsent(
                consent.id(), consent.version()), show);
    }

    void erase(Component parent, PrivacyProfile p, Consumer<PrivacyProfile> show) {
        if (!Dialogs.confirm(parent, msg, "privacy.erase.confirm.title",
                "privacy.erase.confirm.text", p.displayName())) {
            return;
        }
        tasks.run(msg.get("privacy.erase.running"), () -> {
            privacy.erasure().erase(p.candidateId());
            return privacy.privacy().profile(p.candidateId());
        }, show);
    }

    void export(Component parent, CandidateId id) {
        Path target = chooseXlsx(parent, "privacy.export.choose",
                msg.get("privacy.export.fileName", String.valueOf(id.value())));
        if (target == null) {
            return;
        }
        tasks.run(msg.get("privacy.export.running"),
                () -> privacy.accessExport().export(id, target),
                rows -> Dialogs.info(parent, msg.get("privacy.tab.title"),
                        msg.get("privacy.export.done", target, rows)));
    }

    /** Asks where to save a workbook; null when cancelled. */
    Path chooseXlsx(Component parent, String titleKey, String fileName) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("privacy.fileChooser");
        chooser.setDialogTitle(msg.get(titleKey));
        chooser.setFileFilter(new FileNameExtensionFilter(msg.get("privacy.export.filter"), "xlsx"));
        chooser.setSelectedFile(new java.io.File(fileName));
        if (chooser.showSaveDialog(SwingUtilities.getWindowAncestor(parent))
                != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path chosen = chooser.getSelectedFile().toPath();
        return chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                ? chosen : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
    }
}
