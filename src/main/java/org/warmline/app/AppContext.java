package org.warmline.app;

import java.time.Clock;
import org.warmline.activity.ActivityLog;
import org.warmline.activity.ActivityService;
import org.warmline.candidate.CandidateService;
import org.warmline.candidate.CandidateStatus;
import org.warmline.employer.EmployerService;
import org.warmline.feedback.CandidateViewService;
import org.warmline.feedback.FeedbackMetrics;
import org.warmline.feedback.FeedbackPolicy;
import org.warmline.feedback.FeedbackService;
import org.warmline.duplicates.DuplicateService;
import org.warmline.feedback.WordingGuard;
import org.warmline.importing.ImportService;
import org.warmline.job.JobService;
import org.warmline.nurture.NurtureService;
import org.warmline.nurture.OutreachService;
import org.warmline.nurture.RunnerUpService;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.ChangeFeed;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.privacy.PrivacyFeature;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.report.ReportService;
import org.warmline.search.SearchIndex;
import org.warmline.search.SearchService;
import org.warmline.submission.StageService;
import org.warmline.submission.SubmissionService;
import org.warmline.today.TodayService;

/**
 * The services of one signed-in session, wired by hand (constructor injection, no
 * singletons). Swing-free, so the command line and tests use it too.
 */
public final class AppContext {
    private final Database db;
    private final Session session;
    private final AppEvents events;
    private final SearchService search;
    private final RecruiterService recruiters;
    private final CandidateService candidates;
    private final EmployerService employers;
    private final JobService jobs;
    private final StageService stages;
    private final SubmissionService submissions;
    private final ActivityService activities;
    private final TodayService today;
    private final FeedbackService feedback;
    private final CandidateViewService candidateViews;
    private final FeedbackMetrics feedbackMetrics;
    private final Clock clock;
    private final PrivacyFeature privacy;
    private final org.warmline.server.UserService users;
    private final org.warmline.server.BackupService backups;
    private final ChangeFeed changes;
    private final NurtureService nurture;
    private final OutreachService outreach;
    private final RunnerUpService runnersUp;
    private final ImportService imports;
    private final DuplicateService duplicates;

    public AppContext(Database db, Session session, AppEvents events, Clock clock) {
        this(db, session, events, clock, FeedbackPolicy.DEFAULTS);
    }

    /** The services, with the agency's own feedback timing. */
    public AppContext(Database db, Session session, AppEvents events, Clock clock,
                      FeedbackPolicy policy) {
        this.db = db;
        this.session = session;
        this.events = events;
        SearchIndex index = new SearchIndex();
        ActivityLog log = new ActivityLog();
        this.search = new SearchService(db);
        this.recruiters = new RecruiterService(db);
        this.candidates = new CandidateService(db, index, session, events, clock);
        this.employers = new EmployerService(db, index, session, events, clock);
        this.jobs = new JobService(db, index, session, events, clock);
        this.stages = new StageService(db, events);
        this.submissions = new SubmissionService(db, session, events, clock);
        this.activities = new ActivityService(db, log, session, events, clock);
        this.clock = clock;
        this.feedback = new FeedbackService(db, WordingGuard.standard(), policy, session, events,
                clock);
        this.candidateViews = new CandidateViewService(db, session, events, clock);
        this.feedbackMetrics = new FeedbackMetrics(db);
        this.users = new org.warmline.server.UserService(db, session, events, clock);
        this.backups = new org.warmline.server.BackupService(db, clock);
        // Texts that services write into files (letters, exports) follow the user's language.
        Messages texts = new Messages(java.util.Locale.getDefault());
        this.privacy = new PrivacyFeature(db, index, texts,
                session, events, clock);
        this.changes = new ChangeFeed(db, events, clock);
        this.nurture = new NurtureService(db, session, events, clock);
        this.outreach = new OutreachService(db, texts, activities, session, events, clock);
        this.runnersUp = new RunnerUpService(db, submissions, nurture);
        this.today = new TodayService(db, activities, feedback, nurture, session, clock);
        // After a rejection or a placement the agency stays in touch, following its plan.
        submissions.onRejected(rejected -> nurture.planForRejection(rejected.id()));
        submissions.onPlaced(placed -> nurture.planForPlacement(placed.id()));
        this.imports = new ImportService(db, candidates, texts, session, events, clock);
        this.duplicates = new DuplicateService(db, candidates, index, session, events, clock);
        // A placed candidate is no longer looking: their status follows the placement.
        submissions.onPlaced(placed -> candidates.changeStatus(placed.candidateId(),
                CandidateStatus.PLACED));
    }

    public Database db() {
        return db;
    }

    public Session session() {
        return session;
    }

    public AppEvents events() {
        return events;
    }

    public SearchService search() {
        return search;
    }

    public RecruiterService recruiters() {
        return recruiters;
    }

    public CandidateService candidates() {
        return candidates;
    }

    public EmployerService employers() {
        return employers;
    }

    public JobService jobs() {
        return jobs;
    }

    public StageService stages() {
        return stages;
    }

    public SubmissionService submissions() {
        return submissions;
    }

    public ActivityService activities() {
        return activities;
    }

    public TodayService today() {
        return today;
    }

    public NurtureService nurture() {
        return nurture;
    }

    public OutreachService outreach() {
        return outreach;
    }

    public RunnerUpService runnersUp() {
        return runnersUp;
    }

    public FeedbackService feedback() {
        return feedback;
    }

    public CandidateViewService candidateViews() {
        return candidateViews;
    }

    /** Logins and roles of the office server (admins only; the database refuses others). */
    public org.warmline.server.UserService users() {
        return users;
    }

    /** Online backups and table checks of this session's database. */
    public org.warmline.server.BackupService backups() {
        return backups;
    }

    public FeedbackMetrics feedbackMetrics() {
        return feedbackMetrics;
    }

    /** The feedback timing chosen in Preferences (reminder and no-reply days). */
    public static FeedbackPolicy feedbackPolicy(Settings settings) {
        FeedbackPolicy d = FeedbackPolicy.DEFAULTS;
        int remind = Math.max(1, Math.min(60, settings.getInt(Settings.FEEDBACK_REMINDER_DAYS)));
        int noReply = Math.max(1, Math.min(90, settings.getInt(Settings.FEEDBACK_NO_REPLY_DAYS)));
        return new FeedbackPolicy(d.requestBusinessDays(), remind, noReply, d.relayBusinessDays());
    }

    /** Other clients' changes, published as RecordChanged; started by the window. */
    public ChangeFeed changes() {
        return changes;
    }

    public DuplicateService duplicates() {
        return duplicates;
    }

    public ImportService imports() {
        return imports;
    }

    public Clock clock() {
        return clock;
    }

    /** Consent, erasure and retention, access export and the audit log. */
    public PrivacyFeature privacy() {
        return privacy;
    }

    /** The Excel reports, with the office's own definitions in {@code dataDir/reports}. */
    public ReportService reports(org.warmline.platform.i18n.Messages msg, java.nio.file.Path dataDir) {
        return new ReportService(db, recruiters, msg, dataDir.resolve("reports"), clock);
    }
}
