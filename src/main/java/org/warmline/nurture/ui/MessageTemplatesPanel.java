package org.warmline.nurture.ui;

import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.warmline.nurture.MergeFields;
import org.warmline.nurture.MessageTemplate;
import org.warmline.nurture.OutreachService;
import org.warmline.nurture.StepKind;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Forms;
import org.warmline.ui.task.TaskRunner;

/** Edits the wording of one kind of message at a time; unknown fields are refused on save. */
final class MessageTemplatesPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient OutreachService outreach;
    private final transient Messages msg;
    private final transient TaskRunner tasks;
    private final JList<StepKind> kinds = new JList<>(StepKind.values());
    private final JTextField subject = Forms.textField("nurture.templates.subject");
    private final JTextArea body = Forms.textArea("nurture.templates.body", 14);
    private final JLabel state = Forms.hint(" ");
    private final FieldErrors errors;
    private transient MessageTemplate current;

    MessageTemplatesPanel(OutreachService outreach, Messages msg, TaskRunner tasks) {
        super(new MigLayout("insets 10, fill", "[200lp!][grow, fill]", "[][][grow, fill][][]"));
        this.outreach = outreach;
        this.msg = msg;
        this.tasks = tasks;
        this.errors = new FieldErrors("nurture.templates", msg);
        kinds.setName("nurture.templates.kinds");
        kinds.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        kinds.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                          boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list,
                        msg.get(((StepKind) value).labelKey()), index, selected, focus);
            }
        });
        body.setLineWrap(true);
        body.setWrapStyleWord(true);
        add(new JScrollPane(kinds), "spany 5, grow");
        add(subject, "wrap");
        add(errors.label("subject", subject), "hidemode 3, wrap");
        add(new JScrollPane(body), "grow, wrap");
        add(errors.label("body", body), "hidemode 3, wrap");
        add(Forms.hint(msg.get("nurture.templates.fields", String.join("  ",
                MergeFields.KNOWN.stream().map(f -> "{" + f + "}").toList()))), "wmin 100, wrap");
        JButton save = button("nurture.templates.save", this::save);
        JButton reset = button("nurture.templates.reset", this::reset);
        add(state, "skip 1, split 3, growx");
        add(reset, "growx 0");
        add(save, "growx 0");
        kinds.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                load(kinds.getSelectedValue());
            }
        });
        kinds.setSelectedIndex(0);
    }

    private JButton button(String name, Runnable action) {
        return Buttons.named(msg, name, action);
    }

    private void load(StepKind kind) {
        if (kind != null) {
            tasks.run(msg.get("common.loading"), () -> outreach.template(kind), this::show);
        }
    }

    private void show(MessageTemplate t) {
        current = t;
        errors.clear();
        subject.setText(t.subject());
        body.setText(t.body());
        body.setCaretPosition(0);
        state.setText(msg.get(t.custom() ? "nurture.templates.custom" : "nurture.templates.standard"));
    }

    private void save() {
        MessageTemplate t = current;
        String s = subject.getText();
        String b = body.getText();
        errors.clear();
        tasks.run(msg.get("today.saving"), () -> outreach.saveTemplate(t.kind(), s, b, t.version()),
                this::show, failure -> {
                    if (failure instanceof ValidationException e) {
                        errors.show(e.byField());
                    } else {
                        state.setText(msg.get("nurture.templates.failed", failure.getMessage()));
                    }
                });
    }

    private void reset() {
        MessageTemplate t = current;
        tasks.run(msg.get("today.saving"), () -> outreach.resetTemplate(t.kind()), this::show);
    }
}
