package org.warmline.submission;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.DuplicateKeyException;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.Validator;
import org.warmline.recruiter.Session;

/**
 * Moves candidates through a job's pipeline. Every move writes a dated stage-history row
 * (which the candidate, job and employer timelines show as a stage change), is attributed to
 * the signed-in recruiter, uses optimistic locking on the submission's version, and publishes
 * {@code RecordChanged("submission", id)} after commit.
 */
public final class SubmissionService {
    /** The stage a new submission starts in ("Submitted"). */
    public static final StageId SUBMITTED = new StageId(2);
    static final int MAX_NOTE = 1000;
    private final Database db;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final SubmissionRepository submissions = new SubmissionRepository();
    private final StageRepository stages = new StageRepository();
    private final ClosureRepository closures = new ClosureRepository();
    private final ReasonRepository reasons = new ReasonRepository();
    private final ReasonService reasonService;
    private final List<Consumer<Submission>> placedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Submission>> rejectedListeners = new CopyOnWriteArrayList<>();

    /** What a move does, decided inside the transaction from the current state. */
    @FunctionalInterface
    private interface Decision {
        Stage target(Tx tx, Submission current, Stage from, StageRules rules) throws SQLException;
    }

    public SubmissionService(Database db, Session session, AppEvents events, Clock clock) {
        this.db = db;
        this.session = session;
        this.events = events;
        this.clock = clock;
        this.reasonService = new ReasonService(db, events);
    }

    /** Submits a candidate to a job at the "Submitted" stage; see {@link #submit(CandidateId, JobId, StageId)}. */
    public Submission submit(CandidateId candidate, JobId job) {
        return submit(candidate, job, SUBMITTED);
    }

    /**
     * Submits a candidate to a job at an in-progress stage. A second submission of the same
     * candidate to the same job is refused (field "job", key submission.error.duplicate).
     */
    public Submission submit(CandidateId candidate, JobId job, StageId stageId) {
        Submission created;
        try {
            created = db.inTransaction(tx -> insert(tx, candidate, job, stageId));
        } catch (DuplicateKeyException raced) {
            throw StageRules.refuse("job", "submission.error.duplicate");
        }
        events.publish(new RecordChanged("submission", created.id().value()));
        return created;
    }

    private Submission insert(Tx tx, CandidateId candidate, JobId job, StageId stageId)
            throws SQLException {
        Stage stage = stage(tx, stageId);
        if (stage.outcome() != StageOutcome.IN_PROGRESS || !stage.active()) {
            throw StageRules.refuse("stage", "submission.error.notInProgress");
        }
        if (!submissions.candidateExists(tx, candidate)) {
            throw new NotFoundException("candidate", candidate.value());
        }
        if (!submissions.jobExists(tx, job)) {
            throw new NotFoundException("job", job.value());
        }
        if (submissions.exists(tx, candidate, job)) {
            throw StageRules.refuse("job", "submission.error.duplicate");
        }
        Instant now = clock.instant();
        SubmissionId id = submissions.insert(tx, candidate, job, stageId, now,
                session.recruiterId());
        submissions.insertHistory(tx, id, null, stageId, now, session.recruiterId(), null);
        return submissions.get(tx, id);
    }

    /**
     * Moves a submission to any active in-progress stage (use {@link #place}, {@link #reject}
     * and {@link #withdraw} for the others); writes history and an activity "Moved from X to
     * Y". Leaving a rejected or withdrawn stage this way undoes its closing, as reopen does. Throws StaleRecordException when
     * {@code expectedVersion} is out of date.
     */
    public Submission moveTo(SubmissionId id, StageId to, int expectedVersion, String note) {
        return transition(id, expectedVersion, note, (tx, current, from, rules) -> {
            Stage target = stage(tx, to);
            StageRules.checkMove(from, target);
            if (from.outcome().terminal()) {
                undoClosure(tx, id);
            }
            return target;
        });
    }

    /** Moves an in-progress submission to the next in-progress stage. */
    public Submission next(SubmissionId id, int version) {
        return transition(id, version, null, (tx, current, from, rules) -> rules.next(from));
    }

    /** Moves an in-progress submission back to the previous in-progress stage. */
    public Submission previous(SubmissionId id, int version) {
        return transition(id, version, null, (tx, current, from, rules) -> rules.previous(from));
    }

    /**
     * Closes an in-progress submission as rejected, in one transaction with the closing's
     * record (who ended it, an active reason, whether it was about the candidate, the stage it
     * left, note ≤ {@value #MAX_NOTE} characters); nothing is written when it is refused.
     */
    public Submission reject(SubmissionId id, int version, Closure closure) {
        Submission rejected = close(id, version, closure, StageOutcome.REJECTED);
        rejectedListeners.forEach(listener -> listener.accept(rejected));
        return rejected;
    }

    /**
     * Calls {@code listener} after each rejection has been committed, on the thread that
     * rejected it (e.g. so that a nurture plan starts).
     */
    public void onRejected(Consumer<Submission> listener) {
        rejectedListeners.add(listener);
    }

    /** Closes an in-progress submission as withdrawn; otherwise as {@link #reject}. */
    public Submission withdraw(SubmissionId id, int version, Closure closure) {
        return close(id, version, closure, StageOutcome.WITHDRAWN);
    }

    private Submission close(SubmissionId id, int version, Closure closure,
                             StageOutcome outcome) {
        Closure clean = Closings.validate(closure, MAX_NOTE);
        return transition(id, version, clean.note(), (tx, current, from, rules) -> {
            StageRules.requireInProgress(from);
            Closings.requireActiveReason(tx, reasons, clean.reason());
            Stage target = rules.terminal(outcome);
            closures.insert(tx, id, outcome, clean, from.id(), clock.instant(),
                    session.recruiterId());
            return target;
        });
    }

    /**
     * Undoes a rejection or withdrawal: the submission returns to the stage it left (or, if
     * that stage is gone, the in-progress stage it last reached) and its closing is marked
     * undone; the history and the closing's record are kept.
     */
    public Submission reopen(SubmissionId id, int version) {
        return transition(id, version, null, (tx, current, from, rules) -> {
            if (from.outcome() != StageOutcome.REJECTED && from.outcome() != StageOutcome.WITHDRAWN) {
                throw StageRules.refuse("stage", "submission.error.notClosed");
            }
            Optional<StageId> left = undoClosure(tx, id);
            Optional<Stage> back = left.isPresent() ? stages.findById(tx, left.get())
                    : Optional.empty();
            if (back.isPresent() && back.get().active()
                    && back.get().outcome() == StageOutcome.IN_PROGRESS) {
                return back.get();
            }
            Optional<StageId> before = submissions.lastInProgressStage(tx, id);
            if (before.isPresent()) {
                return stage(tx, before.get());
            }
            return rules.firstInProgress()
                    .orElseThrow(() -> StageRules.refuse("stage", "submission.error.noStage"));
        });
    }

    /** Marks the open closing of a submission undone; the stage it left, if there was one. */
    private Optional<StageId> undoClosure(Tx tx, SubmissionId id) throws SQLException {
        Optional<ClosureRepository.Open> open = closures.open(tx, id);
        if (open.isPresent()) {
            closures.undo(tx, open.get().record().id(), clock.instant(), session.recruiterId());
        }
        return open.map(ClosureRepository.Open::fromStage);
    }

    /** How the submission ended, unless it is open again (the latest closing not undone). */
    public Optional<ClosureRecord> closure(SubmissionId id) {
        return db.read(tx -> closures.open(tx, id).map(ClosureRepository.Open::record));
    }

    /** Every closing of the candidate's submissions, newest first; undone ones carry undoneAt. */
    public List<ClosureRecord> closures(CandidateId id) {
        return db.read(tx -> closures.forCandidate(tx, id));
    }

    /** The agency's list of reasons, on the same database as the submissions. */
    public ReasonService reasons() {
        return reasonService;
    }

    /**
     * Records a placement (start date, salary ≥ 0, fee ≥ 0, 3-letter currency) and moves the
     * in-progress submission to the placed stage.
     */
    public Submission place(SubmissionId id, int version, Placement placement) {
        StageRules.validate(placement);
        Placement clean = new Placement(id, placement.startDate(), placement.salary(),
                placement.fee(), placement.currency().strip().toUpperCase(Locale.ROOT));
        Submission placed = transition(id, version, null, (tx, current, from, rules) -> {
            StageRules.requireInProgress(from);
            Stage stage = rules.terminal(StageOutcome.PLACED);
            submissions.insertPlacement(tx, clean, clock.instant());
            return stage;
        });
        placedListeners.forEach(listener -> listener.accept(placed));
        return placed;
    }

    /**
     * Calls {@code listener} after each placement has been committed, on the thread that
     * placed it (e.g. so that the candidate's status becomes "placed").
     */
    public void onPlaced(Consumer<Submission> listener) {
        placedListeners.add(listener);
    }

    /** The placement of a submission, if it was placed. */
    public Optional<Placement> placement(SubmissionId id) {
        return db.read(tx -> submissions.placement(tx, id));
    }

    /** The stage changes of a submission, oldest first. */
    public List<StageChange> history(SubmissionId id) {
        return db.read(tx -> submissions.history(tx, id));
    }

    /** The submissions of a candidate, newest first. */
    public List<SubmissionRow> forCandidate(CandidateId id) {
        Instant now = clock.instant();
        return db.read(tx -> submissions.forCandidate(tx, id, now));
    }

    /** The candidates submitted to a job, in stage order then by name. */
    public List<SubmissionRow> forJob(JobId id) {
        Instant now = clock.instant();
        return db.read(tx -> submissions.forJob(tx, id, now));
    }

    /** Jobs that are open or on hold, by employer and title, for pickers. */
    public List<JobOption> openJobs() {
        return db.read(submissions::openJobs);
    }

    /** One submission with display names; NotFoundException when it does not exist. */
    public SubmissionRow row(SubmissionId id) {
        Instant now = clock.instant();
        return db.read(tx -> submissions.row(tx, id, now));
    }

    private Submission transition(SubmissionId id, int version, String note, Decision decision) {
        new Validator().maxLength("note", note, MAX_NOTE).throwIfInvalid();
        Submission moved = db.inTransaction(tx -> {
            Submission current = submissions.get(tx, id);
            if (current.version() != version) {
                throw new StaleRecordException("submission", id.value());
            }
            Stage from = stage(tx, current.stageId());
            Stage to = decision.target(tx, current, from, new StageRules(stages.active(tx)));
            return move(tx, current, from, to, note);
        });
        events.publish(new RecordChanged("submission", id.value()));
        return moved;
    }

    private Submission move(Tx tx, Submission current, Stage from, Stage to, String note)
            throws SQLException {
        Instant now = clock.instant();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        submissions.move(tx, current.id(), to.id(), now, current.version());
        submissions.insertHistory(tx, current.id(), from.id(), to.id(), now,
                session.recruiterId(), cleanNote);
        return submissions.get(tx, current.id());
    }

    private Stage stage(Tx tx, StageId id) throws SQLException {
        return stages.findById(tx, id).orElseThrow(() -> new NotFoundException("stage", id.value()));
    }
}
