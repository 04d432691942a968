package org.warmline.job;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.warmline.employer.EmployerId;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.search.SearchKind;

/**
 * Creates, changes and lists jobs. Applies the closing-date rule of {@link JobStatus},
 * validates input, locks optimistically and publishes {@link RecordChanged} after commit.
 */
public final class JobService {
    private final Database db;
    private final SearchIndex index;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final JobRepository jobs = new JobRepository();

    public JobService(Database db, SearchIndex index, Session session, AppEvents events,
                      Clock clock) {
        this.db = db;
        this.index = index;
        this.session = Objects.requireNonNull(session, "session");
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves a new job and returns it as stored. A job without an owner is owned by the
     * signed-in recruiter; without an opening date it opens today; without a currency, GBP.
     */
    public Job create(Job draft) {
        Job owned = draft.ownerId() != null ? draft : new Job(null, draft.employerId(),
                draft.title(), draft.location(), draft.salaryMin(), draft.salaryMax(),
                draft.currency(), draft.status(), draft.openedOn(), draft.closedOn(),
                session.recruiterId(), draft.skills(), draft.description(), null, null, 0);
        Job clean = JobRules.clean(owned, today());
        JobRules.validate(clean);
        Instant now = clock.instant();
        Job saved = db.inTransaction(tx -> {
            String employerName = employerName(tx, clean.employerId());
            JobId id = jobs.insert(tx, stamped(clean, now, now));
            index.replace(tx, SearchKind.JOB, id.value(), indexTexts(clean, employerName));
            return jobs.get(tx, id);
        });
        events.publish(new RecordChanged("job", saved.id().value()));
        return saved;
    }

    /**
     * Saves changed details of a job read at {@code job.version()}; throws
     * {@link org.warmline.platform.concurrency.StaleRecordException} when someone else saved it since.
     */
    public Job update(Job job) {
        Objects.requireNonNull(job.id(), "id");
        Job clean = JobRules.clean(job, today());
        JobRules.validate(clean);
        return save(clean);
    }

    /** Moves a job to another status, setting or clearing its closing date as the rule says. */
    public Job changeStatus(JobId id, JobStatus next) {
        Job current = get(id);
        Job changed = JobRules.clean(current.withStatus(next, today()), today());
        JobRules.validate(changed);
        return save(changed);
    }

    /** The job with this id; throws {@link org.warmline.platform.db.NotFoundException}. */
    public Job get(JobId id) {
        return db.read(tx -> jobs.get(tx, id));
    }

    /** Jobs matching the query, newest opening first, with employer, owner and submissions. */
    public List<JobSummary> list(JobQuery query) {
        return db.read(tx -> jobs.summaries(tx, query == null ? JobQuery.all() : query));
    }

    /** All jobs of one employer, newest opening first. */
    public List<JobSummary> forEmployer(EmployerId employerId) {
        return list(new JobQuery(null, employerId));
    }

    private Job save(Job clean) {
        Instant now = clock.instant();
        Job saved = db.inTransaction(tx -> {
            String employerName = employerName(tx, clean.employerId());
            Job before = jobs.get(tx, clean.id());
            jobs.update(tx, stamped(clean, before.createdAt(), now));
            index.replace(tx, SearchKind.JOB, clean.id().value(),
                    indexTexts(clean, employerName));
            return jobs.get(tx, clean.id());
        });
        events.publish(new RecordChanged("job", saved.id().value()));
        return saved;
    }

    private String employerName(Tx tx, EmployerId id) throws SQLException {
        return jobs.employerName(tx, id).orElseThrow(() -> new ValidationException(List.of(
                new ValidationException.FieldError("employer", "job.validation.noEmployer"))));
    }

    private static Job stamped(Job j, Instant created, Instant updated) {
        return new Job(j.id(), j.employerId(), j.title(), j.location(),
                j.salaryMin(), j.salaryMax(), j.currency(), j.status(), j.openedOn(),
                j.closedOn(), j.ownerId(), j.skills(), j.description(), created, updated,
                j.version());
    }

    private static List<String> indexTexts(Job j, String employerName) {
        List<String> texts = new ArrayList<>();
        texts.add(j.title());
        texts.add(j.location());
        texts.addAll(j.skills());
        texts.add(employerName);
        return texts;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
