package org.warmline.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.Validator;
import org.warmline.recruiter.Session;

/**
 * A candidate's lawful basis, do-not-contact flag and consent history. Every change keeps
 * {@code candidate.consent_withdrawn_at} in step (set while contact must stop, cleared when
 * consent is given again), writes an audit entry and publishes
 * {@code RecordChanged("candidate", id)} after commit.
 */
public final class PrivacyService {
    /** The basis assumed for candidates nobody has classified yet. */
    public static final LawfulBasis DEFAULT_BASIS = LawfulBasis.LEGITIMATE_INTERESTS;
    static final String SUBJECT = "candidate";
    private final Database db;
    private final AuditLog audit;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final PrivacyRepository privacy = new PrivacyRepository();

    public PrivacyService(Database db, AuditLog audit, Session session, AppEvents events,
                          Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.session = Objects.requireNonNull(session, "session");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The candidate's privacy profile; throws NotFoundException when there is no such candidate. */
    public PrivacyProfile profile(CandidateId id) {
        return db.read(tx -> load(tx, id));
    }

    /**
     * Saves the lawful basis and do-not-contact flag; throws StaleRecordException when someone
     * saved them since {@code version} (from the profile) was read.
     */
    public PrivacyProfile saveSettings(CandidateId id, LawfulBasis basis, boolean doNotContact,
                                       int version) {
        Objects.requireNonNull(basis, "basis");
        Instant now = clock.instant();
        PrivacyProfile saved = db.inTransaction(tx -> {
            PrivacyProfile before = load(tx, id);
            privacy.saveSettings(tx, id, basis, doNotContact, version, version >= 0, now,
                    session.recruiterId().value());
            syncContactStop(tx, id, doNotContact, before.consentWithdrawnAt(), now);
            if (before.lawfulBasis() != basis || before.version() < 0) {
                log(tx, now, "LAWFUL_BASIS", id, basis.name());
            }
            if (before.doNotContact() != doNotContact) {
                log(tx, now, doNotContact ? "DO_NOT_CONTACT_SET" : "DO_NOT_CONTACT_CLEARED", id,
                        null);
            }
            return load(tx, id);
        });
        events.publish(new RecordChanged(SUBJECT, id.value()));
        return saved;
    }

    /** Records a consent the candidate gave; contact is allowed again unless do-not-contact. */
    public PrivacyProfile recordConsent(CandidateId id, NewConsent consent) {
        validate(consent);
        Instant now = clock.instant();
        Instant given = consent.givenAt() == null ? now : consent.givenAt();
        NewConsent clean = new NewConsent(consent.purpose().strip(),
                consent.wordingVersion().strip(), consent.obtainedVia(), given);
        PrivacyProfile saved = db.inTransaction(tx -> {
            PrivacyProfile before = load(tx, id);
            ConsentId cid = privacy.insertConsent(tx, id, clean, given, now,
                    session.recruiterId().value());
            syncContactStop(tx, id, before.doNotContact(), before.consentWithdrawnAt(), now);
            log(tx, now, "CONSENT_GIVEN", id, "consent " + cid.value() + ": " + clean.purpose()
                    + " (wording " + clean.wordingVersion() + ", " + clean.obtainedVia() + ")");
            return load(tx, id);
        });
        events.publish(new RecordChanged(SUBJECT, id.value()));
        return saved;
    }

    /**
     * Withdraws a consent; contact stops if it was the newest one. Throws StaleRecordException
     * when it was withdrawn or changed since {@code version} was read.
     */
    public PrivacyProfile withdrawConsent(ConsentId consent, int version) {
        Instant now = clock.instant();
        PrivacyProfile saved = db.inTransaction(tx -> {
            CandidateId id = privacy.consentOwner(tx, consent)
                    .orElseThrow(() -> new NotFoundException("consent_record", consent.value()));
            PrivacyProfile before = load(tx, id);
            privacy.withdraw(tx, consent, version, now);
            syncContactStop(tx, id, before.doNotContact(), before.consentWithdrawnAt(), now);
            log(tx, now, "CONSENT_WITHDRAWN", id, "consent " + consent.value());
            return load(tx, id);
        });
        events.publish(new RecordChanged(SUBJECT, saved.candidateId().value()));
        return saved;
    }

    private PrivacyProfile load(Tx tx, CandidateId id) throws java.sql.SQLException {
        return privacy.find(tx, id).orElseThrow(() -> new NotFoundException(SUBJECT, id.value()));
    }

    private void syncContactStop(Tx tx, CandidateId id, boolean doNotContact, Instant current,
                                 Instant now) throws java.sql.SQLException {
        privacy.setContactStop(tx, id, privacy.contactStop(tx, id, doNotContact, current, now));
    }

    private void log(Tx tx, Instant at, String action, CandidateId id, String details)
            throws java.sql.SQLException {
        audit.record(tx, at, session.recruiter().login(), action, SUBJECT, id.value(), details);
    }

    private static void validate(NewConsent c) {
        Validator v = new Validator();
        v.required("purpose", c.purpose());
        v.maxLength("purpose", c.purpose(), 200);
        v.required("wording", c.wordingVersion());
        v.maxLength("wording", c.wordingVersion(), 50);
        v.check(c.obtainedVia() != null, "obtained", "validation.required");
        v.throwIfInvalid();
    }
}
