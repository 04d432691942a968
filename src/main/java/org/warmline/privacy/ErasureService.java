package org.warmline.privacy;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.search.SearchKind;

/**
 * Erasure at a person's request, retention purges and the erasure register. Both anonymise the
 * person (name, contact details, notes, free text in activities and feedback) but keep every
 * pipeline fact, so funnel, rejection and feedback figures stay identical. An erasure also
 * records the person's hashed identifiers so that it can be applied again after a restore or
 * import ({@link #reapplyRegister()}).
 */
public final class ErasureService {
    /** The default retention policy: months after the last activity. */
    public static final int DEFAULT_RETENTION_MONTHS = 24;
    static final String ERASED_FIRST_NAME = "Erased";
    static final String ERASED_SUMMARY = "(erased)";
    private final Database db;
    private final SearchIndex index;
    private final AuditLog audit;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final ErasureRepository erasure = new ErasureRepository();
    private final PrivacyRepository privacy = new PrivacyRepository();
    private final RetentionRepository retention = new RetentionRepository();

    public ErasureService(Database db, SearchIndex index, AuditLog audit, Session session,
                          AppEvents events, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.index = Objects.requireNonNull(index, "index");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.session = Objects.requireNonNull(session, "session");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Erases a person at their request: anonymises them everywhere, adds their hashed
     * identifiers to the erasure register and writes an audit entry. Throws NotFoundException
     * when there is no such candidate.
     */
    public void erase(CandidateId id) {
        Instant now = clock.instant();
        db.inTransaction(tx -> {
            int hashes = register(tx, id, now);
            anonymise(tx, id, now);
            log(tx, now, "ERASURE", id, "identifiers registered: " + hashes);
            return null;
        });
        events.publish(new RecordChanged(PrivacyService.SUBJECT, id.value()));
    }

    /** Candidates with no activity for {@code months} months, by name. */
    public List<RetentionCandidate> pastRetention(int months) {
        Instant cutoff = cutoff(months);
        return db.read(tx -> retention.pastPolicy(tx, cutoff));
    }

    /**
     * Anonymises every candidate past the policy (one transaction and one audit entry each,
     * no register entry: nobody asked, so a later application of theirs is welcome); with
     * {@code dryRun} only lists them.
     */
    public PurgeResult purge(int months, boolean dryRun) {
        Instant cutoff = cutoff(months);
        List<CandidateId> due = db.read(tx -> retention.pastPolicy(tx, cutoff)).stream()
                .map(RetentionCandidate::id).toList();
        if (dryRun) {
            return new PurgeResult(due, cutoff, true);
        }
        for (CandidateId id : due) {
            Instant now = clock.instant();
            db.inTransaction(tx -> {
                anonymise(tx, id, now);
                log(tx, now, "PURGE", id, "retention " + months + " months");
                return null;
            });
            events.publish(new RecordChanged(PrivacyService.SUBJECT, id.value()));
        }
        return new PurgeResult(due, cutoff, false);
    }

    /**
     * Erases again every candidate whose e-mail, phone or LinkedIn URL is in the erasure
     * register, e.g. after a restore brought back an older copy of the data or an import added
     * a person who had asked to be erased. Returns the candidates erased again.
     */
    public List<CandidateId> reapplyRegister() {
        Instant now = clock.instant();
        List<CandidateId> erased = db.inTransaction(tx -> {
            Set<String> register = new HashSet<>();
            erasure.register(tx).forEach(e -> register.add(e.idHash()));
            List<CandidateId> hits = new ArrayList<>();
            for (Identifiers person : erasure.liveIdentifiers(tx)) {
                if (person.hashes().stream().anyMatch(register::contains)) {
                    register(tx, person.id(), now);
                    anonymise(tx, person.id(), now);
                    log(tx, now, "ERASURE_REAPPLIED", person.id(), null);
                    hits.add(person.id());
                }
            }
            return hits;
        });
        erased.forEach(id -> events.publish(new RecordChanged(PrivacyService.SUBJECT, id.value())));
        return erased;
    }

    /**
     * Adds register entries kept from before a restore (see {@link #register()}) and then
     * re-applies the whole register; returns the candidates erased again.
     */
    public List<CandidateId> reapplyRegister(List<RegisterEntry> carriedOver) {
        db.inTransaction(tx -> {
            for (RegisterEntry e : carriedOver) {
                erasure.addToRegister(tx, e.idHash(), e.erasedAt());
            }
            return null;
        });
        return reapplyRegister();
    }

    /** The erasure register (hashes only), oldest first. */
    public List<RegisterEntry> register() {
        return db.read(erasure::register);
    }

    /**
     * True when any of the given identifiers (raw, as typed or imported) belongs to a person
     * who was erased; imports use it to skip them.
     */
    public boolean isErased(String email, String phone, String linkedInUrl) {
        Set<String> hashes = Identifiers.hashesOf(email, null, phone, linkedInUrl);
        return db.read(tx -> {
            for (String h : hashes) {
                if (erasure.registered(tx, h)) {
                    return true;
                }
            }
            return false;
        });
    }

    private int register(Tx tx, CandidateId id, Instant now) throws SQLException {
        List<Identifiers> found = erasure.identifiers(tx, id);
        if (found.isEmpty()) {
            throw new NotFoundException(PrivacyService.SUBJECT, id.value());
        }
        int added = 0;
        for (String hash : found.get(0).hashes()) {
            added += erasure.addToRegister(tx, hash, now) ? 1 : 0;
        }
        return added;
    }

    private void anonymise(Tx tx, CandidateId id, Instant now) throws SQLException {
        if (erasure.anonymise(tx, id, ERASED_FIRST_NAME, "person #" + id.value(),
                ERASED_SUMMARY, now) == 0) {
            throw new NotFoundException(PrivacyService.SUBJECT, id.value());
        }
        privacy.markErased(tx, id, now, session.recruiterId().value());
        index.remove(tx, SearchKind.CANDIDATE, id.value());
    }

    private Instant cutoff(int months) {
        if (months < 1 || months > 1200) {
            throw new IllegalArgumentException("retention must be 1 to 1200 months, not " + months);
        }
        return ZonedDateTime.ofInstant(clock.instant(), clock.getZone()).minusMonths(months)
                .toInstant();
    }

    private void log(Tx tx, Instant at, String action, CandidateId id, String details)
            throws SQLException {
        audit.record(tx, at, session.recruiter().login(), action, PrivacyService.SUBJECT,
                id.value(), details);
    }
}
