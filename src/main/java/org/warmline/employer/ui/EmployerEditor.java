package org.warmline.employer.ui;

import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.border.EmptyBorder;
import java.util.Set;
import org.warmline.employer.Employer;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.ui.dialog.ConflictFlow;
import org.warmline.ui.dialog.RecordDiff;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.dialog.EditorDialog;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;

/**
 * The modal employer editor ({@code employer.editor}): Details, and once the employer is saved
 * Contacts, Jobs and the tabs other features contribute. Saving a new employer keeps the
 * editor open so that contacts and jobs can be added; saving an existing one closes it.
 */
final class EmployerEditor extends EditorDialog {
    private static final long serialVersionUID = 1L;
    private static final Set<String> NOT_EDITED = Set.of("id", "createdAt", "updatedAt",
            "version");
    private final transient EmployerUi ui;
    private final EmployerForm form;
    private final JTabbedPane tabs = new JTabbedPane();
    private final transient List<Runnable> onClosed = new ArrayList<>();
    private transient Employer employer;
    private ContactsPanel contacts;
    private EmployerJobsPanel jobs;

    EmployerEditor(Window owner, EmployerUi ui, Employer employer) {
        super(owner, "employer.editor", ui.msg());
        this.ui = ui;
        this.employer = employer;
        form = new EmployerForm(ui.msg());
        tabs.setName("employer.editor.tabs");
        JScrollPane details = new JScrollPane(form);
        details.setBorder(new EmptyBorder(0, 0, 0, 0));
        tabs.addTab(ui.msg().get("employer.editor.tab.details"), details);
        setBody(tabs);
        if (employer != null) {
            form.load(employer);
            addSavedTabs();
        }
        updateTitle();
        setSize(720, 640);
        Dialogs.fitToScreen(this, owner);
    }

    /** Runs {@code r} once the editor has closed. */
    void whenClosed(Runnable r) {
        onClosed.add(r);
    }

    @Override
    public void dispose() {
        super.dispose();
        onClosed.forEach(Runnable::run);
        onClosed.clear();
    }

    /** Refreshes the Contacts or Jobs tab after a change of that kind elsewhere. */
    void recordChanged(String kind) {
        if (contacts != null && "contact".equals(kind)) {
            contacts.reload();
        } else if (jobs != null && "job".equals(kind)) {
            jobs.reload();
        }
    }

    private void addSavedTabs() {
        contacts = new ContactsPanel(ui, employer);
        jobs = new EmployerJobsPanel(ui, employer);
        tabs.addTab(ui.msg().get("employer.editor.tab.contacts"), contacts);
        tabs.addTab(ui.msg().get("employer.editor.tab.jobs"), jobs);
        contacts.reload();
        jobs.reload();
        RecordRef ref = new RecordRef(RecordKind.EMPLOYER, employer.id().value());
        for (RecordTab tab : ui.tabs().tabsFor(RecordKind.EMPLOYER)) {
            tabs.addTab(tab.title(), tab.component());
            tab.load(ref);
        }
    }

    private void updateTitle() {
        setTitle(employer == null ? ui.msg().get("employer.editor.title.new")
                : ui.msg().get("employer.editor.title", employer.name()));
    }

    @Override
    protected boolean isDirty() {
        return form.isDirty();
    }

    @Override
    protected void save(Runnable afterSaved) {
        store(form.read(employer), afterSaved);
    }

    private void store(Employer edited, Runnable afterSaved) {
        form.errors.clear();
        hideMessage();
        setSaving(true);
        ui.tasks().run(ui.msg().get("employer.editor.saving"),
                () -> edited.isSaved() ? ui.employers().update(edited)
                        : ui.employers().create(edited),
                saved -> saved(saved, edited.isSaved(), afterSaved),
                failure -> {
                    if (failure instanceof StaleRecordException && edited.isSaved()) {
                        resolveConflict(edited, afterSaved);
                    } else {
                        showFailure(failure, form.errors, "employer.editor.invalid");
                    }
                });
    }

    /** Someone saved this employer meanwhile: show both versions and let the user decide. */
    private void resolveConflict(Employer mine, Runnable afterSaved) {
        RecordDiff<Employer> diff = new RecordDiff<>(NOT_EDITED,
                RecordDiff.labels(ui.msg(), "employer.field."), (f, v) -> RecordDiff.plainText(v));
        new ConflictFlow<>(this, ui.msg(), ui.tasks(), diff).resolve(mine.name(), mine,
                () -> ui.employers().get(mine.id()), ConflictFlow.Editor.of(
                        merged -> store(merged, afterSaved),
                        stored -> {
                            employer = stored;
                            form.load(stored);
                            setSaving(false);
                            updateTitle();
                        },
                        failure -> {
                            setSaving(false);
                            if (failure != null) {
                                showFailure(failure, form.errors, "employer.editor.invalid");
                            }
                        }));
    }

    private void saved(Employer saved, boolean wasSaved, Runnable afterSaved) {
        employer = saved;
        form.load(saved);
        setSaving(false);
        updateTitle();
        if (afterSaved != null) {
            afterSaved.run();
            return;
        }
        if (wasSaved) {
            dispose();
            return;
        }
        addSavedTabs();
        showMessage(ui.msg().get("employer.editor.saved"), false);
    }
}
