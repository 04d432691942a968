package org.warmline.nurture.ui;

import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.warmline.job.JobId;
import org.warmline.nurture.RunnerUp;
import org.warmline.nurture.RunnerUpService;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.form.Forms;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordListPanel;
import org.warmline.ui.task.TaskRunner;

/**
 * The "Runners-up" tab of a job: candidates who reached interview or later for a similar job,
 * best first, with why they were rejected and what the employer said; one button adds the
 * selected one to this job's pipeline and schedules "a job you may like".
 */
final class RunnersUpTab implements RecordTab {
    static final int LIMIT = 50;
    private final RunnerUpService runnersUp;
    private final Messages msg;
    private final TaskRunner tasks;
    private final RecordOpener opener;
    private final RecordListPanel<RunnerUp> list;
    private final JButton bringBack;
    private final JButton open;
    private final JLabel feedback = Forms.hint(" ");
    private final JPanel root = new JPanel(new MigLayout("insets 8, fill, wrap 1", "[0:0, grow, fill]",
            "[][grow, fill][][]"));
    private JobId job;

    RunnersUpTab(RunnerUpService runnersUp, Messages msg, TaskRunner tasks, RecordOpener opener) {
        this.runnersUp = runnersUp;
        this.msg = msg;
        this.tasks = tasks;
        this.opener = opener;
        list = new RecordListPanel<>("nurture.runnersUp.list", msg, columns(msg), true);
        bringBack = new JButton(msg.get("nurture.runnersUp.bringBack"));
        bringBack.setName("nurture.runnersUp.bringBack");
        open = new JButton(msg.get("nurture.runnersUp.open"));
        open.setName("nurture.runnersUp.open");
        feedback.setName("nurture.runnersUp.feedback");
        root.add(Forms.hint("<html>" + org.warmline.ui.list.Lists.esc(msg.get("nurture.runnersUp.hint"))
                + "</html>"), "wmin 0");
        root.add(list, "wmin 0");
        root.add(feedback, "growx, wmin 0");
        JPanel buttons = new JPanel(new MigLayout("insets 0, gapx 6lp"));
        buttons.add(bringBack);
        buttons.add(open);
        root.add(buttons, "growx");
        bringBack.addActionListener(e -> bringBack());
        open.addActionListener(e -> openSelected());
        list.onOpen(r -> opener.open(new RecordRef(RecordKind.CANDIDATE, r.candidateId().value())));
        list.table().getSelectionModel().addListSelectionListener(e -> selected());
        selected();
    }

    private static List<Column<RunnerUp>> columns(Messages msg) {
        return List.of(
                Column.<RunnerUp>of(msg.get("nurture.runnersUp.col.candidate"), String.class,
                        RunnerUp::candidateName).width(130),
                Column.<RunnerUp>of(msg.get("nurture.runnersUp.col.score"), Integer.class,
                        RunnerUp::score).width(45),
                Column.<RunnerUp>of(msg.get("nurture.runnersUp.col.job"), String.class,
                        r -> r.pastJobTitle() + " · " + r.pastEmployerName()).width(190),
                Column.<RunnerUp>of(msg.get("nurture.runnersUp.col.reached"), String.class,
                        RunnerUp::stageReached).width(80),
                Column.<RunnerUp>of(msg.get("nurture.runnersUp.col.reason"), String.class,
                        RunnerUp::reason).width(140),
                Column.<RunnerUp>of(msg.get("nurture.runnersUp.col.rejected"), java.time.LocalDate.class,
                        r -> r.rejectedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()).width(95));
    }

    @Override
    public String title() {
        return msg.get("nurture.runnersUp.tab");
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void load(RecordRef ref) {
        job = new JobId(ref.id());
        tasks.run(msg.get("nurture.runnersUp.loading"), () -> runnersUp.suggest(job, LIMIT), list::setRows);
    }

    private void selected() {
        RunnerUp r = list.selected();
        bringBack.setEnabled(r != null);
        open.setEnabled(r != null);
        feedback.setText(r == null ? " " : "<html>" + org.warmline.ui.list.Lists.esc(msg.get(
                "nurture.runnersUp.why", String.join(", ", r.sharedWords()),
                r.sameEmployer() ? msg.get("nurture.runnersUp.sameEmployer") : "",
                r.feedback() == null ? msg.get("nurture.runnersUp.noFeedback") : r.feedback()))
                + "</html>");
    }

    private void openSelected() {
        RunnerUp r = list.selected();
        if (r != null) {
            opener.open(new RecordRef(RecordKind.CANDIDATE, r.candidateId().value()));
        }
    }

    private void bringBack() {
        RunnerUp r = list.selected();
        if (r == null || job == null) {
            return;
        }
        JobId target = job;
        tasks.run(msg.get("nurture.runnersUp.adding"), () -> runnersUp.bringBack(target, r.candidateId()),
                plan -> {
                    feedback.setText(msg.get("nurture.runnersUp.added", r.candidateName()));
                    load(new RecordRef(RecordKind.JOB, target.value()));
                });
    }
}
