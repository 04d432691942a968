package org.warmline.activity;

import java.time.Clock;
import java.util.List;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.recruiter.Session;

/** Logs calls, e-mails, meetings and notes, and reads the timeline of a record. */
public final class ActivityService {
    private final Database db;
    private final ActivityLog log;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final ActivityRepository activities = new ActivityRepository();

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

    /** The activities concerning one candidate, employer or job, newest first. */
    public List<Activity> timeline(ActivitySubject subject, long id) {
        return db.read(tx -> activities.timeline(tx, subject, id));
    }
}
