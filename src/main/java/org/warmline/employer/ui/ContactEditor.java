package org.warmline.employer.ui;

import java.awt.Window;
import java.util.function.Consumer;
import org.warmline.employer.Contact;
import org.warmline.employer.EmployerService;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.dialog.EditorDialog;
import org.warmline.ui.task.TaskRunner;

/** The modal editor of one contact ({@code contact.editor}); closes once saved. */
final class ContactEditor extends EditorDialog {
    private static final long serialVersionUID = 1L;
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
        Contact edited = form.read(contact);
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
                failure -> showFailure(failure, form.errors, "employer.editor.invalid"));
    }
}
