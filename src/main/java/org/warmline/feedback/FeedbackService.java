package org.warmline.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.ContactId;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.Validator;
import org.warmline.recruiter.RecruiterId;
import org.warmline.recruiter.Session;
import org.warmline.submission.SubmissionId;

/**
 * Chases and relays employer feedback: request, remind, receive, write the candidate-safe text,
 * relay it (frozen afterwards) or give up as NO_REPLY; and the work list of what is due.
 * Every change is attributed to the signed-in recruiter and checked against the record's
 * version; illegal moves raise a ValidationException on field {@code state}.
 */
public final class FeedbackService {
    /** How long after a rejection asking the employer for feedback is still a task. */
    public static final int REQUEST_WINDOW_DAYS = 30;
    /** The {@link RecordChanged} kind published after each change. */
    public static final String KIND = "employer_feedback";
    private final Database db;
    private final WordingGuard guard;
    private final FeedbackTimeline timeline;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final FeedbackRepository repo = new FeedbackRepository();

    public FeedbackService(Database db, WordingGuard guard, FeedbackPolicy policy,
                           Session session, AppEvents events, Clock clock) {
        this.db = db;
        this.guard = guard;
        this.timeline = new FeedbackTimeline(policy, clock.getZone());
        this.session = session;
        this.events = events;
        this.clock = clock;
    }

    /** The wording guard relays are checked with. */
    public WordingGuard guard() {
        return guard;
    }

    /** The due dates this service works with. */
    public FeedbackTimeline timeline() {
        return timeline;
    }

    /** The rejection feedback of a rejected submission (NOT_REQUESTED without a row); empty when
     * the submission is not rejected. */
    public Optional<EmployerFeedback> forRejection(SubmissionId submission) {
        return db.read(tx -> repo.rejectionOf(tx, submission));
    }

    /** One feedback record; throws NotFoundException when it does not exist. */
    public EmployerFeedback get(FeedbackId id) {
        return db.read(tx -> repo.find(tx, id))
                .orElseThrow(() -> new NotFoundException("employer_feedback", id.value()));
    }

    /** Every rejection of a candidate with its feedback, newest first. */
    public List<EmployerFeedback> rejectionsOf(CandidateId candidate) {
        return db.read(tx -> repo.rejectionsOf(tx, candidate));
    }

    /** The interview feedback requested for a candidate, newest first. */
    public List<EmployerFeedback> interviewFeedbackOf(CandidateId candidate) {
        return db.read(tx -> repo.interviewsOf(tx, candidate));
    }

    /** The contacts of the submission's employer, to request feedback from. */
    public List<ContactOption> contactsFor(SubmissionId submission) {
        return db.read(tx -> repo.contactsFor(tx, submission));
    }

    /** The reminders sent for a feedback record, oldest first. */
    public List<Reminder> reminders(FeedbackId id) {
        return db.read(tx -> repo.reminders(tx, id));
    }

    /**
     * Records that feedback was requested (now) from a contact of the job's employer and
     * creates the record. For REJECTION the submission must be rejected and not requested yet;
     * INTERVIEW may be requested any number of times.
     */
    public EmployerFeedback request(SubmissionId submission, FeedbackKind kind, Channel via,
                                    ContactId contact) {
        new Validator().check(via != null, "via", "validation.required")
                .check(contact != null, "contact", "validation.required").throwIfInvalid();
        Instant now = clock.instant();
        EmployerFeedback saved = db.inTransaction(tx -> {
            Long closure = null;
            if (kind == FeedbackKind.REJECTION) {
                EmployerFeedback current = repo.rejectionOf(tx, submission).orElse(null);
                if (current == null) {
                    FeedbackRules.fail("feedback.error.notRejected");
                } else if (current.id() != null) {
                    FeedbackRules.fail("feedback.error.alreadyRequested");
                } else {
                    closure = current.rejection().closureId();
                }
            } else if (!repo.submissionExists(tx, submission)) {
                throw new NotFoundException("submission", submission.value());
            }
            requireContactOf(tx, submission, contact, "contact");
            FeedbackId id = repo.insertRequested(tx, submission, closure, kind, now, via, contact,
                    session.recruiterId(), now);
            return repo.find(tx, id).orElseThrow();
        });
        return published(saved);
    }

    /** Records a reminder sent now; only while waiting for the employer's reply. */
    public EmployerFeedback remind(FeedbackId id, int version, Channel via) {
        new Validator().check(via != null, "via", "validation.required").throwIfInvalid();
        return change(id, version, (tx, f, now) -> {
            FeedbackRules.requireCanRemind(f.state());
            repo.remind(tx, id, version, now, via, session.recruiterId(), now);
        });
    }

    /**
     * Records the employer's reply: when (null = now; not before the request), from which
     * contact, and the verbatim text, which stays internal.
     */
    public EmployerFeedback receive(FeedbackId id, int version, ContactId from, String verbatim,
                                    Instant when) {
        String text = verbatim == null ? null : verbatim.strip();
        new Validator().required("text", text).maxLength("text", text, FeedbackRules.MAX_TEXT)
                .check(from != null, "receivedContact", "validation.required").throwIfInvalid();
        return change(id, version, (tx, f, now) -> {
            FeedbackRules.requireCanReceive(f.state());
            Instant at = when == null ? now : when;
            new Validator().check(!at.isBefore(f.requestedAt()), "receivedAt",
                    "feedback.error.beforeRequest").throwIfInvalid();
            requireContactOf(tx, f.subject().submission(), from, "receivedContact");
            repo.receive(tx, id, version, at, from, text, now);
        });
    }

    /** Saves a draft of the candidate-facing text; only after the reply, never after relay. */
    public EmployerFeedback saveCandidateText(FeedbackId id, int version, String text) {
        String t = text == null ? null : text.strip();
        new Validator().maxLength("candidateText", t, FeedbackRules.MAX_TEXT).throwIfInvalid();
        return change(id, version, (tx, f, now) -> {
            FeedbackRules.requireReceived(f.state());
            repo.saveCandidateText(tx, id, version, t, now);
        });
    }

    /**
     * Relays the candidate-facing text now and freezes it. When the wording guard finds
     * something, a non-blank {@code overrideNote} is required and recorded with the relay.
     */
    public EmployerFeedback relay(FeedbackId id, int version, Channel via, String candidateText,
                                  String overrideNote) {
        String text = candidateText == null ? null : candidateText.strip();
        List<GuardFinding> findings = guard.check(text);
        FeedbackRules.checkRelay(text, via, findings, overrideNote);
        String note = findings.isEmpty() ? null : overrideNote.strip();
        return change(id, version, (tx, f, now) -> {
            FeedbackRules.requireReceived(f.state());
            repo.relay(tx, id, version, text, via, session.recruiterId(), note, now);
        });
    }

    /** Gives up waiting: the employer did not reply. */
    public EmployerFeedback markNoReply(FeedbackId id, int version) {
        return change(id, version, (tx, f, now) -> {
            FeedbackRules.requireCanMarkNoReply(f.state());
            repo.markNoReply(tx, id, version, now, now);
        });
    }

    /**
     * Marks NO_REPLY every feedback still waiting {@code noReplyDays} after its request or last
     * reminder at {@code now}; returns how many. Records changed meanwhile are left alone.
     */
    public int sweepNoReplies(Instant now) {
        List<EmployerFeedback> overdue = db.read(tx -> repo.open(tx)).stream()
                .map(FeedbackRepository.Row::feedback)
                .filter(f -> f.state().waiting() && !now.isBefore(timeline.noReplyAt(f)))
                .toList();
        int swept = 0;
        for (EmployerFeedback f : overdue) {
            try {
                db.inTransaction(tx -> {
                    repo.markNoReply(tx, f.id(), f.version(), now, clock.instant());
                    return null;
                });
                events.publish(new RecordChanged(KIND, f.id().value()));
                swept++;
            } catch (StaleRecordException changedMeanwhile) {
                // Someone acted on it since it was read: their change wins.
            }
        }
        return swept;
    }

    /**
     * What is due by {@code today}: requests to send (every rejection of the last
     * {@value #REQUEST_WINDOW_DAYS} days not asked about yet, due {@code requestBusinessDays}
     * after it; an older one is a missed chance that the metrics count, not a task any more),
     * reminders whose date has come, and replies not yet relayed; oldest due date first. With a
     * recruiter, only the work on jobs they own (or, for jobs without an owner, on candidates
     * they own).
     */
    public List<WorkItem> workList(RecruiterId recruiter, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        java.time.Instant since = today.minusDays(REQUEST_WINDOW_DAYS)
                .atStartOfDay(clock.getZone()).toInstant();
        db.read(tx -> {
            for (FeedbackRepository.Row r : repo.unrequested(tx, since)) {
                if (r.ownedBy(recruiter)) {
                    items.add(item(WorkItem.Task.REQUEST, r.feedback(),
                            timeline.requestDue(r.feedback()), today));
                }
            }
            for (FeedbackRepository.Row r : repo.open(tx)) {
                EmployerFeedback f = r.feedback();
                if (!r.ownedBy(recruiter)) {
                    continue;
                }
                if (f.state() == FeedbackState.RECEIVED) {
                    items.add(item(WorkItem.Task.RELAY, f, timeline.relayDue(f), today));
                } else if (!timeline.reminderDue(f).isAfter(today)) {
                    items.add(item(WorkItem.Task.REMIND, f, timeline.reminderDue(f), today));
                }
            }
            return null;
        });
        items.sort(Comparator.comparing(WorkItem::due)
                .thenComparing(i -> i.subject().submission().value()));
        return items;
    }

    private static WorkItem item(WorkItem.Task task, EmployerFeedback f, LocalDate due,
                                 LocalDate today) {
        return new WorkItem(task, f.id(), f.subject(), due, today.isAfter(due));
    }

    private void requireContactOf(org.warmline.platform.db.Tx tx, SubmissionId submission,
                                  ContactId contact, String field) throws java.sql.SQLException {
        boolean ours = repo.contactsFor(tx, submission).stream()
                .anyMatch(c -> c.id().equals(contact));
        new Validator().check(ours, field, "feedback.error.contact").throwIfInvalid();
    }

    @FunctionalInterface
    private interface Change {
        void apply(org.warmline.platform.db.Tx tx, EmployerFeedback current, Instant now)
                throws java.sql.SQLException;
    }

    private EmployerFeedback change(FeedbackId id, int version, Change change) {
        Instant now = clock.instant();
        EmployerFeedback saved = db.inTransaction(tx -> {
            EmployerFeedback current = repo.find(tx, id)
                    .orElseThrow(() -> new NotFoundException("employer_feedback", id.value()));
            if (current.version() != version) {
                throw new StaleRecordException(KIND, id.value());
            }
            change.apply(tx, current, now);
            return repo.find(tx, id).orElseThrow();
        });
        return published(saved);
    }

    private EmployerFeedback published(EmployerFeedback saved) {
        events.publish(new RecordChanged(KIND, saved.id().value()));
        return saved;
    }
}
