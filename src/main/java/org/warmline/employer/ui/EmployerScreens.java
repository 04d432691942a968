package org.warmline.employer.ui;

import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.warmline.employer.Contact;
import org.warmline.employer.ContactId;
import org.warmline.employer.Employer;
import org.warmline.employer.EmployerId;
import org.warmline.employer.EmployerService;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/**
 * The employer feature's screens: the Employers list, the employer editor (with contacts and
 * jobs) and the contact editor. Call its methods on the EDT.
 *
 * <pre>{@code
 * EmployerScreens employers = new EmployerScreens(employerService, msg, tasks, opener, tabs,
 *         events, jobScreens::createNew);
 * sidebar.add(employers.listView());
 * }</pre>
 */
public final class EmployerScreens {
    private static final Set<String> LIST_KINDS = Set.of("employer", "contact", "job");
    private final EmployerUi ui;
    private final EmployerListView list;
    private final List<EmployerEditor> openEditors = new ArrayList<>();

    /**
     * Wires the screens; {@code newJob} opens the job editor for an employer (the application
     * routes it to the job feature).
     */
    public EmployerScreens(EmployerService employers, Messages msg, TaskRunner tasks,
                           RecordOpener opener, RecordTabProvider tabs, AppEvents events,
                           Consumer<EmployerId> newJob) {
        this.ui = new EmployerUi(employers, msg, tasks, opener,
                tabs == null ? RecordTabProvider.NONE : tabs, newJob);
        this.list = new EmployerListView(ui, this::open, this::createNew);
        events.subscribe(RecordChanged.class, this::recordChanged);
    }

    /** The Employers screen for the sidebar (id "employers"). */
    public NavView listView() {
        return list;
    }

    /** Loads an employer and opens its editor. */
    public void open(EmployerId id) {
        ui.tasks().run(ui.msg().get("employer.editor.loading"), () -> ui.employers().get(id),
                employer -> showEditor(employer));
    }

    /** Loads a contact and opens its editor. */
    public void openContact(ContactId id) {
        record Loaded(Contact contact, String employerName) {
        }
        ui.tasks().run(ui.msg().get("employer.contact.editor.loading"), () -> {
            Contact contact = ui.employers().getContact(id);
            return new Loaded(contact, ui.employers().get(contact.employerId()).name());
        }, loaded -> new ContactEditor(activeWindow(), ui.msg(), ui.tasks(), ui.employers(),
                loaded.contact(), loaded.employerName(), saved -> { }).setVisible(true));
    }

    /** Opens the editor for a new employer. */
    public void createNew() {
        showEditor(null);
    }

    private void showEditor(Employer employer) {
        EmployerEditor editor = new EmployerEditor(activeWindow(), ui, employer);
        openEditors.add(editor);
        editor.whenClosed(() -> openEditors.remove(editor));
        editor.setVisible(true);
    }

    private void recordChanged(RecordChanged change) {
        if (LIST_KINDS.contains(change.kind())) {
            list.refreshIfLoaded();
        }
        for (EmployerEditor editor : List.copyOf(openEditors)) {
            editor.recordChanged(change.kind());
        }
    }

    private static Window activeWindow() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
    }
}
