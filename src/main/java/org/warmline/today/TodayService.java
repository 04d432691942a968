package org.warmline.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.warmline.activity.Activity;
import org.warmline.activity.ActivityService;
import org.warmline.feedback.FeedbackService;
import org.warmline.feedback.WorkItem;
import org.warmline.platform.db.Database;
import org.warmline.recruiter.Session;

/**
 * What the signed-in recruiter should look at today: employer feedback to request, chase or
 * relay, submissions that have stalled in their stage, and what they did in the last
 * {@value #RECENT_DAYS} days.
 */
public final class TodayService {
    /** A submission is stalled after this many days without a stage change. */
    public static final int STALLED_DAYS = 5;
    private final Database db;
    private final Session session;
    private final Clock clock;
    private final TodayRepository repository = new TodayRepository();

    /** How far back "recent activity" reaches. */
    public static final int RECENT_DAYS = 30;
    private final ActivityService activities;
    private final FeedbackService feedback;

    /** Everything the Today view shows. */
    public record Agenda(List<WorkItem> feedback, List<StalledSubmission> stalled,
                         List<Activity> recent) {
    }

    public TodayService(Database db, ActivityService activities, FeedbackService feedback,
                        Session session, Clock clock) {
        this.db = db;
        this.activities = activities;
        this.feedback = feedback;
        this.session = session;
        this.clock = clock;
    }

    /** The recruiter's stalled submissions (oldest first) and latest activities. */
    public Agenda agenda(int limit) {
        long me = session.recruiterId().value();
        List<StalledSubmission> stalled = db.read(tx ->
                repository.stalled(tx, me, clock.instant(), STALLED_DAYS, limit));
        List<Activity> recent = activities.recentBy(session.recruiterId(),
                clock.instant().minus(RECENT_DAYS, ChronoUnit.DAYS), limit);
        List<WorkItem> chase = feedback.workList(session.recruiterId(), LocalDate.now(clock));
        return new Agenda(chase, stalled, recent);
    }
}
