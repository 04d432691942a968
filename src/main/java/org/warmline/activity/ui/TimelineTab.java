package org.warmline.activity.ui;

import java.awt.CardLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.lang.ref.WeakReference;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.ToolTipManager;
import net.miginfocom.swing.MigLayout;
import org.warmline.activity.Activity;
import org.warmline.activity.ActivityService;
import org.warmline.activity.ActivitySubject;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.form.Forms;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.task.TaskHandle;
import org.warmline.ui.task.TaskRunner;

/**
 * The "Timeline" tab of a candidate, employer or job: activities newest first, the selected
 * one's details below, and a button to log a new one.
 */
final class TimelineTab implements RecordTab {
    private static final String LIST = "list";
    private static final String EMPTY = "empty";
    private final ActivityService activities;
    private final Messages msg;
    private final TaskRunner tasks;
    private final DefaultListModel<Activity> model = new DefaultListModel<>();
    private final JList<Activity> list = new JList<>(model);
    private final JTextArea details = Forms.textArea("activity.timeline.details", 4);
    private final JLabel count = Forms.hint(" ");
    private final JButton logButton;
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final JPanel root = new JPanel(new MigLayout("insets 8, fill", "[grow]", "[][grow]"));
    private ActivitySubject subject;
    private long subjectId;
    private TaskHandle loading = TaskHandle.DONE;

    TimelineTab(ActivityService activities, Messages msg, TaskRunner tasks, AppEvents events) {
        this.activities = activities;
        this.msg = msg;
        this.tasks = tasks;
        this.logButton = new JButton(msg.get("activity.timeline.log"));
        logButton.setName("activity.timeline.log");
        logButton.setEnabled(false);
        logButton.addActionListener(e -> openEditor());
        build();
        WeakReference<TimelineTab> self = new WeakReference<>(this);
        events.subscribe(RecordChanged.class, change -> {
            TimelineTab tab = self.get();
            if (tab != null && ("activity".equals(change.kind())
                    || "submission".equals(change.kind()))) {
                tab.reload();
            }
        });
    }

    private void build() {
        list.setName("activity.timeline");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new ActivityCellRenderer(msg));
        ToolTipManager.sharedInstance().registerComponent(list);
        list.addListSelectionListener(e -> showDetails(list.getSelectedValue()));
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && list.getSelectedValue() != null) {
                    details.requestFocusInWindow();
                }
            }
        });
        details.setEditable(false);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(list),
                new JScrollPane(details));
        split.setResizeWeight(0.75);
        split.setBorder(null);
        JLabel empty = Forms.hint("<html><div style='text-align:center;width:320px'>"
                + msg.get("activity.timeline.empty") + "</div></html>");
        empty.setName("activity.timeline.empty");
        empty.setHorizontalAlignment(SwingConstants.CENTER);
        body.add(split, LIST);
        body.add(empty, EMPTY);
        count.setName("activity.timeline.count");
        root.add(Forms.section(msg.get("activity.timeline.heading")), "split 3");
        root.add(count, "gapleft 8, pushx");
        root.add(logButton, "wrap");
        root.add(body, "grow");
    }

    @Override
    public String title() {
        return msg.get("activity.timeline.title");
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void load(RecordRef ref) {
        subject = switch (ref.kind()) {
            case CANDIDATE -> ActivitySubject.CANDIDATE;
            case EMPLOYER -> ActivitySubject.EMPLOYER;
            case JOB -> ActivitySubject.JOB;
            default -> throw new IllegalArgumentException("no timeline for " + ref.kind());
        };
        subjectId = ref.id();
        logButton.setEnabled(true);
        reload();
    }

    static boolean supports(RecordKind kind) {
        return kind == RecordKind.CANDIDATE || kind == RecordKind.EMPLOYER
                || kind == RecordKind.JOB;
    }

    private void reload() {
        if (subject == null) {
            return;
        }
        ActivitySubject s = subject;
        long id = subjectId;
        loading.cancel();
        loading = tasks.run(msg.get("activity.timeline.loading"), () -> activities.timeline(s, id),
                this::show);
    }

    private void show(List<Activity> timeline) {
        Activity selected = list.getSelectedValue();
        model.clear();
        model.addAll(timeline);
        count.setText(msg.get("activity.timeline.count", timeline.size()));
        cards.show(body, timeline.isEmpty() ? EMPTY : LIST);
        if (selected != null) {
            timeline.stream().filter(a -> a.id().equals(selected.id())).findFirst()
                    .ifPresent(a -> list.setSelectedValue(a, true));
        }
        showDetails(list.getSelectedValue());
    }

    private void showDetails(Activity a) {
        if (a == null) {
            details.setText("");
            return;
        }
        String text = a.details() == null ? msg.get("activity.timeline.noDetails") : a.details();
        details.setText(a.summary() + "\n\n" + text);
        details.setCaretPosition(0);
    }

    private void openEditor() {
        new ActivityEditorDialog(root, msg, activities, tasks, subject, subjectId, this::reload)
                .setVisible(true);
    }
}
