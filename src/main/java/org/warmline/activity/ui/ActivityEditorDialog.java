package org.warmline.activity.ui;

import java.awt.Component;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerDateModel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.warmline.activity.ActivityKind;
import org.warmline.activity.ActivityService;
import org.warmline.activity.ActivitySubject;
import org.warmline.activity.NewActivity;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Forms;
import org.warmline.ui.task.TaskRunner;

/** The "Log activity" dialog: kind, when (default now), summary and details, with inline errors. */
final class ActivityEditorDialog extends JDialog {
    private final transient ActivityService activities;
    private final transient TaskRunner tasks;
    private final transient Messages msg;
    private final ActivitySubject subject;
    private final long subjectId;
    private final transient Runnable onSaved;
    private final JComboBox<ActivityKind> kind = Forms.combo("activity.form.kind",
            Arrays.stream(ActivityKind.values()).filter(ActivityKind::manual)
                    .toArray(ActivityKind[]::new));
    private final JSpinner when = new JSpinner(new SpinnerDateModel());
    private final JTextField summary = Forms.textField("activity.form.summary");
    private final JTextArea details = Forms.textArea("activity.form.details", 8);
    private final FieldErrors errors;
    private final JButton save;
    private transient List<Object> initial;

    ActivityEditorDialog(Component parent, Messages msg, ActivityService activities,
                         TaskRunner tasks, ActivitySubject subject, long subjectId,
                         Runnable onSaved) {
        super(SwingUtilities.getWindowAncestor(parent), msg.get("activity.editor.title"),
                ModalityType.APPLICATION_MODAL);
        this.activities = activities;
        this.tasks = tasks;
        this.msg = msg;
        this.subject = subject;
        this.subjectId = subjectId;
        this.onSaved = onSaved;
        this.errors = new FieldErrors("activity.form", msg);
        this.save = new JButton(msg.get("activity.editor.save"));
        setName("activity.editor");
        setContentPane(buildContent());
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                cancel();
            }
        });
        Dialogs.closeOnEscape(this, this::cancel);
        getRootPane().setDefaultButton(save);
        initial = snapshot();
        pack();
        Dialogs.fitToScreen(this, parent);
    }

    private JPanel buildContent() {
        JPanel form = new JPanel(new MigLayout("wrap 2, insets dialog", "[right][grow, fill, 360lp]"));
        kind.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                          boolean sel, boolean focus) {
                super.getListCellRendererComponent(list, value, index, sel, focus);
                if (value instanceof ActivityKind k) {
                    setText(msg.get(k.labelKey()));
                    setIcon(KindBadge.of(k));
                }
                return this;
            }
        });
        when.setName("activity.form.when");
        when.setEditor(new JSpinner.DateEditor(when, "yyyy-MM-dd HH:mm"));
        when.setValue(new Date());
        JScrollPane detailsScroll = new JScrollPane(details);
        Forms.addRow(form, msg.get("activity.form.kind"), kind, errors.label("kind", kind));
        Forms.addRow(form, msg.get("activity.form.when"), when, errors.label("when", when));
        Forms.addRow(form, msg.get("activity.form.summary"), summary,
                errors.label("summary", summary));
        Forms.addRow(form, msg.get("activity.form.details"), detailsScroll,
                errors.label("details", details));
        form.add(errors.label("subject", form), "span 2, growx, wrap");
        save.setName("activity.editor.save");
        save.addActionListener(e -> save());
        JButton cancel = new JButton(msg.get("activity.editor.cancel"));
        cancel.setName("activity.editor.cancel");
        cancel.addActionListener(e -> cancel());
        form.add(save, "span 2, split 2, right, tag ok, gaptop 8lp");
        form.add(cancel, "tag cancel");
        return form;
    }

    private List<Object> snapshot() {
        return Arrays.asList(kind.getSelectedItem(), when.getValue(), summary.getText(),
                details.getText());
    }

    private void save() {
        NewActivity a = NewActivity.about(subject, subjectId, (ActivityKind) kind.getSelectedItem(),
                ((Date) when.getValue()).toInstant(), Forms.text(summary), Forms.text(details));
        tasks.run(msg.get("activity.editor.saving"), () -> attempt(a), this::saved);
    }

    private Object attempt(NewActivity a) {
        try {
            return activities.log(a);
        } catch (ValidationException refused) {
            return refused;
        }
    }

    private void saved(Object result) {
        if (result instanceof ValidationException refused) {
            Map<String, String> byField = refused.byField();
            errors.show(byField);
            JComponent first = errors.firstInvalid(byField);
            if (first != null) {
                first.requestFocusInWindow();
            }
            return;
        }
        errors.clear();
        initial = snapshot();
        dispose();
        onSaved.run();
    }

    private void cancel() {
        if (!initial.equals(snapshot())) {
            Dialogs.SaveChoice choice = Dialogs.askSave(this, msg);
            if (choice == Dialogs.SaveChoice.SAVE) {
                save();
                return;
            }
            if (choice == Dialogs.SaveChoice.CANCEL) {
                return;
            }
        }
        dispose();
    }
}
