package org.warmline.submission.ui;

import java.awt.Component;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.Stage;
import org.warmline.submission.StageOutcome;
import org.warmline.submission.SubmissionRow;
import org.warmline.submission.SubmissionService;
import org.warmline.ui.form.Forms;
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

    /** Asks for confirmation and an optional reason, then rejects. */
    void reject(Component parent, SubmissionRow row, Runnable after) {
        askReason(parent, row, "submission.close.rejectTitle", "submission.close.rejectText")
                .ifPresent(note -> run(parent,
                        () -> submissions.reject(row.id(), row.version(), note), after));
    }

    /** Asks for confirmation and an optional reason, then withdraws. */
    void withdraw(Component parent, SubmissionRow row, Runnable after) {
        askReason(parent, row, "submission.close.withdrawTitle", "submission.close.withdrawText")
                .ifPresent(note -> run(parent,
                        () -> submissions.withdraw(row.id(), row.version(), note), after));
    }

    /** Opens the placement dialog for the submission. */
    void place(Component parent, SubmissionRow row, Runnable after) {
        new PlacementDialog(parent, this, row, after).setVisible(true);
    }

    /** Moves to a stage the way its outcome requires (placement, confirmation, or plainly). */
    void moveTo(Component parent, SubmissionRow row, Stage target, Runnable after) {
        if (target.id().equals(row.stageId())) {
            return;
        }
        if (target.outcome() == StageOutcome.PLACED) {
            place(parent, row, after);
        } else if (target.outcome() == StageOutcome.REJECTED && !row.outcome().terminal()) {
            reject(parent, row, after);
        } else if (target.outcome() == StageOutcome.WITHDRAWN && !row.outcome().terminal()) {
            withdraw(parent, row, after);
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

    void showRefusal(Component parent, ValidationException refused) {
        Set<String> lines = new LinkedHashSet<>();
        refused.errors().forEach(e -> lines.add(msg.get(e.messageKey())));
        JOptionPane.showMessageDialog(parent, String.join("\n", lines),
                msg.get("submission.refused.title"), JOptionPane.WARNING_MESSAGE);
    }

    private Optional<String> askReason(Component parent, SubmissionRow row, String titleKey,
                                       String textKey) {
        JTextArea note = Forms.textArea("submission.close.note", 3);
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill, 360lp]"));
        panel.add(new JLabel(msg.get(textKey, row.candidateName(), row.jobTitle())));
        panel.add(Forms.hint(msg.get("submission.close.note")), "gaptop 6lp");
        panel.add(new JScrollPane(note));
        int answer = JOptionPane.showConfirmDialog(parent, panel, msg.get(titleKey),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        String text = Forms.text(note);
        return Optional.of(text == null ? "" : text);
    }
}
