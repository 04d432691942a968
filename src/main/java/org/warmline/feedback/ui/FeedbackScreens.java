package org.warmline.feedback.ui;

import java.awt.Window;
import java.time.Clock;
import java.util.List;
import org.warmline.feedback.CandidateViewService;
import org.warmline.feedback.FeedbackMetrics;
import org.warmline.feedback.FeedbackService;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Session;
import org.warmline.submission.SubmissionId;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/**
 * The feedback feature's screens: the "Feedback" work list (sidebar, Ctrl+6), the
 * "Rejections &amp; feedback" tab of candidates, the "Feedback scorecard" tab of employers, and
 * the feedback dialog for one rejected submission.
 */
public final class FeedbackScreens {
    private final FeedbackService feedback;
    private final FeedbackMetrics metrics;
    private final CandidateViewService views;
    private final Session session;
    private final Messages msg;
    private final TaskRunner tasks;
    private final RecordOpener opener;
    private final AppEvents events;
    private final Clock clock;

    public FeedbackScreens(FeedbackService feedback, FeedbackMetrics metrics,
                           CandidateViewService views, Session session, Clock clock,
                           Messages msg, TaskRunner tasks, RecordOpener opener,
                           AppEvents events) {
        this.feedback = feedback;
        this.metrics = metrics;
        this.views = views;
        this.session = session;
        this.clock = clock;
        this.msg = msg;
        this.tasks = tasks;
        this.opener = opener;
        this.events = events;
    }

    /** A new work list view (id "feedback", navigation action NAV_FEEDBACK). */
    public NavView workListView() {
        return new WorkListView(feedback, metrics, session.recruiterId(), msg, tasks, events,
                clock);
    }

    /** Supplies "Rejections & feedback" to candidate editors and "Feedback scorecard" to
     * employer editors. */
    public RecordTabProvider tabs() {
        return kind -> switch (kind) {
            case CANDIDATE -> List.of(new RejectionsTab(feedback, views, msg, tasks, events));
            case EMPLOYER -> List.of(new ScorecardTab(views, msg, tasks, events));
            default -> List.of();
        };
    }

    /** Opens the feedback dialog of a rejected submission (modal; returns when it closes). */
    public void openFeedback(Window owner, SubmissionId submission) {
        new FeedbackDialog(owner, feedback, msg, tasks, submission, () -> { }).setVisible(true);
    }

    /** The opener of other features' records, for screens that link to them. */
    RecordOpener opener() {
        return opener;
    }
}
