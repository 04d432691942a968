package org.warmline.job.ui;

import java.awt.Window;
import java.util.List;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.border.EmptyBorder;
import org.warmline.employer.Employer;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobStatus;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.recruiter.RecruiterId;
import org.warmline.ui.dialog.ConflictFlow;
import org.warmline.ui.dialog.RecordDiff;
import org.warmline.job.Job;
import org.warmline.recruiter.Recruiter;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.dialog.EditorDialog;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;

/**
 * The modal job editor ({@code job.editor}): Details, and for a saved job the tabs other
 * features contribute (pipeline, timeline). Closes once saved.
 */
final class JobEditor extends EditorDialog {
    private static final long serialVersionUID = 1L;
    private static final Set<String> NOT_EDITED = Set.of("id", "createdAt", "updatedAt",
            "version");
    private final transient JobUi ui;
    private final transient List<Employer> employers;
    private final transient List<Recruiter> recruiters;
    private final JobForm form;
    private transient Job job;

    JobEditor(Window owner, JobUi ui, Job job, List<Employer> employers,
              List<Recruiter> recruiters) {
        super(owner, "job.editor", ui.msg());
        this.ui = ui;
        this.job = job;
        this.employers = List.copyOf(employers);
        this.recruiters = List.copyOf(recruiters);
        form = new JobForm(ui.msg());
        form.load(job, employers, recruiters, defaultCurrency());
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("job.editor.tabs");
        JScrollPane details = new JScrollPane(form);
        details.setBorder(new EmptyBorder(0, 0, 0, 0));
        details.getVerticalScrollBar().setUnitIncrement(16);
        tabs.addTab(ui.msg().get("job.editor.tab.details"), details);
        if (job.id() != null) {
            RecordRef ref = new RecordRef(RecordKind.JOB, job.id().value());
            for (RecordTab tab : ui.tabs().tabsFor(RecordKind.JOB)) {
                tabs.addTab(tab.title(), tab.component());
                tab.load(ref);
            }
        }
        setBody(tabs);
        setTitle(job.id() == null ? ui.msg().get("job.editor.title.new")
                : ui.msg().get("job.editor.title", job.title()));
        setSize(760, 700);
        Dialogs.fitToScreen(this, owner);
    }

    private String defaultCurrency() {
        return ui.msg().has("job.currency.default") ? ui.msg().get("job.currency.default")
                : "GBP";
    }

    @Override
    protected boolean isDirty() {
        return form.isDirty();
    }

    @Override
    protected void save(Runnable afterSaved) {
        FormInput input = new FormInput();
        Job edited = form.read(job, input);
        hideMessage();
        if (!input.isValid()) {
            form.errors.show(input.errors());
            JComponent first = form.errors.firstInvalid(input.errors());
            if (first != null) {
                first.requestFocusInWindow();
            }
            showMessage(ui.msg().get("job.editor.invalid"), true);
            return;
        }
        form.errors.clear();
        store(edited, afterSaved);
    }

    private void store(Job edited, Runnable afterSaved) {
        setSaving(true);
        ui.tasks().run(ui.msg().get("job.editor.saving"),
                () -> edited.id() == null ? ui.jobs().create(edited) : ui.jobs().update(edited),
                saved -> {
                    job = saved;
                    setSaving(false);
                    dispose();
                    if (afterSaved != null) {
                        afterSaved.run();
                    }
                },
                failure -> {
                    if (failure instanceof StaleRecordException && edited.id() != null) {
                        resolveConflict(edited, afterSaved);
                    } else {
                        showFailure(failure, form.errors, "job.editor.invalid");
                    }
                });
    }

    /** Someone saved this job meanwhile: show both versions and let the user decide. */
    private void resolveConflict(Job mine, Runnable afterSaved) {
        new ConflictFlow<>(this, ui.msg(), ui.tasks(), diff()).resolve(mine.title(), mine,
                () -> ui.jobs().get(mine.id()), ConflictFlow.Editor.of(
                        merged -> store(merged, afterSaved),
                        stored -> {
                            job = stored;
                            form.load(stored, employers, recruiters, defaultCurrency());
                            setSaving(false);
                        },
                        failure -> {
                            setSaving(false);
                            if (failure != null) {
                                showFailure(failure, form.errors, "job.editor.invalid");
                            }
                        }));
    }

    private RecordDiff<Job> diff() {
        return new RecordDiff<>(NOT_EDITED, RecordDiff.labels(ui.msg(), "job.field."),
                (field, value) -> {
                    if (value instanceof EmployerId id) {
                        return employers.stream().filter(e -> e.id().equals(id))
                                .map(Employer::name).findFirst().orElse("");
                    }
                    if (value instanceof RecruiterId id) {
                        return recruiters.stream().filter(r -> r.id().equals(id))
                                .map(Recruiter::displayName).findFirst().orElse("");
                    }
                    if (value instanceof JobStatus s) {
                        return ui.msg().get(s.labelKey());
                    }
                    return RecordDiff.plainText(value);
                });
    }
}
