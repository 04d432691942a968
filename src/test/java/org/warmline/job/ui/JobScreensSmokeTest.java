package org.warmline.job.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javax.swing.JComboBox;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.warmline.employer.Employer;
import org.warmline.employer.EmployerService;
import org.warmline.job.Job;
import org.warmline.job.JobService;
import org.warmline.job.JobStatus;
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

/** Builds the job screens on a real database and checks what they show (needs a display). */
@DbTest
@Tag("gui")
class JobScreensSmokeTest {


    @Test
    void listShowsOpenJobsAndEditorShowsTheJob(Database db) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless());
        RecruiterService recruiters = new RecruiterService(db);
        Session session = new Session(recruiters.ensure("tess", "Tess"), "test");
        AppEvents events = AppEvents.direct();
        EmployerService employers = new EmployerService(db, new SearchIndex(), session, events,
                Clock.systemUTC());
        JobService jobs = new JobService(db, new SearchIndex(), session, events,
                Clock.systemUTC());
        Employer acme = employers.create(Employer.draft("Acme", null, null, null, null, null));
        Job dev = jobs.create(Job.draft(acme.id(), "Java Developer", "Leeds",
                new BigDecimal("50000"), new BigDecimal("60000"), null, List.of("Java"), null));
        jobs.changeStatus(jobs.create(Job.draft(acme.id(), "Tester", null, null, null, null,
                List.of(), null)).id(), JobStatus.FILLED);
        JobUi ui = new JobUi(jobs, employers, recruiters, new Messages(Locale.UK),
                new DirectTaskRunner(), ref -> { }, RecordTabProvider.NONE);

        SwingUtilities.invokeAndWait(() -> {
            JobListView view = new JobListView(ui, id -> { }, () -> { });
            view.shown();
            JTable table = find(view.component(), "job.list", JTable.class);
            assertThat(table.getRowCount()).isEqualTo(1);
            assertThat(table.getValueAt(0, 4)).hasToString("50,000 – 60,000 GBP");
            find(view.component(), "job.list.status", JComboBox.class).setSelectedItem(null);
            assertThat(table.getRowCount()).isEqualTo(2);

            JobEditor editor = new JobEditor(null, ui, dev, employers.listAll(),
                    recruiters.list());
            assertThat(find(editor.getContentPane(), "job.form.title", JTextField.class)
                    .getText()).isEqualTo("Java Developer");
            JComboBox<?> status = find(editor.getContentPane(), "job.form.status",
                    JComboBox.class);
            status.setSelectedItem(JobStatus.FILLED);
            assertThat(find(editor.getContentPane(), "job.form.closedOn", JTextField.class)
                    .getText()).isNotBlank();
            assertThat(editor.isDirty()).isTrue();
            editor.dispose();
        });
    }

    static <T> T find(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container child) {
                T found = find(child, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
