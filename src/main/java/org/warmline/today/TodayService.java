package org.warmline.today;

import java.time.Clock;
import java.util.List;
import org.warmline.platform.db.Database;
import org.warmline.recruiter.Session;

/**
 * What the signed-in recruiter should look at today: submissions that have stalled in their
 * stage, and what they did last.
 */
public final class TodayService {
    /** A submission is stalled after this many days without a stage change. */
    public static final int STALLED_DAYS = 5;
    private final Database db;
    private final Session session;
    private final Clock clock;
    private final TodayRepository repository = new TodayRepository();

    /** Everything the Today view shows, read in one transaction. */
    public record Agenda(List<StalledSubmission> stalled, List<RecentActivity> recent) {
    }

    public TodayService(Database db, Session session, Clock clock) {
        this.db = db;
        this.session = session;
        this.clock = clock;
    }

    /** The recruiter's stalled submissions (oldest first) and latest activities. */
    public Agenda agenda(int limit) {
        long me = session.recruiterId().value();
        return db.read(tx -> new Agenda(
                repository.stalled(tx, me, clock.instant(), STALLED_DAYS, limit),
                repository.recent(tx, me, limit)));
    }
}
