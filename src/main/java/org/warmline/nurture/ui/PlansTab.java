package org.warmline.nurture.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.CandidateId;
import org.warmline.nurture.NurturePlan;
import org.warmline.nurture.NurtureService;
import org.warmline.nurture.NurtureStep;
import org.warmline.nurture.StepStatus;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordListPanel;
import org.warmline.ui.task.TaskRunner;

/**
 * The "Keep in touch" tab of a candidate: every step of their nurture plans, with done, skip
 * (with a reason) and reschedule for the selected due step.
 */
final class PlansTab implements RecordTab {
    private final NurtureService nurture;
    private final Messages msg;
    private final TaskRunner tasks;
    private final RecordListPanel<Row> list;
    private final JButton done;
    private final JButton skip;
    private final JButton reschedule;
    private final JPanel root = new JPanel(new MigLayout("insets 8, fill, wrap 1", "[grow, fill]",
            "[grow, fill][]"));
    private CandidateId candidate;

    /** One step with the kind of plan it belongs to. */
    record Row(NurturePlan plan, NurtureStep step) {
    }

    PlansTab(NurtureService nurture, Messages msg, TaskRunner tasks) {
        this.nurture = nurture;
        this.msg = msg;
        this.tasks = tasks;
        list = new RecordListPanel<>("nurture.plans.list", msg, List.of(
                Column.<Row>of(msg.get("nurture.plans.col.due"), LocalDate.class, r -> r.step().dueOn()).width(100),
                Column.<Row>of(msg.get("nurture.plans.col.step"), String.class,
                        r -> msg.get(r.step().kind().labelKey())).width(200),
                Column.<Row>of(msg.get("nurture.plans.col.channel"), String.class,
                        r -> msg.get(r.step().channel().labelKey())).width(80),
                Column.<Row>of(msg.get("nurture.plans.col.status"), String.class, this::status).width(200),
                Column.<Row>of(msg.get("nurture.plans.col.plan"), String.class,
                        r -> msg.get(r.plan().kind().labelKey())).width(150)), false);
        done = button("nurture.plans.done", this::done);
        skip = button("nurture.plans.skip", this::skip);
        reschedule = button("nurture.plans.reschedule", this::reschedule);
        root.add(list);
        JPanel buttons = new JPanel(new MigLayout("insets 0, gapx 6lp"));
        buttons.add(done);
        buttons.add(skip);
        buttons.add(reschedule);
        root.add(buttons, "growx");
        list.table().getSelectionModel().addListSelectionListener(e -> enable());
        enable();
    }

    private String status(Row r) {
        String s = msg.get(r.step().status().labelKey());
        String reason = r.step().skipReason();
        return reason == null ? s : s + " — " + (msg.has(reason) ? msg.get(reason) : reason);
    }

    private JButton button(String name, Runnable action) {
        return Buttons.named(msg, name, action);
    }

    @Override
    public String title() {
        return msg.get("nurture.plans.tab");
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void load(RecordRef ref) {
        candidate = new CandidateId(ref.id());
        CandidateId id = candidate;
        tasks.run(msg.get("common.loading"), () -> nurture.plans(id), plans -> {
            List<Row> rows = new ArrayList<>();
            plans.forEach(p -> p.steps().forEach(s -> rows.add(new Row(p, s))));
            list.setRows(rows);
            enable();
        });
    }

    private NurtureStep selectedDue() {
        Row r = list.selected();
        return r == null || r.step().status() != StepStatus.DUE ? null : r.step();
    }

    private void enable() {
        boolean due = selectedDue() != null;
        done.setEnabled(due);
        skip.setEnabled(due);
        reschedule.setEnabled(due);
    }

    private void done() {
        NurtureStep s = selectedDue();
        if (s != null) {
            act(() -> nurture.done(s.id(), s.version()));
        }
    }

    private void skip() {
        NurtureStep s = selectedDue();
        String reason = s == null ? null : JOptionPane.showInputDialog(root,
                msg.get("today.skip.prompt"), msg.get("today.skip.title"), JOptionPane.QUESTION_MESSAGE);
        if (reason != null && !reason.isBlank()) {
            act(() -> nurture.skip(s.id(), s.version(), reason));
        }
    }

    private void reschedule() {
        NurtureStep s = selectedDue();
        Object answer = s == null ? null : JOptionPane.showInputDialog(root,
                msg.get("nurture.plans.reschedule.prompt"), msg.get("nurture.plans.reschedule"),
                JOptionPane.QUESTION_MESSAGE, null, null, s.dueOn().toString());
        if (answer != null) {
            try {
                LocalDate day = LocalDate.parse(answer.toString().strip());
                act(() -> nurture.reschedule(s.id(), s.version(), day));
            } catch (java.time.format.DateTimeParseException e) {
                JOptionPane.showMessageDialog(root, msg.get("validation.date"));
            }
        }
    }

    private void act(Callable<?> change) {
        tasks.run(msg.get("today.saving"), change, x -> load(new RecordRef(
                org.warmline.ui.record.RecordKind.CANDIDATE, candidate.value())));
    }
}
