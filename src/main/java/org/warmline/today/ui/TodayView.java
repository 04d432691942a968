package org.warmline.today.ui;

import java.awt.event.KeyEvent;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.swing.AbstractAction;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.warmline.activity.Activity;
import org.warmline.nurture.DueStep;
import org.warmline.nurture.NurtureService;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.today.StalledSubmission;
import org.warmline.today.TodayItem;
import org.warmline.today.TodayService;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.form.Forms;
import org.warmline.ui.list.Lists;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.task.TaskRunner;

/**
 * The start screen: everything due or overdue (nurture steps and employer feedback, grouped
 * by due date) with one-key actions (D done, T tomorrow, W next week, K skip, M write,
 * Enter open), stalled submissions and the recruiter's latest activity.
 */
public final class TodayView implements NavView {
    private static final int LIMIT = 200;
    private final TodayService today;
    private final NurtureService nurture;
    private final Messages msg;
    private final TaskRunner tasks;
    private final RecordOpener opener;
    private final Consumer<DueStep> write;
    private final JPanel panel = new JPanel(new MigLayout("insets 20 24 20 24, fill, wrap 1",
            "[fill, grow]", "[][][][120lp::, grow 50, fill][][90lp::, grow 25, fill][][90lp::, grow 25, fill]"));
    private final DefaultListModel<TodayItem> due = new DefaultListModel<>();
    private final JList<TodayItem> dueList = new JList<>(due);
    private final DueRenderer dueRenderer;
    private final JLabel dueHeading = Forms.section("");
    private final DefaultListModel<StalledSubmission> stalled = new DefaultListModel<>();
    private final DefaultListModel<Activity> recent = new DefaultListModel<>();
    private final JList<StalledSubmission> stalledList = new JList<>(stalled);
    private final JList<Activity> recentList = new JList<>(recent);
    private final JLabel stalledHeading = Forms.section("");
    private final JLabel date = Forms.hint("");
    private final StepButtons buttons;
    private IntConsumer countListener = n -> { };
    private final JPanel tools = new JPanel(new MigLayout("insets 0, gapx 6lp"));

    public TodayView(TodayService today, NurtureService nurture, Messages msg, TaskRunner tasks,
                     RecordOpener opener, AppEvents events, Consumer<DueStep> write) {
        this.today = today;
        this.nurture = nurture;
        this.msg = msg;
        this.tasks = tasks;
        this.opener = opener;
        this.write = write;
        this.dueRenderer = new DueRenderer(msg);
        this.buttons = new StepButtons(msg);
        panel.setName("today");
        JLabel title = new JLabel(msg.get("today.title"));
        title.putClientProperty("FlatLaf.styleClass", "h1");
        panel.add(title, "split 3, growx 0");
        panel.add(date, "gapleft 14lp, aligny baseline, growx 0, pushx");
        panel.add(tools, "aligny center, growx 0");
        panel.add(dueHeading, "gaptop 12lp, split 2, growx 0");
        panel.add(Forms.hint(msg.get("today.due.keys")), "gapleft 12lp, aligny baseline");
        panel.add(buttons.bar(this::doneSelected, () -> snoozeSelected(1),
                () -> snoozeSelected(7), this::skipSelected, this::writeSelected, this::openDue));
        dueList.setName("today.due");
        dueList.setCellRenderer(dueRenderer);
        dueList.addListSelectionListener(e -> buttons.enableFor(dueList.getSelectedValue()));
        panel.add(Lists.withEmptyText(dueList, msg.get("today.due.empty")));
        stalledList.setName("today.stalled");
        recentList.setName("today.recent");
        stalledList.setCellRenderer(OtherRenderers.stalled(msg));
        recentList.setCellRenderer(OtherRenderers.recent(msg));
        panel.add(stalledHeading, "gaptop 14lp");
        panel.add(Lists.withEmptyText(stalledList, msg.get("today.stalled.empty")));
        panel.add(Forms.section(msg.get("today.recent")), "gaptop 14lp");
        panel.add(Lists.withEmptyText(recentList, msg.get("today.recent.empty")));
        Lists.onOpen(dueList, this::openDue);
        bindKeys();
        Lists.onOpen(stalledList, () -> open(stalledList.getSelectedValue() == null ? null
                : new RecordRef(RecordKind.CANDIDATE, stalledList.getSelectedValue().candidateId())));
        Lists.onOpen(recentList, () -> open(recentRef(recentList.getSelectedValue())));
        events.subscribe(RecordChanged.class, e -> changed());
    }

    /** Receives the number of items due by today after each refresh (for the sidebar badge). */
    public void onCount(IntConsumer listener) {
        this.countListener = listener;
    }

    /** Adds a button to the top right of the view (e.g. today's letters, the calendar). */
    public void addTool(String name, String text, Runnable action) {
        javax.swing.JButton b = new javax.swing.JButton(text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        tools.add(b);
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_TODAY;
    }

    @Override
    public String id() {
        return "today";
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void shown() {
        refresh();
    }

    @Override
    public void focus() {
        dueList.requestFocusInWindow();
    }

    /** Reloads the counts for the badge, and the lists when the view is showing. */
    private void changed() {
        if (panel.isShowing()) {
            refresh();
        } else {
            tasks.run(msg.get("today.loading"), today::dueCount, countListener::accept);
        }
    }

    private void refresh() {
        int keep = dueList.getSelectedIndex();
        tasks.run(msg.get("today.loading"), () -> today.agenda(LIMIT), agenda -> {
            date.setText(agenda.today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(msg.locale())));
            dueRenderer.today(agenda.today());
            due.clear();
            agenda.due().forEach(due::addElement);
            long dueNow = agenda.due().stream().filter(i -> !i.due().isAfter(agenda.today())).count();
            dueHeading.setText(msg.get("today.due", dueNow));
            countListener.accept((int) dueNow);
            if (!due.isEmpty() && keep >= 0) {
                dueList.setSelectedIndex(Math.min(keep, due.size() - 1));
            }
            buttons.enableFor(dueList.getSelectedValue());
            stalled.clear();
            agenda.stalled().forEach(stalled::addElement);
            recent.clear();
            agenda.recent().forEach(recent::addElement);
            stalledHeading.setText(msg.get("today.stalled", TodayService.STALLED_DAYS, stalled.size()));
        });
    }

    private void bindKeys() {
        key(KeyEvent.VK_D, "done", this::doneSelected);
        key(KeyEvent.VK_T, "tomorrow", () -> snoozeSelected(1));
        key(KeyEvent.VK_W, "week", () -> snoozeSelected(7));
        key(KeyEvent.VK_K, "skip", this::skipSelected);
        key(KeyEvent.VK_M, "write", this::writeSelected);
    }

    private void key(int code, String name, Runnable action) {
        dueList.getInputMap().put(KeyStroke.getKeyStroke(code, 0), name);
        dueList.getActionMap().put(name, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    private DueStep selectedStep() {
        TodayItem item = dueList.getSelectedValue();
        return item == null ? null : item.step();
    }

    private void doneSelected() {
        DueStep s = selectedStep();
        if (s != null) {
            act(() -> nurture.done(s.step().id(), s.step().version()));
        }
    }

    private void snoozeSelected(int days) {
        DueStep s = selectedStep();
        if (s != null) {
            act(() -> nurture.snooze(s.step().id(), s.step().version(), days));
        }
    }

    private void skipSelected() {
        DueStep s = selectedStep();
        if (s == null) {
            return;
        }
        String reason = JOptionPane.showInputDialog(panel, msg.get("today.skip.prompt"),
                msg.get("today.skip.title"), JOptionPane.QUESTION_MESSAGE);
        if (reason != null && !reason.isBlank()) {
            act(() -> nurture.skip(s.step().id(), s.step().version(), reason));
        }
    }

    private void writeSelected() {
        DueStep s = selectedStep();
        if (s != null) {
            write.accept(s);
        }
    }

    private void act(Callable<?> change) {
        tasks.run(msg.get("today.saving"), change, done -> refresh());
    }

    private void openDue() {
        TodayItem item = dueList.getSelectedValue();
        if (item != null) {
            open(item.isStep() ? new RecordRef(RecordKind.CANDIDATE, item.step().step().candidateId().value())
                    : new RecordRef(RecordKind.FEEDBACK, item.feedback().subject().submission().value()));
        }
    }

    private static RecordRef recentRef(Activity a) {
        return a == null ? null : a.candidateId() != null
                ? new RecordRef(RecordKind.CANDIDATE, a.candidateId().value())
                : a.jobId() != null ? new RecordRef(RecordKind.JOB, a.jobId().value())
                : a.employerId() != null ? new RecordRef(RecordKind.EMPLOYER, a.employerId().value())
                : null;
    }

    private void open(RecordRef ref) {
        if (ref != null) {
            opener.open(ref);
        }
    }

}
