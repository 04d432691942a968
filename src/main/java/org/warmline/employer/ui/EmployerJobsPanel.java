package org.warmline.employer.ui;

import java.time.LocalDate;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.warmline.employer.Employer;
import org.warmline.employer.EmployerJob;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordListPanel;

/** The Jobs tab of the employer editor: the employer's jobs, opened through the RecordOpener. */
final class EmployerJobsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient EmployerUi ui;
    private final transient Employer employer;
    private final RecordListPanel<EmployerJob> list;

    EmployerJobsPanel(EmployerUi ui, Employer employer) {
        super(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][grow, fill]"));
        this.ui = ui;
        this.employer = employer;
        list = new RecordListPanel<>("employer.jobs", ui.msg(), columns(), false);
        list.onOpen(job -> ui.opener().open(new RecordRef(RecordKind.JOB, job.jobId())));
        JButton newJob = new JButton(ui.msg().get("employer.jobs.new"));
        newJob.setName("employer.jobs.new");
        newJob.addActionListener(e -> ui.newJob().accept(employer.id()));
        add(newJob, "growx 0");
        add(list, "grow");
    }

    private List<Column<EmployerJob>> columns() {
        var msg = ui.msg();
        return List.of(
                Column.<EmployerJob>of(msg.get("employer.jobs.column.title"), String.class,
                        EmployerJob::title).width(220),
                Column.<EmployerJob>of(msg.get("employer.jobs.column.location"), String.class,
                        EmployerJob::location).width(120),
                Column.<EmployerJob>of(msg.get("employer.jobs.column.status"), String.class,
                        j -> msg.get("job.status." + j.status())).width(90),
                Column.<EmployerJob>of(msg.get("employer.jobs.column.openedOn"), LocalDate.class,
                        EmployerJob::openedOn).width(100),
                Column.<EmployerJob>of(msg.get("employer.jobs.column.closedOn"), LocalDate.class,
                        EmployerJob::closedOn).width(100));
    }

    /** Loads the employer's jobs in the background. */
    void reload() {
        ui.tasks().run(ui.msg().get("employer.jobs.loading"),
                () -> ui.employers().jobs(employer.id()), list::setRows);
    }
}
