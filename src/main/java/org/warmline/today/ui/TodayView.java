package org.warmline.today.ui;

import java.awt.Component;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.warmline.activity.Activity;
import org.warmline.feedback.WorkItem;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.today.StalledSubmission;
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
 * The start screen: submissions that need a nudge (no stage change for days) and the
 * recruiter's latest activity. Enter or double-click opens the candidate.
 */
public final class TodayView implements NavView {
    private static final int LIMIT = 50;
    private final TodayService today;
    private final Messages msg;
    private final TaskRunner tasks;
    private final RecordOpener opener;
    private final JPanel panel = new JPanel(new MigLayout("insets 20 24 20 24, fill, wrap 1",
            "[fill, grow]", "[][][grow 40, fill][][grow 35, fill][][grow 25, fill]"));
    private final DefaultListModel<WorkItem> chase = new DefaultListModel<>();
    private final JList<WorkItem> chaseList = new JList<>(chase);
    private final JLabel chaseHeading = Forms.section("");
    private final DefaultListModel<StalledSubmission> stalled = new DefaultListModel<>();
    private final DefaultListModel<Activity> recent = new DefaultListModel<>();
    private final JList<StalledSubmission> stalledList = new JList<>(stalled);
    private final JList<Activity> recentList = new JList<>(recent);
    private final JLabel stalledHeading = Forms.section("");
    private final JLabel date = Forms.hint("");

    public TodayView(TodayService today, Messages msg, TaskRunner tasks, RecordOpener opener,
                     AppEvents events) {
        this.today = today;
        this.msg = msg;
        this.tasks = tasks;
        this.opener = opener;
        panel.setName("today");
        JLabel title = new JLabel(msg.get("today.title"));
        title.putClientProperty("FlatLaf.styleClass", "h1");
        panel.add(title, "split 2, growx 0");
        panel.add(date, "gapleft 14lp, aligny baseline, growx 0, pushx");
        chaseList.setName("today.feedback");
        chaseList.setCellRenderer(new ChaseRenderer());
        panel.add(chaseHeading, "gaptop 12lp");
        panel.add(Lists.withEmptyText(chaseList, msg.get("today.feedback.empty")));
        stalledList.setName("today.stalled");
        recentList.setName("today.recent");
        stalledList.setCellRenderer(new StalledRenderer());
        recentList.setCellRenderer(new RecentRenderer());
        panel.add(stalledHeading, "gaptop 14lp");
        panel.add(Lists.withEmptyText(stalledList, msg.get("today.stalled.empty")));
        panel.add(Forms.section(msg.get("today.recent")), "gaptop 14lp");
        panel.add(Lists.withEmptyText(recentList, msg.get("today.recent.empty")));
        openOnEnterOrDoubleClick(chaseList,
                w -> new RecordRef(RecordKind.FEEDBACK, w.subject().submission().value()));
        openOnEnterOrDoubleClick(stalledList, s -> new RecordRef(RecordKind.CANDIDATE, s.candidateId()));
        openOnEnterOrDoubleClick(recentList, a -> a.candidateId() != null
                ? new RecordRef(RecordKind.CANDIDATE, a.candidateId().value())
                : a.jobId() != null ? new RecordRef(RecordKind.JOB, a.jobId().value())
                : a.employerId() != null
                ? new RecordRef(RecordKind.EMPLOYER, a.employerId().value()) : null);
        events.subscribe(RecordChanged.class, e -> {
            if (panel.isShowing()) {
                refresh();
            }
        });
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
        chaseList.requestFocusInWindow();
    }

    private void refresh() {
        date.setText(LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(msg.locale())));
        tasks.run(msg.get("today.loading"), () -> today.agenda(LIMIT), agenda -> {
            chase.clear();
            agenda.feedback().forEach(chase::addElement);
            chaseHeading.setText(msg.get("today.feedback", chase.size()));
            stalled.clear();
            agenda.stalled().forEach(stalled::addElement);
            recent.clear();
            agenda.recent().forEach(recent::addElement);
            stalledHeading.setText(msg.get("today.stalled", TodayService.STALLED_DAYS, stalled.size()));
        });
    }


    private <T> void openOnEnterOrDoubleClick(JList<T> list,
                                              java.util.function.Function<T, RecordRef> ref) {
        Lists.onOpen(list, () -> {
            T value = list.getSelectedValue();
            RecordRef r = value == null ? null : ref.apply(value);
            if (r != null) {
                opener.open(r);
            }
        });
    }

    private final class ChaseRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                      boolean selected, boolean focus) {
            super.getListCellRendererComponent(list, value, index, selected, focus);
            WorkItem w = (WorkItem) value;
            String due = msg.get(w.overdue() ? "today.feedback.overdue" : "today.feedback.due",
                    w.due().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(msg.locale())));
            setText("<html><b>" + Lists.esc(msg.get(w.task().labelKey())) + "</b> &nbsp;·&nbsp; "
                    + Lists.esc(w.subject().candidateName()) + " &nbsp;·&nbsp; "
                    + Lists.esc(w.subject().jobTitle()) + " at " + Lists.esc(w.subject().employerName())
                    + "<br><span style='color:" + (w.overdue() ? "#c62828" : "gray") + "'>"
                    + Lists.esc(due) + "</span></html>");
            setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
            return this;
        }
    }

    private final class StalledRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                      boolean selected, boolean focus) {
            super.getListCellRendererComponent(list, value, index, selected, focus);
            StalledSubmission s = (StalledSubmission) value;
            setText("<html><b>" + Lists.esc(s.candidateName()) + "</b> &nbsp;·&nbsp; "
                    + Lists.esc(s.jobTitle()) + " at " + Lists.esc(s.employerName())
                    + "<br><span style='color:gray'>" + Lists.esc(msg.get("today.stalled.line",
                    s.stageName(), s.days())) + "</span></html>");
            setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
            return this;
        }
    }

    private final class RecentRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;
        private final DateTimeFormatter format = DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                      boolean selected, boolean focus) {
            super.getListCellRendererComponent(list, value, index, selected, focus);
            Activity a = (Activity) value;
            String when = a.occurredAt().atZone(ZoneId.systemDefault()).format(format);
            setText("<html>" + Lists.esc(a.summary()) + "<br><span style='color:gray'>"
                    + Lists.esc(msg.get("activity.kind." + a.kind().name())) + " · " + Lists.esc(when)
                    + "</span></html>");
            setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
            return this;
        }
    }

}
