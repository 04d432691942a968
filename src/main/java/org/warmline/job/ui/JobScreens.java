package org.warmline.job.ui;

import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.util.List;
import java.util.Set;
import org.warmline.employer.Employer;
import org.warmline.employer.EmployerId;
import org.warmline.employer.EmployerService;
import org.warmline.job.Job;
import org.warmline.job.JobId;
import org.warmline.job.JobService;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/**
 * The job feature's screens: the Jobs list and the job editor. Call its methods on the EDT.
 *
 * <pre>{@code
 * JobScreens jobs = new JobScreens(jobService, employerService, recruiterService, msg, tasks,
 *         opener, tabs, events);
 * sidebar.add(jobs.listView());
 * }</pre>
 */
public final class JobScreens {
    private static final Set<String> LIST_KINDS = Set.of("job", "employer", "submission");
    private final JobUi ui;
    private final JobListView list;

    /** Wires the screens to the services; {@code tabs} supplies extra tabs of the job editor. */
    public JobScreens(JobService jobs, EmployerService employers, RecruiterService recruiters,
                      Messages msg, TaskRunner tasks, RecordOpener opener, RecordTabProvider tabs,
                      AppEvents events) {
        ui = new JobUi(jobs, employers, recruiters, msg, tasks, opener,
                tabs == null ? RecordTabProvider.NONE : tabs);
        list = new JobListView(ui, this::open, this::createNew);
        events.subscribe(RecordChanged.class, change -> {
            if (LIST_KINDS.contains(change.kind())) {
                list.refreshIfLoaded();
            }
        });
    }

    /** The Jobs screen for the sidebar (id "jobs"). */
    public NavView listView() {
        return list;
    }

    /** Loads a job and opens its editor. */
    public void open(JobId id) {
        ui.tasks().run(ui.msg().get("job.editor.loading"),
                () -> new Loaded(ui.jobs().get(id), ui.employers().listAll(),
                        ui.recruiters().list()),
                this::show);
    }

    /** Opens the editor for a new job. */
    public void createNew() {
        createNew(null);
    }

    /** Opens the editor for a new job with {@code preselected} (may be null) as its employer. */
    public void createNew(EmployerId preselected) {
        Job draft = Job.draft(preselected, null, null, null, null, null, List.of(), null);
        ui.tasks().run(ui.msg().get("job.editor.loading"),
                () -> new Loaded(draft, ui.employers().listAll(), ui.recruiters().list()),
                this::show);
    }

    private void show(Loaded loaded) {
        Window owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        new JobEditor(owner, ui, loaded.job(), loaded.employers(), loaded.recruiters())
                .setVisible(true);
    }

    /** A job with what its editor's pickers offer. */
    private record Loaded(Job job, List<Employer> employers, List<Recruiter> recruiters) {
    }
}
