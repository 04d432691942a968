package org.warmline.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.warmline.activity.ui.ActivityScreens;
import org.warmline.app.ui.MainWindow;
import org.warmline.app.ui.PreferencesDialog;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.ui.CandidateScreens;
import org.warmline.duplicates.ui.DuplicatesView;
import org.warmline.employer.ContactId;
import org.warmline.employer.EmployerId;
import org.warmline.employer.ui.EmployerScreens;
import org.warmline.feedback.ui.FeedbackScreens;
import org.warmline.importing.ui.ImportWizard;
import org.warmline.job.JobId;
import org.warmline.job.ui.JobScreens;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.platform.settings.UiState;
import org.warmline.submission.SubmissionId;
import org.warmline.submission.ui.SubmissionScreens;
import org.warmline.today.ui.TodayView;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.action.ActionRegistry;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.dialog.ErrorReporter;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.SwingTaskRunner;
import org.warmline.ui.task.TaskRunner;

/**
 * Assembles the main window from the features' screens: navigation, record opening across
 * features, tabs contributed to other features' editors, menus and shortcuts.
 */
public final class AppWindow {
    private final AppContext ctx;
    private final Messages msg;
    private final Settings settings;
    private final UiState uiState;
    private final Path dataDir;
    private final MainWindow window;
    private final ActionRegistry actions;
    private CandidateScreens candidates;
    private EmployerScreens employers;
    private JobScreens jobs;
    private FeedbackScreens feedback;
    private TaskRunner tasks;

    public AppWindow(AppContext ctx, Messages msg, Settings settings, UiState uiState, Path dataDir) {
        this.ctx = ctx;
        this.msg = msg;
        this.settings = settings;
        this.uiState = uiState;
        this.dataDir = dataDir;
        this.actions = new ActionRegistry(msg);
        this.window = new MainWindow(msg, actions, uiState);
    }

    public MainWindow mainWindow() {
        return window;
    }

    /** Builds and shows the window (on the EDT). */
    public void open() {
        ErrorReporter errors = new ErrorReporter(msg.get("error.title"), new FailureText(msg)::explain);
        tasks = new SwingTaskRunner(window.statusBar(), errors);
        RecordOpener opener = this::openRecord;
        ActivityScreens activity = new ActivityScreens(ctx.activities(), msg, tasks, ctx.events());
        SubmissionScreens submissions = new SubmissionScreens(ctx.submissions(), ctx.stages(),
                ctx.search(), msg, tasks, opener, ctx.events());
        feedback = new FeedbackScreens(ctx.feedback(), ctx.feedbackMetrics(),
                ctx.candidateViews(), ctx.session(), ctx.clock(), msg, tasks, opener, ctx.events());
        RecordTabProvider tabs = kind -> {
            List<RecordTab> all = new ArrayList<>(submissions.tabs().tabsFor(kind));
            all.addAll(feedback.tabs().tabsFor(kind));
            all.addAll(activity.tabs().tabsFor(kind));
            return all;
        };
        candidates = new CandidateScreens(ctx.candidates(), ctx.recruiters(), msg, tasks, opener,
                tabs, ctx.events());
        jobs = new JobScreens(ctx.jobs(), ctx.employers(), ctx.recruiters(), msg, tasks, opener,
                tabs, ctx.events());
        employers = new EmployerScreens(ctx.employers(), msg, tasks, opener, tabs, ctx.events(),
                jobs::createNew);
        TodayView today = new TodayView(ctx.today(), msg, tasks, opener, ctx.events());
        DuplicatesView duplicates = new DuplicatesView(ctx.duplicates(), msg, tasks, opener,
                ctx.events());
        defineActions();
        actions.define(ActionId.STAGES_EDIT, submissions::editStages);
        actions.define(ActionId.IMPORT, () -> new ImportWizard(window.frame(), ctx.imports(), msg,
                tasks).open());
        window.build(List.of(today, candidates.listView(), employers.listView(), jobs.listView(),
                submissions.pipelineView(), feedback.workListView(), duplicates), ctx.search(),
                tasks, opener,
                this::close);
        // Requests unanswered for longer than the policy allows become "no reply".
        tasks.run(msg.get("app.feedback.sweep"), () -> ctx.feedback().sweepNoReplies(
                ctx.clock().instant()), swept -> { });
        String db = ctx.db().location().embedded() ? msg.get("app.status.local")
                : msg.get("app.status.server", ctx.db().location().describe());
        window.setStatus(db, ctx.db().location().describe(),
                msg.get("app.status.user", ctx.session().recruiter().displayName()));
        window.show("today");
    }

    private void defineActions() {
        actions.define(ActionId.CANDIDATE_NEW, () -> candidates.createNew());
        actions.define(ActionId.EMPLOYER_NEW, () -> employers.createNew());
        actions.define(ActionId.JOB_NEW, () -> jobs.createNew());
        actions.define(ActionId.APP_PREFERENCES, this::preferences);
        actions.define(ActionId.APP_QUIT, this::close);
        actions.define(ActionId.APP_ABOUT, () -> Dialogs.info(window.frame(),
                msg.get("app.about.title"), msg.get("app.about.text",
                        new org.warmline.app.cli.VersionProvider().getVersion()[0], dataDir)));
    }

    /** Opens the editor of any record (used by search, Today and links between screens). */
    public void openRecord(RecordRef ref) {
        switch (ref.kind()) {
            case CANDIDATE -> candidates.open(new CandidateId(ref.id()));
            case EMPLOYER -> employers.open(new EmployerId(ref.id()));
            case CONTACT -> employers.openContact(new ContactId(ref.id()));
            case JOB -> jobs.open(new JobId(ref.id()));
            case SUBMISSION -> tasks.run(msg.get("common.loading"),
                    () -> ctx.submissions().row(new SubmissionId(ref.id())).candidateId(),
                    candidates::open);
            case FEEDBACK -> feedback.openFeedback(window.frame(), new SubmissionId(ref.id()));
        }
    }

    private void preferences() {
        tasks.run(msg.get("common.loading"), ctx.recruiters()::list, recruiters -> {
            boolean changed = new PreferencesDialog(window.frame(), msg, settings, recruiters,
                    ctx.session().recruiter(), ctx.db().location().describe()).show();
            if (changed) {
                Dialogs.info(window.frame(), msg.get("app.prefs.title"),
                        msg.get("app.prefs.restart"));
            }
        });
    }

    private void close() {
        window.saveState();
        uiState.save();
        window.frame().dispose();
        ctx.db().close();
        if (!Boolean.getBoolean("warmline.noExit")) {
            System.exit(0);
        }
    }
}
