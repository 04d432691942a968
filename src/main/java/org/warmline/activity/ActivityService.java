package org.warmline.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.recruiter.RecruiterId;
import org.warmline.recruiter.Session;

/** Logs calls, e-mails, meetings and notes, and reads the timeline of a record. */
public final class ActivityService {
    private final Database db;
    private final ActivityLog log;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    /** Timelines show at most this many entries, newest first. */
    public static final int TIMELINE_LIMIT = 500;
    private final ActivityRepository activities = new ActivityRepository();
    private final StageHistoryEntries history = new StageHistoryEntries();

    public ActivityService(Database db, ActivityLog log, Session session, AppEvents events,
                           Clock clock) {
        this.db = db;
        this.log = log;
        this.session = session;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an activity by the signed-in recruiter; a missing time means now. Throws
     * {@code ValidationException} (fields kind, when, summary, details, subject).
     */
    public Activity log(NewActivity activity) {
        NewActivity a = activity.occurredAt() != null ? activity
                : new NewActivity(activity.kind(), clock.instant(), activity.candidateId(),
                        activity.employerId(), activity.contactId(), activity.jobId(),
                        activity.submissionId(), activity.summary(), activity.details());
        ActivityLog.validate(a);
        Activity saved = db.inTransaction(tx -> {
            ActivityId id = log.insert(tx, a, session.recruiterId());
            return activities.findById(tx, id).orElseThrow();
        });
        events.publish(new RecordChanged("activity", saved.id().value()));
        return saved;
    }

    /** The activities and stage changes of one candidate, employer or job, newest first. */
    public List<Activity> timeline(ActivitySubject subject, long id) {
        return timeline(subject, id, TIMELINE_LIMIT);
    }

    /** As {@link #timeline(ActivitySubject, long)}, at most {@code limit} entries. */
    public List<Activity> timeline(ActivitySubject subject, long id, int limit) {
        return db.read(tx -> newestFirst(activities.timeline(tx, subject, id, limit),
                history.about(tx, subject, id, limit), limit));
    }

    /** What a recruiter did since a moment (activities and stage changes), newest first. */
    public List<Activity> recentBy(RecruiterId recruiter, Instant since, int limit) {
        return db.read(tx -> newestFirst(activities.by(tx, recruiter, since, limit),
                history.by(tx, recruiter.value(), since, limit), limit));
    }

    private static List<Activity> newestFirst(List<Activity> a, List<Activity> b, int limit) {
        List<Activity> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparing(Activity::occurredAt).reversed());
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }
}
