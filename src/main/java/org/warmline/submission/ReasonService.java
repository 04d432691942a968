package org.warmline.submission;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.DuplicateKeyException;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.Validator;

/**
 * The agency's list of reasons why a submission ended. Names are unique ignoring case and at
 * most {@value #MAX_NAME} characters; a reason is deactivated rather than deleted, so that
 * earlier closings keep its name. Publishes {@code RecordChanged("rejection_reason", id)}.
 */
public final class ReasonService {
    static final int MAX_NAME = 100;
    /** The distance between positions of reasons added at the end. */
    static final int STEP = 10;
    private final Database db;
    private final AppEvents events;
    private final ReasonRepository reasons = new ReasonRepository();

    public ReasonService(Database db, AppEvents events) {
        this.db = db;
        this.events = events;
    }

    /** The active reasons in the agency's order. */
    public List<RejectionReason> list() {
        return db.read(reasons::active);
    }

    /**
     * Adds a reason at the end of the list. A deactivated reason of the same name (ignoring
     * case) is brought back instead, so its earlier closings and the new ones stay together.
     */
    public RejectionReason add(String name, boolean notAboutCandidate) {
        String clean = validName(name);
        return publish(uniquely(() -> db.inTransaction(tx -> {
            int position = reasons.maxPosition(tx) + STEP;
            var existing = reasons.findByName(tx, clean);
            if (existing.isPresent() && existing.get().active()) {
                throw StageRules.refuse("name", "submission.reason.error.duplicate");
            }
            if (existing.isPresent()) {
                reasons.revive(tx, existing.get(), clean, notAboutCandidate, position);
                return get(tx, existing.get().id());
            }
            return get(tx, reasons.insert(tx, clean, notAboutCandidate, position));
        })));
    }

    /** Renames a reason (optimistic lock on {@code version}); earlier closings show the new name. */
    public RejectionReason rename(ReasonId id, String name, int version) {
        String clean = validName(name);
        return publish(uniquely(() -> db.inTransaction(tx -> {
            reasons.findByName(tx, clean).filter(r -> !r.id().equals(id)).ifPresent(r -> {
                throw StageRules.refuse("name", "submission.reason.error.duplicate");
            });
            reasons.rename(tx, id, clean, version);
            return get(tx, id);
        })));
    }

    /** Sets whether this reason is usually not about the candidate (optimistic lock). */
    public RejectionReason setNotAboutCandidate(ReasonId id, boolean notAboutCandidate,
                                                int version) {
        return publish(db.inTransaction(tx -> {
            reasons.setNotAboutCandidate(tx, id, notAboutCandidate, version);
            return get(tx, id);
        }));
    }

    /**
     * Takes a reason out of the list for new closings; earlier closings keep it. The last
     * active reason cannot be deactivated, so that a submission can always be closed.
     */
    public RejectionReason deactivate(ReasonId id, int version) {
        return publish(db.inTransaction(tx -> {
            RejectionReason reason = get(tx, id);
            if (reason.active() && reasons.active(tx).size() == 1) {
                throw StageRules.refuse("name", "submission.reason.error.lastReason");
            }
            reasons.setActive(tx, id, false, version);
            return get(tx, id);
        }));
    }

    private RejectionReason get(Tx tx, ReasonId id) throws SQLException {
        return reasons.findById(tx, id)
                .orElseThrow(() -> new NotFoundException("rejection_reason", id.value()));
    }

    private RejectionReason publish(RejectionReason changed) {
        events.publish(new RecordChanged("rejection_reason", changed.id().value()));
        return changed;
    }

    /** Runs a change; a concurrent insert of the same name (unique constraint) is a duplicate. */
    private static RejectionReason uniquely(Supplier<RejectionReason> change) {
        try {
            return change.get();
        } catch (DuplicateKeyException e) {
            throw StageRules.refuse("name", "submission.reason.error.duplicate");
        }
    }

    private static String validName(String name) {
        String clean = name == null ? null : name.strip();
        new Validator().required("name", clean).maxLength("name", clean, MAX_NAME)
                .throwIfInvalid();
        return clean;
    }
}
