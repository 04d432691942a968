package org.warmline.feedback.ui;

import java.awt.Component;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.CandidateId;
import org.warmline.feedback.CandidateView;
import org.warmline.feedback.CandidateViewService;
import org.warmline.feedback.EmployerFeedback;
import org.warmline.feedback.FeedbackService;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.form.Formats;
import org.warmline.ui.form.Forms;
import org.warmline.ui.list.Lists;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.task.TaskRunner;

/**
 * The candidate's "Rejections &amp; feedback" tab: each rejection with its reason, who ended it,
 * the feedback state and what the candidate was told; and the candidate's own view of employers.
 */
final class RejectionsTab implements RecordTab {
    private final FeedbackService feedback;
    private final CandidateViewService views;
    private final Messages msg;
    private final TaskRunner tasks;
    private final DefaultListModel<EmployerFeedback> rejections = new DefaultListModel<>();
    private final JList<EmployerFeedback> rejectionList = new JList<>(rejections);
    private final DefaultListModel<CandidateView> viewModel = new DefaultListModel<>();
    private final JList<CandidateView> viewList = new JList<>(viewModel);
    private final JButton open;
    private final JButton addView;
    private final JPanel root = new JPanel(new MigLayout("insets 8, fill, wrap 1", "[grow, fill]",
            "[][grow 70, fill][][grow 30, fill]"));
    private CandidateId candidate;

    RejectionsTab(FeedbackService feedback, CandidateViewService views, Messages msg,
                  TaskRunner tasks, AppEvents events) {
        this.feedback = feedback;
        this.views = views;
        this.msg = msg;
        this.tasks = tasks;
        open = new JButton(msg.get("feedback.rejections.open"));
        open.setName("feedback.rejections.open");
        open.addActionListener(e -> openSelected());
        addView = new JButton(msg.get("feedback.views.add"));
        addView.setName("feedback.views.add");
        addView.addActionListener(e -> addView());
        rejectionList.setName("feedback.rejections");
        rejectionList.setCellRenderer(new RejectionRenderer());
        viewList.setName("feedback.views");
        viewList.setCellRenderer(new ViewRenderer());
        root.add(Forms.section(msg.get("feedback.rejections.heading")), "split 2, growx 0");
        root.add(open, "growx 0, gapbefore push");
        root.add(Lists.withEmptyText(rejectionList, msg.get("feedback.rejections.empty")));
        root.add(Forms.section(msg.get("feedback.views.heading")), "split 2, growx 0, gaptop 8");
        root.add(addView, "growx 0, gapbefore push");
        root.add(Lists.withEmptyText(viewList, msg.get("feedback.views.empty")));
        Lists.onOpen(rejectionList, this::openSelected);
        events.subscribe(RecordChanged.class, e -> {
            if (candidate != null && (e.kind().equals(FeedbackService.KIND)
                    || e.kind().equals(CandidateViewService.KIND)
                    || e.kind().equals("submission"))) {
                reload();
            }
        });
    }

    @Override
    public String title() {
        return msg.get("feedback.rejections.title");
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void load(RecordRef ref) {
        candidate = new CandidateId(ref.id());
        reload();
    }

    private void reload() {
        CandidateId id = candidate;
        tasks.run(msg.get("feedback.editor.loading"),
                () -> new Loaded(feedback.rejectionsOf(id), views.viewsOf(id)), loaded -> {
                    rejections.clear();
                    rejections.addAll(loaded.rejections());
                    viewModel.clear();
                    viewModel.addAll(loaded.views());
                    open.setEnabled(!loaded.rejections().isEmpty());
                    if (!loaded.rejections().isEmpty() && rejectionList.isSelectionEmpty()) {
                        rejectionList.setSelectedIndex(0);
                    }
                });
    }

    private record Loaded(List<EmployerFeedback> rejections, List<CandidateView> views) {
    }

    private void openSelected() {
        EmployerFeedback f = rejectionList.getSelectedValue();
        if (f != null) {
            new FeedbackDialog(SwingUtilities.getWindowAncestor(root), feedback, msg, tasks,
                    f.subject().submission(), this::reload).setVisible(true);
        }
    }

    private void addView() {
        CandidateId id = candidate;
        tasks.run(msg.get("feedback.editor.loading"), () -> views.submissionsOf(id),
                choices -> new CandidateViewDialog(SwingUtilities.getWindowAncestor(root), views,
                        msg, tasks, choices, this::reload).setVisible(true));
    }

    private final class RejectionRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                      boolean selected, boolean focus) {
            super.getListCellRendererComponent(list, value, index, selected, focus);
            EmployerFeedback f = (EmployerFeedback) value;
            var r = f.rejection();
            String told = f.relayedText() == null ? "" : "<br>" + Lists.esc(
                    msg.get("feedback.rejections.relayed", f.relayedText()));
            setText("<html><b>" + Lists.esc(msg.get("feedback.rejections.line",
                    f.subject().jobTitle(), f.subject().employerName())) + "</b> &nbsp;"
                    + "<span style='background:#E3F2FD'>&nbsp;" + Lists.esc(msg.get(
                    f.state().labelKey())) + "&nbsp;</span><br><span style='color:gray'>"
                    + Lists.esc(msg.get("feedback.rejections.detail",
                    Formats.dateTime(r.closedAt()), r.fromStage(), r.reason(),
                    msg.get("feedback.ended." + r.endedBy()),
                    r.notAboutCandidate() ? msg.get("feedback.editor.notAbout") : ""))
                    + "</span>" + told + "</html>");
            setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
            return this;
        }
    }

    private final class ViewRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                      boolean selected, boolean focus) {
            super.getListCellRendererComponent(list, value, index, selected, focus);
            CandidateView v = (CandidateView) value;
            setText("<html>" + Lists.esc(msg.get("feedback.views.line", v.employerName(),
                    v.speed(), v.communication(), v.interview(), Formats.date(v.givenOn())))
                    + (v.comments() == null ? "" : "<br><span style='color:gray'>"
                    + Lists.esc(v.comments().length() > 200 ? v.comments().substring(0, 200) + "…"
                    : v.comments()) + "</span>") + "</html>");
            setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
            return this;
        }
    }
}
