package org.warmline.submission;

import java.util.List;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
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
        Stage renamed = db.inTransaction(tx -> {
            stages.findByName(tx, clean).filter(s -> !s.id().equals(id)).ifPresent(s -> {
                throw duplicate();
            });
            stages.rename(tx, id, clean, version);
            return stages.findById(tx, id).orElseThrow(() -> new NotFoundException("stage", id.value()));
        });
        events.publish(new RecordChanged("stage", id.value()));
        return renamed;
    }

    /** Adds an in-progress stage at {@code position} (e.g. "Interview 3" at 50). */
    public Stage add(String name, int position) {
        String clean = validName(name);
        new Validator().check(position > 0, "position", "validation.number").throwIfInvalid();
        Stage added = db.inTransaction(tx -> {
            if (stages.findByName(tx, clean).isPresent()) {
                throw duplicate();
            }
            StageId id = stages.insert(tx, clean, position, StageOutcome.IN_PROGRESS);
            return stages.findById(tx, id).orElseThrow();
        });
        events.publish(new RecordChanged("stage", added.id().value()));
        return added;
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
