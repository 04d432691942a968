package org.warmline.ui.dialog;

import java.awt.Window;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.ConflictChoices.Outcome;
import org.warmline.ui.task.TaskRunner;

/**
 * What an editor does when its save hit a newer stored version: loads the stored record,
 * asks with {@link ConflictDialog}, then saves the user's (or merged) values over the stored
 * version, or shows the stored version instead. Nothing is overwritten without a choice.
 */
public final class ConflictFlow<R extends Record> {
    /** What the editor does with the user's decision. All callbacks run on the EDT. */
    public interface Editor<R> {
        /** Saves {@code merged} (the user's values on the stored version). */
        void save(R merged);

        /** Drops the user's changes and shows {@code stored} in the form. */
        void showStored(R stored);

        /** Back to editing, or the stored version could not be loaded ({@code failure} set). */
        void back(Throwable failure);

        /** An editor made of three callbacks. */
        static <R> Editor<R> of(Consumer<R> save, Consumer<R> showStored,
                                Consumer<Throwable> back) {
            return new Editor<>() {
                @Override
                public void save(R merged) {
                    save.accept(merged);
                }

                @Override
                public void showStored(R stored) {
                    showStored.accept(stored);
                }

                @Override
                public void back(Throwable failure) {
                    back.accept(failure);
                }
            };
        }
    }

    private final Window owner;
    private final Messages msg;
    private final TaskRunner tasks;
    private final RecordDiff<R> diff;

    public ConflictFlow(Window owner, Messages msg, TaskRunner tasks, RecordDiff<R> diff) {
        this.owner = owner;
        this.msg = msg;
        this.tasks = tasks;
        this.diff = diff;
    }

    /** Loads the stored version in the background, asks the user, and acts on the answer. */
    public void resolve(String recordTitle, R mine, Callable<R> loadStored, Editor<R> editor) {
        tasks.run(msg.get("conflict.loading"), loadStored, stored -> {
            ConflictChoices choices = new ConflictChoices(diff.fields(mine, stored));
            Outcome outcome = choices.differing().isEmpty() ? choices.keepMine()
                    : new ConflictDialog(owner, msg, recordTitle, choices).ask();
            apply(outcome, mine, stored, editor);
        }, editor::back);
    }

    /** Carries out a decision (separate from the dialog so that it can be tested). */
    public void apply(Outcome outcome, R mine, R stored, Editor<R> editor) {
        switch (outcome.resolution()) {
            case KEEP_MINE -> editor.save(diff.merge(mine, stored, Set.of()));
            case MERGE -> editor.save(diff.merge(mine, stored, outcome.takeStored()));
            case TAKE_STORED -> editor.showStored(stored);
            case BACK -> editor.back(null);
        }
    }
}
