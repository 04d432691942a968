package org.warmline.feedback.ui;

import java.awt.CardLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.warmline.feedback.FeedbackMetrics;
import org.warmline.feedback.FeedbackReport;
import org.warmline.feedback.FeedbackService;
import org.warmline.feedback.Ratio;
import org.warmline.feedback.WorkItem;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.RecruiterId;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.form.Formats;
import org.warmline.ui.form.Forms;
import org.warmline.ui.form.TextChanges;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordTableModel;
import org.warmline.ui.task.TaskHandle;
import org.warmline.ui.task.TaskRunner;

/**
 * The feedback work list: requests to send, reminders due and replies to relay, oldest due
 * first. Enter (or Ctrl+Enter, or double-click) opens the feedback dialog of the selected row.
 */
final class WorkListView implements NavView {
    private static final String TABLE = "table";
    private static final String EMPTY = "empty";
    private final FeedbackService service;
    private final FeedbackMetrics metrics;
    private final Messages msg;
    private final TaskRunner tasks;
    private final RecruiterId me;
    private final java.time.Clock clock;
    private final RecordTableModel<WorkItem> model;
    private final JTable table;
    private final TableRowSorter<RecordTableModel<WorkItem>> sorter;
    private final JTextField filter = Forms.textField("feedback.worklist.filter");
    private final JCheckBox mine = new JCheckBox();
    private final JLabel count = Forms.hint(" ");
    private final JLabel kpis = Forms.hint(" ");
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final JPanel panel = new JPanel(new MigLayout("insets 20 24 20 24, fill, wrap 1",
            "[grow, fill]", "[][][][grow, fill][]"));
    private TaskHandle loading = TaskHandle.DONE;

    WorkListView(FeedbackService service, FeedbackMetrics metrics, RecruiterId me, Messages msg,
                 TaskRunner tasks, AppEvents events, java.time.Clock clock) {
        this.service = service;
        this.metrics = metrics;
        this.me = me;
        this.msg = msg;
        this.tasks = tasks;
        this.clock = clock;
        model = new RecordTableModel<>(List.of(
                Column.<WorkItem>of(msg.get("feedback.worklist.due"), String.class, this::due)
                        .width(190),
                Column.<WorkItem>of(msg.get("feedback.worklist.what"), String.class,
                        i -> msg.get(i.task().labelKey())).width(150),
                Column.<WorkItem>of(msg.get("feedback.worklist.candidate"), String.class,
                        i -> i.subject().candidateName()).width(180),
                Column.<WorkItem>of(msg.get("feedback.worklist.job"), String.class,
                        i -> i.subject().jobTitle()).width(200),
                Column.<WorkItem>of(msg.get("feedback.worklist.employer"), String.class,
                        i -> i.subject().employerName()).width(180)));
        table = new JTable(model);
        table.setName("feedback.worklist");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(28);
        table.setShowHorizontalLines(true);
        sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        model.applyWidths(table);
        build();
        events.subscribe(RecordChanged.class, e -> {
            if (panel.isShowing() && e.kind().startsWith("employer_feedback")
                    || panel.isShowing() && "submission".equals(e.kind())) {
                refresh();
            }
        });
    }

    private void build() {
        panel.setName("feedback");
        JLabel title = new JLabel(msg.get("feedback.worklist.title"));
        title.putClientProperty("FlatLaf.styleClass", "h1");
        panel.add(title, "split 2, growx 0");
        panel.add(Forms.hint(msg.get("feedback.worklist.subtitle")), "gapleft 14lp, aligny baseline");
        kpis.setName("feedback.worklist.kpis");
        panel.add(kpis);
        mine.setName("feedback.worklist.mine");
        mine.setText(msg.get("feedback.worklist.mine"));
        mine.addActionListener(e -> refresh());
        filter.putClientProperty("JTextField.placeholderText", msg.get("feedback.worklist.filter"));
        filter.putClientProperty("JTextField.showClearButton", true);
        TextChanges.listen(filter, this::applyFilter);
        count.setName("feedback.worklist.count");
        panel.add(filter, "split 3, w 260lp!, gaptop 8");
        panel.add(mine, "gapleft 12");
        panel.add(count, "gapleft 12, pushx");
        JLabel empty = Forms.hint("<html><div style='text-align:center;width:360px'>"
                + msg.get("feedback.worklist.empty") + "</div></html>");
        empty.setName("feedback.worklist.empty");
        empty.setHorizontalAlignment(SwingConstants.CENTER);
        body.add(new JScrollPane(table), TABLE);
        body.add(empty, EMPTY);
        panel.add(body);
        panel.add(buttons(), "right");
        bindOpen();
    }

    private JPanel buttons() {
        JPanel row = new JPanel(new MigLayout("insets 0", "[][][][][]"));
        for (FeedbackDialog.Step step : FeedbackDialog.Step.values()) {
            String key = "feedback.worklist." + step.name().toLowerCase(java.util.Locale.ROOT);
            JButton b = new JButton(msg.get(key));
            b.setName(key);
            b.addActionListener(e -> openSelected(step));
            stepButtons.put(step, b);
            row.add(b, "sg b");
        }
        table.getSelectionModel().addListSelectionListener(e -> enableSteps());
        enableSteps();
        return row;
    }

    /** Each button is enabled when the selected item's next step is its step. */
    private void enableSteps() {
        int row = table.getSelectedRow();
        WorkItem.Task task = row < 0 ? null : model.rowAtView(table, row).task();
        stepButtons.forEach((step, button) -> button.setEnabled(task != null
                && (step == FeedbackDialog.Step.OPEN || step.fits(task))));
    }

    private void bindOpen() {
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    openSelected();
                }
            }
        });
        AbstractAction open = new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                openSelected();
            }
        };
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "feedback.open");
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, KeyEvent.CTRL_DOWN_MASK),
                        "feedback.open");
        table.getActionMap().put("feedback.open", open);
    }

    private String due(WorkItem i) {
        String d = Formats.date(i.due());
        return i.overdue() ? msg.get("feedback.worklist.overdue", d) : d;
    }

    private void applyFilter() {
        String text = filter.getText().strip();
        sorter.setRowFilter(text.isEmpty() ? null
                : RowFilter.regexFilter("(?iu)" + java.util.regex.Pattern.quote(text)));
        updateCount();
    }

    private void updateCount() {
        count.setText(msg.get("feedback.worklist.count", table.getRowCount()));
        cards.show(body, model.getRowCount() == 0 ? EMPTY : TABLE);
    }

    void openSelected() {
        openSelected(FeedbackDialog.Step.OPEN);
    }

    /** Opens the selected item's feedback with the given step's field focused. */
    void openSelected(FeedbackDialog.Step step) {
        int row = table.getSelectedRow();
        if (row < 0) {
            return;
        }
        WorkItem item = model.rowAtView(table, row);
        Window owner = SwingUtilities.getWindowAncestor(panel);
        FeedbackDialog.Step target = step == FeedbackDialog.Step.OPEN
                ? FeedbackDialog.Step.of(item.task()) : step;
        new FeedbackDialog(owner, service, msg, tasks, item.subject().submission(), this::refresh,
                target).setVisible(true);
    }

    private final java.util.Map<FeedbackDialog.Step, JButton> stepButtons =
            new java.util.EnumMap<>(FeedbackDialog.Step.class);

    void refresh() {
        RecruiterId who = mine.isSelected() ? me : null;
        LocalDate today = LocalDate.now(clock);
        java.time.Instant since = clock.instant().minus(Duration.ofDays(90));
        loading.cancel();
        loading = tasks.run(msg.get("feedback.worklist.loading"),
                () -> new Loaded(service.workList(who, today), metrics.report(since, null)),
                this::show);
    }

    private record Loaded(List<WorkItem> items, FeedbackReport report) {
    }

    private void show(Loaded loaded) {
        model.setRows(loaded.items());
        FeedbackReport r = loaded.report();
        kpis.setText(msg.get("feedback.worklist.kpis", r.rejections(), percent(r.requestRate()),
                percent(r.replyRate()), percent(r.relayRate()),
                r.rejectionToRequest().median() == null ? "—" : r.rejectionToRequest().median()));
        updateCount();
        if (table.getRowCount() > 0 && table.getSelectedRow() < 0) {
            table.setRowSelectionInterval(0, 0);
        }
    }

    private static String percent(Ratio r) {
        return r.value() == null ? "—" : Math.round(r.value() * 100) + " %";
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_FEEDBACK;
    }

    @Override
    public String id() {
        return "feedback";
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
        table.requestFocusInWindow();
    }
}
