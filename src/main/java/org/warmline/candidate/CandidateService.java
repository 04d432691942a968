package org.warmline.candidate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.search.SearchKind;

/**
 * Registers, edits and lists candidates. Owns the transactions, keeps the search index and the
 * normalised duplicate-detection columns in step, and publishes {@code RecordChanged("candidate", id)}
 * after every commit.
 */
public final class CandidateService {
    /** The table name, used in {@link RecordChanged} events. */
    public static final String KIND = "candidate";
    private static final int DUPLICATE_LIMIT = 20;
    private final Database db;
    private final SearchIndex index;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final CandidateRepository candidates = new CandidateRepository();

    public CandidateService(Database db, SearchIndex index, Session session, AppEvents events,
                            Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.index = Objects.requireNonNull(index, "index");
        this.session = Objects.requireNonNull(session, "session");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A blank candidate for the editor, owned by the signed-in recruiter. Touches no data. */
    public Candidate newDraft() {
        return Candidate.draft(session.recruiterId());
    }

    /** Throws ValidationException (field names as in the editor) when the candidate breaks a rule. */
    public void validate(Candidate c) {
        CandidateRules.validate(CandidateRules.clean(c));
    }

    /** Stores a new candidate and returns it as saved (with id, timestamps and version 0). */
    public Candidate register(Candidate draft) {
        Candidate clean = CandidateRules.clean(draft);
        CandidateRules.validate(clean);
        if (!clean.isNew()) {
            throw new IllegalArgumentException("already registered: " + clean.id());
        }
        Instant now = clock.instant();
        Candidate saved = db.inTransaction(tx -> {
            CandidateId id = candidates.insert(tx, stamped(clean, now, now));
            reindex(tx, id, clean);
            return candidates.findById(tx, id).orElseThrow();
        });
        events.publish(new RecordChanged(KIND, saved.id().value()));
        return saved;
    }

    /**
     * Saves the edited fields of a registered candidate; throws StaleRecordException (nothing
     * written) when someone else saved it since {@code edited.version()} was read.
     */
    public Candidate update(Candidate edited) {
        Candidate clean = CandidateRules.clean(edited);
        CandidateRules.validate(clean);
        if (clean.isNew()) {
            throw new IllegalArgumentException("not registered yet; use register");
        }
        Instant now = clock.instant();
        Candidate stamped = stamped(clean, clean.createdAt(), now);
        // The stored row is exactly what was written, on the next version: no read-back.
        Candidate saved = db.inTransaction(tx -> {
            candidates.update(tx, stamped);
            reindex(tx, clean.id(), clean);
            return stamped.nextVersion();
        });
        events.publish(new RecordChanged(KIND, saved.id().value()));
        return saved;
    }

    /** Moves a candidate to another status, on its current version. */
    public Candidate changeStatus(CandidateId id, CandidateStatus next) {
        Objects.requireNonNull(next, "next");
        Instant now = clock.instant();
        Candidate saved = db.inTransaction(tx -> {
            Candidate current = candidates.findById(tx, id)
                    .orElseThrow(() -> new NotFoundException(KIND, id.value()));
            candidates.updateStatus(tx, stamped(current.withStatus(next), current.createdAt(), now));
            return candidates.findById(tx, id).orElseThrow();
        });
        events.publish(new RecordChanged(KIND, id.value()));
        return saved;
    }

    /** The candidate with this id; NotFoundException when there is none. */
    public Candidate get(CandidateId id) {
        return find(id).orElseThrow(() -> new NotFoundException(KIND, id.value()));
    }

    /** The candidate with this id, if it exists. */
    public Optional<Candidate> find(CandidateId id) {
        return db.read(tx -> candidates.findById(tx, id));
    }

    /** One page of the list for {@code q}, filtered and sorted by the database. */
    public List<CandidateSummary> page(CandidateQuery q, int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        return db.read(tx -> candidates.page(tx, q, offset, limit));
    }

    /** How many candidates {@code q} matches. */
    public int count(CandidateQuery q) {
        return db.read(tx -> candidates.count(tx, q));
    }

    /**
     * Other candidates that are probably the same person: same e-mail (either address, case
     * ignored), phone (formatting ignored) or LinkedIn profile (scheme, www and slashes ignored).
     */
    public List<CandidateSummary> findDuplicates(Candidate draft) {
        return db.read(tx -> candidates.findDuplicates(tx, draft, DUPLICATE_LIMIT));
    }

    private void reindex(Tx tx, CandidateId id, Candidate c) throws java.sql.SQLException {
        List<String> texts = new ArrayList<>(List.of(nz(c.firstName()), nz(c.lastName()),
                nz(c.email()), nz(c.email2()), nz(c.phone()), nz(c.currentTitle())));
        texts.addAll(c.skills());
        index.replace(tx, SearchKind.CANDIDATE, id.value(), texts,
                SearchIndex.nameTerms(c.firstName(), c.lastName()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Candidate stamped(Candidate c, Instant created, Instant updated) {
        return new Candidate(c.id(), c.firstName(), c.lastName(), c.email(), c.email2(), c.phone(),
                c.postalAddress(), c.linkedInUrl(), c.currentTitle(), c.skills(), c.source(),
                c.ownerId(), c.status(), c.notes(), created, updated, c.version());
    }
}
