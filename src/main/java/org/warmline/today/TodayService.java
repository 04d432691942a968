package org.warmline.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warmline.activity.Activity;
import org.warmline.activity.ActivityService;
import org.warmline.feedback.FeedbackService;
import org.warmline.nurture.NurtureService;
import org.warmline.platform.db.Database;
import org.warmline.recruiter.Session;

/**
 * What the signed-in recruiter should look at today: nurture steps due or overdue and employer
 * feedback to request, chase or relay (one list, by due date), submissions that have stalled in their stage, and what they did in the last
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
    private final NurtureService nurture;

    /** Everything the Today view shows; {@code due} is sorted by due date, oldest first. */
    public record Agenda(LocalDate today, List<TodayItem> due, List<StalledSubmission> stalled,
                         List<Activity> recent) {
    }

    public TodayService(Database db, ActivityService activities, FeedbackService feedback,
                        NurtureService nurture, Session session, Clock clock) {
        this.db = db;
        this.activities = activities;
        this.feedback = feedback;
        this.nurture = nurture;
        this.session = session;
        this.clock = clock;
    }

    /**
     * The recruiter's due nurture steps and feedback work (at most {@code limit} steps), stalled
     * submissions (oldest first) and latest activities.
     */
    public Agenda agenda(int limit) {
        long me = session.recruiterId().value();
        LocalDate today = LocalDate.now(clock);
        List<StalledSubmission> stalled = db.read(tx ->
                repository.stalled(tx, me, clock.instant(), STALLED_DAYS, limit));
        List<Activity> recent = activities.recentBy(session.recruiterId(),
                clock.instant().minus(RECENT_DAYS, ChronoUnit.DAYS), limit);
        List<TodayItem> due = new ArrayList<>();
        feedback.workList(session.recruiterId(), today).forEach(w -> due.add(TodayItem.of(w)));
        nurture.due(session.recruiterId(), today, limit).forEach(s -> due.add(TodayItem.of(s)));
        due.sort(Comparator.comparing(TodayItem::due).thenComparing(TodayItem::isStep));
        return new Agenda(today, due, stalled, recent);
    }

    /** How many items the sidebar badge counts: due nurture steps and feedback work due by today. */
    public int dueCount() {
        LocalDate today = LocalDate.now(clock);
        long feedbackDue = feedback.workList(session.recruiterId(), today).stream()
                .filter(w -> !w.due().isAfter(today)).count();
        return (int) (feedbackDue + nurture.dueCount(session.recruiterId(), today));
    }
}
