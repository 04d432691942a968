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
import org.warmline.report.ui.ReportFileChooser;
import org.warmline.report.ui.ReportsView;
import org.warmline.platform.db.Database;
import org.warmline.nurture.ui.NurtureScreens;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.platform.settings.UiState;
import org.warmline.privacy.ui.PrivacyScreens;
import org.warmline.submission.SubmissionId;
import org.warmline.submission.ui.SubmissionScreens;
import org.warmline.today.ui.TodayBadge;
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
import org.warmline.ui.table.ListExporter;
import org.warmline.ui.task.TaskRunner;

/**
 * Assembles the main window from the features' screens: navigation, record opening across
 * features, tabs contributed to other features' editors, menus and shortcuts.
 */
public final class AppWindow {
    /** How often the office database is asked for other recruiters' changes. */
    private static final java.time.Duration CHANGE_POLL = java.time.Duration.ofSeconds(2);
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
    private SwingTaskRunner tasks;

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
        PrivacyScreens privacy = new PrivacyScreens(ctx.privacy(), msg, tasks, opener,
                ctx.events(), settings.getInt(Settings.PRIVACY_RETENTION_MONTHS), months -> {
                    settings.set(Settings.PRIVACY_RETENTION_MONTHS, String.valueOf(months));
                    settings.save();
                }, ctx.session().role().canAdminister());
        NurtureScreens nurture = new NurtureScreens(ctx.nurture(), ctx.outreach(),
                ctx.runnersUp(), msg, tasks, opener, ctx.events());
        RecordTabProvider tabs = kind -> {
            List<RecordTab> all = new ArrayList<>(submissions.tabs().tabsFor(kind));
            all.addAll(feedback.tabs().tabsFor(kind));
            all.addAll(activity.tabs().tabsFor(kind));
            all.addAll(privacy.tabs().tabsFor(kind));
            all.addAll(nurture.tabs().tabsFor(kind));
            return all;
        };
        candidates = new CandidateScreens(ctx.candidates(), ctx.recruiters(), msg, tasks, opener,
                tabs, ctx.events());
        jobs = new JobScreens(ctx.jobs(), ctx.employers(), ctx.recruiters(), msg, tasks, opener,
                tabs, ctx.events());
        employers = new EmployerScreens(ctx.employers(), msg, tasks, opener, tabs, ctx.events(),
                jobs::createNew);
        TodayView today = new TodayView(ctx.today(), ctx.nurture(), msg, tasks, opener,
                ctx.events(), step -> nurture.write(window.frame(), step));
        today.onCount(count -> TodayBadge.show(window.frame().getContentPane(),
                actions.get(ActionId.NAV_TODAY), count));
        today.addTool("today.letters", msg.get("nurture.letters.button"),
                () -> nurture.lettersDue(window.frame()));
        today.addTool("today.calendar", msg.get("nurture.calendar.button"),
                () -> nurture.exportCalendar(window.frame(), ctx.session().recruiterId()));
        today.addTool("today.templates", msg.get("nurture.templates.button"),
                () -> nurture.editTemplates(window.frame()));
        defineActions();
        actions.define(ActionId.STAGES_EDIT, submissions::editStages);
        actions.define(ActionId.IMPORT, () -> new ImportWizard(window.frame(), ctx.imports(), msg,
                tasks).open());
        DuplicatesView duplicates = new DuplicatesView(ctx.duplicates(), msg, tasks, opener,
                ctx.events());
        ReportsView reports = new ReportsView(ctx.reports(msg, dataDir), ctx.recruiters(),
                ctx.employers(), msg, tasks, ReportFileChooser.swing(msg));
        List<org.warmline.ui.nav.NavView> views = new ArrayList<>(List.of(today,
                candidates.listView(), employers.listView(), jobs.listView(),
                submissions.pipelineView(), feedback.workListView(), duplicates, reports));
        views.addAll(privacy.navViews());
        if (ctx.session().role().canAdminister()) {
            views.add(new org.warmline.admin.ui.AdminView(ctx.db().location().embedded() ? null
                    : ctx.users(), ctx.backups(), msg, tasks));
        }
        ListExporter lists = new ListExporter(msg, tasks);
        actions.define(ActionId.LIST_EXPORT, () -> views.stream()
                .filter(v -> v.id().equals(window.currentView())).findFirst()
                .ifPresent(v -> lists.export(v.component(),
                        msg.get("action." + v.navAction().name() + ".name").replace("&", ""))));
        window.build(views, ctx.search(), tasks, opener, this::close);
        if (!ctx.session().role().canEdit()) {
            disableEditing();
        }
        // Requests unanswered for longer than the policy allows become "no reply".
        tasks.run(msg.get("app.feedback.sweep"), () -> ctx.feedback().sweepNoReplies(
                ctx.clock().instant()), swept -> { });
        showWhereSignedIn();
        window.show("today");
    }

    /** Status bar: the database (user@host:port for the office), who, and server trouble. */
    private void showWhereSignedIn() {
        Database.Location where = ctx.db().location();
        String user = msg.get("app.status.user", ctx.session().recruiter().displayName());
        if (where.embedded()) {
            window.setStatus(msg.get("app.status.local"), where.describe(), user);
            return;
        }
        window.setStatus(msg.get("app.status.office", where.user(), where.host(),
                String.valueOf(where.port())), msg.get("app.status.office.tip",
                where.describe(), where.user()), user);
        ctx.db().onConnectionState(state -> window.statusBar().setConnectionProblem(
                switch (state) {
                    case CONNECTED -> null;
                    case RECONNECTING -> msg.get("app.status.reconnecting");
                    case LOST -> msg.get("app.status.lost");
                }));
        ctx.changes().start(CHANGE_POLL);
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

    /** A viewer's window: the actions that create or change records are off. */
    private void disableEditing() {
        for (ActionId id : List.of(ActionId.CANDIDATE_NEW, ActionId.EMPLOYER_NEW,
                ActionId.CONTACT_NEW, ActionId.JOB_NEW, ActionId.SUBMISSION_NEW,
                ActionId.SUBMISSION_NEXT_STAGE, ActionId.SUBMISSION_PREVIOUS_STAGE,
                ActionId.SUBMISSION_REJECT, ActionId.SUBMISSION_WITHDRAW, ActionId.STAGES_EDIT,
                ActionId.ACTIVITY_LOG, ActionId.RECORD_SAVE)) {
            actions.find(id).ifPresent(action -> action.setEnabled(false));
        }
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

    /** Closes the window and the database; the process exits unless warmline.noExit is set. */
    public void close() {
        tasks.shutDown();
        ctx.changes().close();
        window.saveState();
        uiState.save();
        window.frame().dispose();
        ctx.db().close();
        if (!Boolean.getBoolean("warmline.noExit")) {
            System.exit(0);
        }
    }
}
