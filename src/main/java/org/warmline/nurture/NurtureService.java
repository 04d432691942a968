package org.warmline.nurture;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.Validator;
import org.warmline.recruiter.RecruiterId;
import org.warmline.recruiter.Session;
import org.warmline.submission.SubmissionId;

/**
 * Keeps relationships warm: creates a plan of dated steps from the agency's template when a
 * submission is rejected or placed (never for a candidate who must not be contacted), and
 * records steps done, skipped (with a reason) or rescheduled, with optimistic locking.
 * Publishes {@code RecordChanged("nurture_step", id)} after each change.
 */
public final class NurtureService {
    /** The {@link RecordChanged} kind of steps. */
    public static final String STEP = "nurture_step";
    /** The {@link RecordChanged} kind of plans. */
    public static final String PLAN = "nurture_plan";
    /** The longest skip reason. */
    public static final int MAX_REASON = 500;
    /** Stored as the skip reason of a relay step the employer never answered (a bundle key). */
    public static final String NO_REPLY_REASON = "nurture.skip.noReply";
    private final Database db;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final NurtureRepository repo = new NurtureRepository();
    private final DueRepository due = new DueRepository();

    public NurtureService(Database db, Session session, AppEvents events, Clock clock) {
        this.db = db;
        this.session = session;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the rejection plan of a rejected submission, its steps dated from today; empty
     * when the candidate must not be contacted or the submission already has an open one.
     */
    public Optional<NurturePlan> planForRejection(SubmissionId submission) {
        return create(submission, PlanKind.REJECTED, null);
    }

    /**
     * Creates the placement plan of a placed submission, its steps dated from the placement's
     * start date (today when there is none); empty as for {@link #planForRejection}.
     */
    public Optional<NurturePlan> planForPlacement(SubmissionId submission) {
        return create(submission, PlanKind.PLACED, null);
    }

    /**
     * Brings a runner-up back for a job: a RUNNER_UP plan on the given submission of the
     * candidate to that job, whose steps offer the job; empty for a candidate who must not be
     * contacted.
     */
    public Optional<NurturePlan> planForRunnerUp(SubmissionId submission, JobId job) {
        return create(submission, PlanKind.RUNNER_UP, job);
    }

    private Optional<NurturePlan> create(SubmissionId submission, PlanKind kind, JobId offered) {
        Instant now = clock.instant();
        Optional<NurturePlan> plan = db.inTransaction(tx -> {
            NurtureRepository.Subject s = repo.subject(tx, submission)
                    .orElseThrow(() -> new NotFoundException("submission", submission.value()));
            if (!s.contactable() || repo.openPlanExists(tx, submission, kind)) {
                return Optional.<NurturePlan>empty();
            }
            RecruiterId owner = s.owner() != null ? s.owner() : session.recruiterId();
            LocalDate start = kind == PlanKind.PLACED && s.startDate() != null ? s.startDate()
                    : LocalDate.now(clock);
            NurturePlanId id = repo.insertPlan(tx, s.candidate(), submission, kind, owner, now);
            int position = 0;
            for (TemplateStep step : repo.template(tx, kind)) {
                JobId job = step.kind() == StepKind.JOB_YOU_MAY_LIKE ? offered : null;
                repo.insertStep(tx, id, s.candidate(), step, owner,
                        start.plusDays(step.offsetDays()), job, position += 10, now);
            }
            return repo.findPlan(tx, id);
        });
        plan.ifPresent(p -> events.publish(new RecordChanged(PLAN, p.id().value())));
        return plan;
    }

    /** The steps of a plan template, in order. */
    public List<TemplateStep> template(PlanKind kind) {
        return db.read(tx -> repo.template(tx, kind));
    }

    /**
     * Replaces a plan template (offsets 0 to {@value TemplateStep#MAX_OFFSET} days); plans
     * created before keep their steps.
     */
    public void saveTemplate(PlanKind kind, List<TemplateStep> steps) {
        Validator v = new Validator();
        for (int i = 0; i < steps.size(); i++) {
            int offset = steps.get(i).offsetDays();
            v.check(offset >= 0 && offset <= TemplateStep.MAX_OFFSET, "offset." + i,
                    "nurture.error.offset");
        }
        v.throwIfInvalid();
        db.inTransaction(tx -> {
            repo.replaceTemplate(tx, kind, steps);
            return null;
        });
        events.publish(new RecordChanged("nurture_template", kind.ordinal()));
    }

    /** Every plan of a candidate, newest first, with its steps. */
    public List<NurturePlan> plans(CandidateId candidate) {
        return db.read(tx -> repo.plansOf(tx, candidate));
    }

    /** One step; NotFoundException when it does not exist. */
    public NurtureStep step(NurtureStepId id) {
        return db.read(tx -> find(tx, id));
    }

    /** Marks a due step done now. */
    public NurtureStep done(NurtureStepId id, int version) {
        return change(id, version, (tx, s, now) -> repo.done(tx, s, now));
    }

    /** Skips a due step; the reason is required (at most {@value #MAX_REASON} characters). */
    public NurtureStep skip(NurtureStepId id, int version, String reason) {
        String r = reason == null ? null : reason.strip();
        new Validator().required("reason", r).maxLength("reason", r, MAX_REASON).throwIfInvalid();
        return change(id, version, (tx, s, now) -> repo.skip(tx, s, r, now));
    }

    /** Moves a due step to another day, today or later. */
    public NurtureStep reschedule(NurtureStepId id, int version, LocalDate day) {
        new Validator().check(day != null, "due", "validation.required")
                .check(day == null || !day.isBefore(LocalDate.now(clock)), "due",
                        "nurture.error.pastDate").throwIfInvalid();
        return change(id, version, (tx, s, now) -> repo.reschedule(tx, s, day, now));
    }

    /** Snoozes a due step: it comes back {@code days} days from today. */
    public NurtureStep snooze(NurtureStepId id, int version, int days) {
        new Validator().check(days > 0, "due", "nurture.error.pastDate").throwIfInvalid();
        return reschedule(id, version, LocalDate.now(clock).plusDays(days));
    }

    /**
     * Steps due on or before {@code day} (oldest first, at most {@code limit}), of one owner
     * or, with a null owner, of everyone; never for candidates who must not be contacted. Ask
     * and relay steps are left to the feedback work list, which reminds about them already;
     * they complete here from the feedback's state first.
     */
    public List<DueStep> due(RecruiterId owner, LocalDate day, int limit) {
        followFeedback();
        return db.read(tx -> due.due(tx, owner, day, limit));
    }

    /** How many steps of an owner are due on or before {@code day} (as {@link #due} lists them). */
    public long dueCount(RecruiterId owner, LocalDate day) {
        return db.read(tx -> due.count(tx, owner, day));
    }

    /**
     * Completes the ask-for-feedback steps of rejections whose feedback was requested, the
     * relay steps of relayed feedback, and skips relay steps the employer never answered;
     * returns how many steps changed.
     */
    public int followFeedback() {
        Instant now = clock.instant();
        return db.inTransaction(tx -> due.followFeedback(tx, now, NO_REPLY_REASON));
    }

    @FunctionalInterface
    private interface Change {
        void apply(Tx tx, NurtureStep current, Instant now) throws SQLException;
    }

    private NurtureStep change(NurtureStepId id, int version, Change change) {
        Instant now = clock.instant();
        NurtureStep saved = db.inTransaction(tx -> {
            NurtureStep current = find(tx, id);
            if (current.version() != version) {
                throw new StaleRecordException(STEP, id.value());
            }
            new Validator().check(current.status() == StepStatus.DUE, "status",
                    "nurture.error.notDue").throwIfInvalid();
            change.apply(tx, current, now);
            return find(tx, id);
        });
        events.publish(new RecordChanged(STEP, id.value()));
        return saved;
    }

    private NurtureStep find(Tx tx, NurtureStepId id) throws SQLException {
        return repo.findStep(tx, id).orElseThrow(() -> new NotFoundException(STEP, id.value()));
    }
}
