package org.warmline.employer.ui;

import java.awt.Window;
import java.util.Set;
import java.util.function.Consumer;
import org.warmline.employer.Contact;
import org.warmline.employer.EmployerService;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.ConflictFlow;
import org.warmline.ui.dialog.RecordDiff;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.dialog.EditorDialog;
import org.warmline.ui.task.TaskRunner;

/** The modal editor of one contact ({@code contact.editor}); closes once saved. */
final class ContactEditor extends EditorDialog {
    private static final long serialVersionUID = 1L;
    private static final Set<String> NOT_EDITED = Set.of("id", "employerId", "createdAt",
            "updatedAt", "version");
    private final transient EmployerService employers;
    private final transient TaskRunner tasks;
    private final transient Consumer<Contact> onSaved;
    private final ContactForm form;
    private transient Contact contact;

    ContactEditor(Window owner, Messages msg, TaskRunner tasks, EmployerService employers,
                  Contact contact, String employerName, Consumer<Contact> onSaved) {
        super(owner, "contact.editor", msg);
        this.employers = employers;
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.contact = contact;
        form = new ContactForm(msg);
        form.load(contact);
        setTitle(contact.id() == null
                ? msg.get("employer.contact.editor.title.new", employerName)
                : msg.get("employer.contact.editor.title", contact.displayName()));
        setBody(form);
        pack();
        Dialogs.fitToScreen(this, owner);
    }

    @Override
    protected boolean isDirty() {
        return form.isDirty();
    }

    @Override
    protected void save(Runnable afterSaved) {
        store(form.read(contact));
    }

    private void store(Contact edited) {
        form.errors.clear();
        hideMessage();
        setSaving(true);
        tasks.run(msg.get("employer.contact.editor.saving"),
                () -> edited.id() == null ? employers.addContact(edited)
                        : employers.updateContact(edited),
                saved -> {
                    contact = saved;
                    form.load(saved);
                    onSaved.accept(saved);
                    dispose();
                },
                failure -> {
                    if (failure instanceof StaleRecordException && edited.id() != null) {
                        resolveConflict(edited);
                    } else {
                        showFailure(failure, form.errors, "employer.editor.invalid");
                    }
                });
    }

    /** Someone saved this contact meanwhile: show both versions and let the user decide. */
    private void resolveConflict(Contact mine) {
        RecordDiff<Contact> diff = new RecordDiff<>(NOT_EDITED,
                RecordDiff.labels(msg, "employer.contact.field.", "employer.field."),
                (f, v) -> RecordDiff.plainText(v));
        new ConflictFlow<>(this, msg, tasks, diff).resolve(mine.displayName(), mine,
                () -> employers.getContact(mine.id()), ConflictFlow.Editor.of(
                        this::store,
                        stored -> {
                            contact = stored;
                            form.load(stored);
                            setSaving(false);
                        },
                        failure -> {
                            setSaving(false);
                            if (failure != null) {
                                showFailure(failure, form.errors, "employer.editor.invalid");
                            }
                        }));
    }
}
