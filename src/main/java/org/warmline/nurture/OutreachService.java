package org.warmline.nurture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.warmline.activity.ActivityKind;
import org.warmline.activity.ActivityService;
import org.warmline.activity.NewActivity;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.Validator;
import org.warmline.recruiter.RecruiterId;
import org.warmline.recruiter.Session;

/**
 * Messages and letters from templates: the agency's wording (or the standard one), its
 * letterhead, each step's message merged with the candidate's, job's, employer's, recruiter's
 * and feedback's fields, and the e-mails (.eml, mailto) and letters (.docx) produced from
 * them. Nothing is produced while a field is unknown or empty; every message or letter
 * produced is logged as an EMAIL or LETTER activity of the candidate.
 */
public final class OutreachService {
    /** The longest subject of a template. */
    public static final int MAX_SUBJECT = 300;
    /** The longest body of a template. */
    public static final int MAX_BODY = 8000;
    private final Database db;
    private final Messages msg;
    private final ActivityService activities;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final OutreachRepository repo = new OutreachRepository();
    private final MergeValues values;

    /** The letters due on a day: ready to print, without a postal address, or with field problems. */
    public record LetterBatch(List<Message> ready, List<Message> noAddress,
                              List<Message> problems) {
    }

    public OutreachService(Database db, Messages msg, ActivityService activities, Session session,
                           AppEvents events, Clock clock) {
        this.db = db;
        this.msg = msg;
        this.activities = activities;
        this.session = session;
        this.events = events;
        this.clock = clock;
        this.values = new MergeValues(repo, msg);
    }

    /** The wording of a kind of message: the agency's own, else the standard one. */
    public MessageTemplate template(StepKind kind) {
        return db.read(tx -> template(tx, kind));
    }

    private MessageTemplate template(Tx tx, StepKind kind) throws SQLException {
        return repo.template(tx, kind).orElseGet(() -> new MessageTemplate(kind,
                msg.get("nurture.template." + kind.name() + ".subject"),
                msg.get("nurture.template." + kind.name() + ".body"), false, 0));
    }

    /**
     * Saves the agency's wording of a kind of message read at {@code version}; fields must be
     * known (field subject or body, key nurture.error.unknownField).
     */
    public MessageTemplate saveTemplate(StepKind kind, String subject, String body, int version) {
        new Validator().required("subject", subject).maxLength("subject", subject, MAX_SUBJECT)
                .required("body", body).maxLength("body", body, MAX_BODY)
                .check(MergeFields.unknownIn(subject).isEmpty(), "subject", "nurture.error.unknownField")
                .check(MergeFields.unknownIn(body).isEmpty(), "body", "nurture.error.unknownField")
                .throwIfInvalid();
        MessageTemplate saved = db.inTransaction(tx -> {
            if (repo.template(tx, kind).isPresent() || version > 0) {
                repo.updateTemplate(tx, kind, subject, body, version, clock.instant(),
                        session.recruiterId());
            } else {
                repo.insertTemplate(tx, kind, subject, body, clock.instant(), session.recruiterId());
            }
            return template(tx, kind);
        });
        events.publish(new RecordChanged("message_template", kind.ordinal()));
        return saved;
    }

    /** Goes back to the standard wording of a kind of message. */
    public MessageTemplate resetTemplate(StepKind kind) {
        return db.inTransaction(tx -> {
            repo.deleteTemplate(tx, kind);
            return template(tx, kind);
        });
    }

    /** The agency's letterhead. */
    public Letterhead letterhead() {
        return db.read(repo::letterhead);
    }

    /** Saves the letterhead read at its version (name required; e-mail and website checked). */
    public Letterhead saveLetterhead(Letterhead l) {
        new Validator().required("agencyName", l.agencyName()).maxLength("agencyName", l.agencyName(), 200)
                .maxLength("address", l.address(), 1000).phone("phone", l.phone())
                .email("email", l.email()).url("website", l.website()).throwIfInvalid();
        return db.inTransaction(tx -> {
            repo.updateLetterhead(tx, l);
            return repo.letterhead(tx);
        });
    }

    /**
     * The message of a step merged from its template; refused (field candidate, key
     * nurture.error.doNotContact) for a candidate who must not be contacted.
     */
    public Message compose(NurtureStepId step) {
        LocalDate today = LocalDate.now(clock);
        return db.read(tx -> {
            OutreachRepository.Source s = repo.source(tx, step)
                    .orElseThrow(() -> new NotFoundException(NurtureService.STEP, step.value()));
            new Validator().check(s.contactable(), "candidate", "nurture.error.doNotContact")
                    .throwIfInvalid();
            return values.message(tx, s, template(tx, s.kind()), repo.letterhead(tx), today);
        });
    }

    /** The message with the recruiter's own changes to the merged subject and body. */
    public Message edited(Message m, String subject, String body) {
        List<String> left = new ArrayList<>(MergeFields.fieldsOf(subject));
        MergeFields.fieldsOf(body).stream().filter(f -> !left.contains(f)).forEach(left::add);
        return new Message(m.stepId(), m.kind(), m.channel(), m.candidateId(), m.jobId(),
                m.submissionId(), m.candidateName(), m.to(), m.postalAddress(), subject, body,
                left, m.empty());
    }

    /** The letters (LETTER steps) due on or before {@code day}, of one owner or of everyone. */
    public LetterBatch lettersDue(RecruiterId owner, LocalDate day) {
        List<NurtureStepId> ids = db.read(tx -> repo.lettersDue(tx, owner, day));
        List<Message> ready = new ArrayList<>();
        List<Message> noAddress = new ArrayList<>();
        List<Message> problems = new ArrayList<>();
        for (NurtureStepId id : ids) {
            Message m = compose(id);
            (!m.hasAddress() ? noAddress : !m.ok() ? problems : ready).add(m);
        }
        return new LetterBatch(ready, noAddress, problems);
    }

    /** The signed-in recruiter's letters due today or earlier. */
    public LetterBatch myLettersDue() {
        return lettersDue(session.recruiterId(), LocalDate.now(clock));
    }

    /**
     * A calendar entry for a due step (an overdue one is placed on {@code day}, so that it
     * shows where the recruiter looks).
     */
    public IcsCalendar.Entry calendarEntry(DueStep s, LocalDate day) {
        String what = msg.get(s.step().kind().labelKey());
        String about = s.jobTitle() == null ? "" : msg.get("nurture.calendar.job", s.jobTitle(),
                s.employerName());
        String description = String.join("\n", java.util.stream.Stream.of(
                msg.get(s.step().channel().labelKey()), about,
                s.overdue() ? msg.get("nurture.calendar.overdue", s.due().toString()) : "")
                .filter(t -> !t.isEmpty()).toList());
        return new IcsCalendar.Entry("nurture-step-" + s.step().id().value() + "@warmline",
                s.due().isBefore(day) ? day : s.due(),
                msg.get("nurture.calendar.summary", what, s.candidateName()),
                description);
    }

    /** The calendar (RFC 5545) of the given due steps, stamped now. */
    public String calendar(List<DueStep> steps, LocalDate day) {
        return IcsCalendar.write(steps.stream().map(s -> calendarEntry(s, day)).toList(),
                clock.instant());
    }

    /** Writes letters into one .docx (a page each) and logs each as a LETTER activity. */
    public int writeLetters(List<Message> letters, Path out) {
        letters.forEach(m -> requireProducible(m, true));
        try {
            new LetterDocument(letterhead(), msg).write(letters, LocalDate.now(clock), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        letters.forEach(m -> recordSent(m, ActivityKind.LETTER));
        return letters.size();
    }

    /** Saves an e-mail as an .eml file for the mail client and logs it as an EMAIL activity. */
    public void writeEml(Message m, Path out) {
        requireProducible(m, false);
        try {
            EmlFile.write(m, session.recruiter(), clock.instant(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordSent(m, ActivityKind.EMAIL);
    }

    /** The mailto: link that opens the user's mail client with the message filled in. */
    public String mailto(Message m) {
        requireProducible(m, false);
        return MailLink.of(m);
    }

    /** Logs a message sent another way (mail client, printer) as an activity of the candidate. */
    public void recordSent(Message m, ActivityKind kind) {
        String summary = msg.get("nurture.activity." + kind.name(), msg.get(m.kind().labelKey()));
        String details = (m.subject() + "\n\n" + m.body());
        activities.log(new NewActivity(kind, clock.instant(), m.candidateId(), null, null,
                m.jobId(), m.submissionId(), summary,
                details.length() > 32_000 ? details.substring(0, 32_000) : details));
    }

    /** Refuses to produce a message with unknown or empty fields, or a letter without address. */
    public static void requireProducible(Message m, boolean letter) {
        new Validator().check(m.ok(), "template", "nurture.error.mergeFields")
                .check(!letter || m.hasAddress(), "address", "nurture.error.noAddress")
                .check(letter || (m.to() != null && !m.to().isBlank()), "to", "nurture.error.noEmail")
                .throwIfInvalid();
    }
}
