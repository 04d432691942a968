package org.warmline.job.ui;

import java.awt.Window;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.border.EmptyBorder;
import org.warmline.employer.Employer;
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
    private final transient JobUi ui;
    private final JobForm form;
    private transient Job job;

    JobEditor(Window owner, JobUi ui, Job job, List<Employer> employers,
              List<Recruiter> recruiters) {
        super(owner, "job.editor", ui.msg());
        this.ui = ui;
        this.job = job;
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
                failure -> showFailure(failure, form.errors, "job.editor.invalid"));
    }
}
