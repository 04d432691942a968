package org.warmline.submission.ui;

import java.awt.Component;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.swing.JOptionPane;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.ReasonService;
import org.warmline.submission.Stage;
import org.warmline.submission.StageOutcome;
import org.warmline.submission.SubmissionRow;
import org.warmline.submission.SubmissionService;
import org.warmline.ui.task.TaskRunner;

/**
 * The pipeline moves shared by the board and the record tabs: each runs through the
 * TaskRunner, shows a refused move (ValidationException) as a clear message, and calls
 * {@code after} (usually a reload) whether the move succeeded or not.
 */
final class SubmissionCommands {
    private final SubmissionService submissions;
    private final Messages msg;
    private final TaskRunner tasks;

    SubmissionCommands(SubmissionService submissions, Messages msg, TaskRunner tasks) {
        this.submissions = submissions;
        this.msg = msg;
        this.tasks = tasks;
    }

    Messages msg() {
        return msg;
    }

    TaskRunner tasks() {
        return tasks;
    }

    SubmissionService service() {
        return submissions;
    }

    ReasonService reasons() {
        return submissions.reasons();
    }

    void submit(Component parent, CandidateId candidate, JobId job, Runnable after) {
        run(parent, () -> submissions.submit(candidate, job), after);
    }

    void next(Component parent, SubmissionRow row, Runnable after) {
        run(parent, () -> submissions.next(row.id(), row.version()), after);
    }

    void previous(Component parent, SubmissionRow row, Runnable after) {
        run(parent, () -> submissions.previous(row.id(), row.version()), after);
    }

    void reopen(Component parent, SubmissionRow row, Runnable after) {
        run(parent, () -> submissions.reopen(row.id(), row.version()), after);
    }

    /** Asks who ended it and why (the close dialog), then rejects. */
    void reject(Component parent, SubmissionRow row, Runnable after) {
        close(parent, row, StageOutcome.REJECTED, after);
    }

    /** Asks who ended it and why (the close dialog), then withdraws. */
    void withdraw(Component parent, SubmissionRow row, Runnable after) {
        close(parent, row, StageOutcome.WITHDRAWN, after);
    }

    private void close(Component parent, SubmissionRow row, StageOutcome outcome,
                       Runnable after) {
        if (row.outcome().terminal()) {
            showRefusal(parent, new ValidationException(List.of(new ValidationException.FieldError(
                    "stage", "submission.error.notInProgress"))));
            after.run();
            return;
        }
        new CloseSubmissionDialog(parent, this, row, outcome, after).setVisible(true);
    }

    /** Opens the placement dialog for the submission. */
    void place(Component parent, SubmissionRow row, Runnable after) {
        new PlacementDialog(parent, this, row, after).setVisible(true);
    }

    /** Moves to a stage the way its outcome requires (placement, close dialog, or plainly). */
    void moveTo(Component parent, SubmissionRow row, Stage target, Runnable after) {
        if (target.id().equals(row.stageId())) {
            return;
        }
        if (target.outcome() == StageOutcome.PLACED) {
            place(parent, row, after);
        } else if (target.outcome() == StageOutcome.REJECTED
                || target.outcome() == StageOutcome.WITHDRAWN) {
            close(parent, row, target.outcome(), after);
        } else {
            run(parent, () -> submissions.moveTo(row.id(), target.id(), row.version(), null),
                    after);
        }
    }

    /** Runs a move; a refusal is shown, other failures go to the error reporter. */
    void run(Component parent, Callable<?> work, Runnable after) {
        tasks.run(msg.get("submission.busy"), () -> attempt(work), result -> {
            if (result instanceof ValidationException refused) {
                showRefusal(parent, refused);
            }
            after.run();
        });
    }

    /** The work's result, or the ValidationException that refused it. */
    static Object attempt(Callable<?> work) throws Exception {
        try {
            return work.call();
        } catch (ValidationException refused) {
            return refused;
        }
    }

    /** Says that someone else changed the submission meanwhile; the caller reloads. */
    void showStale(Component parent) {
        JOptionPane.showMessageDialog(parent, msg.get("submission.error.stale"),
                msg.get("submission.refused.title"), JOptionPane.WARNING_MESSAGE);
    }

    void showRefusal(Component parent, ValidationException refused) {
        Set<String> lines = new LinkedHashSet<>();
        refused.errors().forEach(e -> lines.add(msg.get(e.messageKey())));
        JOptionPane.showMessageDialog(parent, String.join("\n", lines),
                msg.get("submission.refused.title"), JOptionPane.WARNING_MESSAGE);
    }
}
