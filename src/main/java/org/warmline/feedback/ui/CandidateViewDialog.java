package org.warmline.feedback.ui;

import java.awt.Window;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.warmline.feedback.CandidateViewService;
import org.warmline.feedback.NewCandidateView;
import org.warmline.feedback.SubmissionChoice;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Forms;
import org.warmline.ui.task.TaskRunner;

/** Records the candidate's view of an employer's hiring process ({@code feedback.view}). */
final class CandidateViewDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private static final Integer[] SCORES = {5, 4, 3, 2, 1};
    private final transient CandidateViewService views;
    private final transient Messages msg;
    private final transient TaskRunner tasks;
    private final transient Runnable onSaved;
    private final JComboBox<SubmissionChoice> submission;
    private final JComboBox<Integer> speed = Forms.combo("feedback.view.speed", SCORES);
    private final JComboBox<Integer> communication =
            Forms.combo("feedback.view.communication", SCORES);
    private final JComboBox<Integer> interview = Forms.combo("feedback.view.interview", SCORES);
    private final JTextArea comments = Forms.textArea("feedback.view.comments", 4);
    private final JTextField givenOn = Forms.textField("feedback.view.givenOn");
    private final FieldErrors errors;

    CandidateViewDialog(Window owner, CandidateViewService views, Messages msg, TaskRunner tasks,
                        List<SubmissionChoice> choices, Runnable onSaved) {
        super(owner, ModalityType.APPLICATION_MODAL);
        this.views = views;
        this.msg = msg;
        this.tasks = tasks;
        this.onSaved = onSaved;
        setName("feedback.view");
        setTitle(msg.get("feedback.view.title"));
        errors = new FieldErrors("feedback.view", msg);
        submission = Forms.combo("feedback.view.submission",
                choices.toArray(new SubmissionChoice[0]));
        givenOn.setText(LocalDate.now().toString());
        JPanel form = new JPanel(new MigLayout("wrap 2, insets dialog", "[right][grow, fill, 320lp]"));
        JLabel heading = Forms.section(msg.get("feedback.view.title"));
        form.add(heading, "span 2, left, gapbottom 8");
        if (choices.isEmpty()) {
            form.add(Forms.hint(msg.get("feedback.view.noSubmissions")), "span 2");
        }
        Forms.addRow(form, msg.get("feedback.view.submission"), submission,
                errors.label("submission", submission));
        Forms.addRow(form, msg.get("feedback.view.speed"), speed, errors.label("speed", speed));
        Forms.addRow(form, msg.get("feedback.view.communication"), communication,
                errors.label("communication", communication));
        Forms.addRow(form, msg.get("feedback.view.interview"), interview,
                errors.label("interview", interview));
        Forms.addRow(form, msg.get("feedback.view.comments"), new JScrollPane(comments),
                errors.label("comments", comments));
        Forms.addRow(form, msg.get("feedback.view.givenOn"), givenOn,
                errors.label("givenOn", givenOn));
        JButton save = new JButton(msg.get("feedback.view.save"));
        save.setName("feedback.view.save");
        save.setEnabled(!choices.isEmpty());
        save.addActionListener(e -> save());
        JButton cancel = new JButton(msg.get("feedback.view.cancel"));
        cancel.setName("feedback.view.cancel");
        cancel.addActionListener(e -> dispose());
        form.add(save, "span 2, split 2, right, sg b, gaptop 8");
        form.add(cancel, "sg b");
        setContentPane(form);
        getRootPane().setDefaultButton(save);
        Dialogs.closeOnEscape(this, this::dispose);
        pack();
        setLocationRelativeTo(owner);
    }

    private void save() {
        LocalDate date;
        try {
            date = LocalDate.parse(givenOn.getText().strip());
        } catch (DateTimeParseException e) {
            errors.show(Map.of("givenOn", "validation.date"));
            return;
        }
        SubmissionChoice choice = (SubmissionChoice) submission.getSelectedItem();
        NewCandidateView view = new NewCandidateView(choice == null ? null : choice.id(),
                (Integer) speed.getSelectedItem(), (Integer) communication.getSelectedItem(),
                (Integer) interview.getSelectedItem(), comments.getText(), date);
        tasks.run(msg.get("feedback.editor.saving"), () -> views.add(view), saved -> {
            dispose();
            onSaved.run();
        }, failure -> {
            if (failure instanceof ValidationException v) {
                errors.show(v.byField());
            } else {
                errors.show(Map.of("comments", "error.stale"));
            }
        });
    }
}
