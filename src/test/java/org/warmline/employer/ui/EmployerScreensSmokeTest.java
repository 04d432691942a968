package org.warmline.employer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.warmline.employer.Contact;
import org.warmline.employer.Employer;
import org.warmline.employer.EmployerService;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.testing.DbTest;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskHandle;
import org.warmline.ui.task.TaskRunner;

/** Builds the employer screens on a real database and checks what they show (needs a display). */
@DbTest
@Tag("gui")
class EmployerScreensSmokeTest {


    @Test
    void listFiltersAndEditorShowsSavedEmployerWithContacts(Database db) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        Session session = new Session(new RecruiterService(db).ensure("tess", "Tess"), "test");
        EmployerService service = new EmployerService(db, new SearchIndex(), session,
                AppEvents.direct(), Clock.systemUTC());
        Employer acme = service.create(Employer.draft("Acme Widgets", null, null, null,
                "Manufacturing", null));
        service.create(Employer.draft("Zoë Ødegård AS", null, null, null, null, null));
        service.addContact(Contact.draft(acme.id(), "Priya", "Kowalczyk", null, null, null,
                null, null, null));
        EmployerUi ui = new EmployerUi(service, new Messages(Locale.UK), new DirectTaskRunner(),
                ref -> { }, RecordTabProvider.NONE, id -> { });

        SwingUtilities.invokeAndWait(() -> {
            EmployerListView view = new EmployerListView(ui, id -> { }, () -> { });
            view.shown();
            JTable table = find(view.component(), "employer.list", JTable.class);
            assertThat(table.getRowCount()).isEqualTo(2);
            find(view.component(), "employer.list.filter", JTextField.class).setText("odegard");
            assertThat(table.getRowCount()).isEqualTo(1);
            assertThat(find(view.component(), "employer.list.count", JLabel.class).getText())
                    .isEqualTo("1 of 2 employers");

            EmployerEditor editor = new EmployerEditor(null, ui, acme);
            assertThat(find(editor.getContentPane(), "employer.form.name", JTextField.class)
                    .getText()).isEqualTo("Acme Widgets");
            assertThat(find(editor.getContentPane(), "employer.contacts", JTable.class)
                    .getRowCount()).isEqualTo(1);
            editor.dispose();
        });
    }

    static <T> T find(java.awt.Container root, String name, Class<T> type) {
        for (java.awt.Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof java.awt.Container child) {
                T found = find(child, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

}
