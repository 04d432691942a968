package org.warmline.submission;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.DuplicateKeyException;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.platform.validation.Validator;

/**
 * The agency's pipeline stages. Names and order are data an agency edits; the outcome of each
 * stage (in progress, placed, rejected, withdrawn) is fixed. Publishes
 * {@code RecordChanged("stage", id)} after each change.
 */
public final class StageService {
    static final int MAX_NAME = 100;
    /** The distance between positions after renumbering; leaves room for later inserts. */
    static final int STEP = 10;
    private final Database db;
    private final AppEvents events;
    private final StageRepository stages = new StageRepository();

    public StageService(Database db, AppEvents events) {
        this.db = db;
        this.events = events;
    }

    /** The active stages in pipeline order. */
    public List<Stage> list() {
        return db.read(stages::active);
    }

    /** Renames a stage (optimistic lock on {@code version}); names are unique, ignoring case. */
    public Stage rename(StageId id, String name, int version) {
        String clean = validName(name);
        Stage renamed = uniquely(() -> db.inTransaction(tx -> {
            stages.findByName(tx, clean).filter(s -> !s.id().equals(id)).ifPresent(s -> {
                throw duplicate();
            });
            stages.rename(tx, id, clean, version);
            return stages.findById(tx, id)
                    .orElseThrow(() -> new NotFoundException("stage", id.value()));
        }));
        events.publish(new RecordChanged("stage", id.value()));
        return renamed;
    }

    /** Adds an in-progress stage at {@code position} (e.g. "Interview 3" at 50). */
    public Stage add(String name, int position) {
        String clean = validName(name);
        new Validator().check(position > 0, "position", "validation.number").throwIfInvalid();
        Stage added = uniquely(() -> db.inTransaction(tx -> {
            requireNewName(tx, clean);
            StageId id = stages.insert(tx, clean, position, StageOutcome.IN_PROGRESS);
            return stages.findById(tx, id).orElseThrow();
        }));
        events.publish(new RecordChanged("stage", added.id().value()));
        return added;
    }

    /**
     * Adds an in-progress stage directly after the in-progress stage {@code after}, at a
     * position between it and the stage that follows; when there is no free position in
     * between, every stage is first renumbered {@value #STEP} apart (order kept).
     */
    public Stage addAfter(StageId after, String name) {
        String clean = validName(name);
        Stage added = uniquely(() -> db.inTransaction(tx -> {
            requireNewName(tx, clean);
            List<Stage> all = stages.all(tx);
            Optional<Integer> free = freePositionAfter(all, anchor(all, after));
            int position = free.isPresent() ? free.get() : renumberedPositionAfter(tx, all, after);
            StageId id = stages.insert(tx, clean, position, StageOutcome.IN_PROGRESS);
            return stages.findById(tx, id).orElseThrow();
        }));
        events.publish(new RecordChanged("stage", added.id().value()));
        return added;
    }

    private static Stage anchor(List<Stage> all, StageId after) {
        Stage anchor = all.stream().filter(s -> s.id().equals(after)).findFirst()
                .orElseThrow(() -> new NotFoundException("stage", after.value()));
        if (anchor.outcome() != StageOutcome.IN_PROGRESS || !anchor.active()) {
            throw StageRules.refuse("position", "submission.stage.error.afterClosed");
        }
        return anchor;
    }

    /** A position strictly between the anchor and the next stage, if there is one. */
    private static Optional<Integer> freePositionAfter(List<Stage> all, Stage anchor) {
        int index = all.indexOf(anchor);
        if (index == all.size() - 1) {
            return Optional.of(anchor.position() + STEP);
        }
        int next = all.get(index + 1).position();
        return next - anchor.position() >= 2
                ? Optional.of(anchor.position() + (next - anchor.position()) / 2)
                : Optional.empty();
    }

    private int renumberedPositionAfter(Tx tx, List<Stage> all, StageId after)
            throws SQLException {
        int anchorPosition = 0;
        for (int i = 0; i < all.size(); i++) {
            Stage stage = all.get(i);
            stages.move(tx, stage.id(), (i + 1) * STEP);
            if (stage.id().equals(after)) {
                anchorPosition = (i + 1) * STEP;
            }
        }
        return anchorPosition + STEP / 2;
    }

    private void requireNewName(Tx tx, String name) throws SQLException {
        if (stages.findByName(tx, name).isPresent()) {
            throw duplicate();
        }
    }

    /** Runs a change; a concurrent insert of the same name (unique constraint) is a duplicate. */
    private static Stage uniquely(Supplier<Stage> change) {
        try {
            return change.get();
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
    }

    private static String validName(String name) {
        new Validator().required("name", name).maxLength("name", name == null ? null : name.strip(),
                MAX_NAME).throwIfInvalid();
        return name.strip();
    }

    private static ValidationException duplicate() {
        return new ValidationException(List.of(
                new ValidationException.FieldError("name", "submission.stage.error.duplicate")));
    }
}
