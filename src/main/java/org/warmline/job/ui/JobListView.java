package org.warmline.job.ui;

import java.awt.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.warmline.job.JobId;
import org.warmline.job.JobQuery;
import org.warmline.job.JobStatus;
import org.warmline.job.JobSummary;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.form.Forms;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordListPanel;

/** The Jobs screen of the sidebar: jobs in one status (Open by default), filterable, sortable. */
final class JobListView implements NavView {
    private final JobUi ui;
    private final JPanel panel;
    private final RecordListPanel<JobSummary> list;
    private final JComboBox<JobStatus> status;
    private boolean loaded;

    JobListView(JobUi ui, Consumer<JobId> open, Runnable createNew) {
        this.ui = ui;
        list = new RecordListPanel<>("job.list", ui.msg(), columns(), true);
        list.onOpen(row -> open.accept(row.id()));
        List<JobStatus> items = new ArrayList<>();
        items.add(null);
        items.addAll(List.of(JobStatus.values()));
        status = Forms.combo("job.list.status", items.toArray(JobStatus[]::new));
        status.setRenderer(statusRenderer());
        status.setSelectedItem(JobStatus.OPEN);
        status.addActionListener(e -> reload());
        panel = new JPanel(new MigLayout("insets 16 20 12 20, fill, wrap 1", "[grow, fill]",
                "[][grow, fill]"));
        panel.setName("jobs");
        panel.add(header(createNew), "growx, gapbottom 10lp");
        panel.add(list, "grow");
    }

    private JComponent header(Runnable createNew) {
        JPanel header = new JPanel(new MigLayout("insets 0, fillx", "[grow][][][]", "[]0[]"));
        JLabel title = new JLabel(ui.msg().get("job.list.title"));
        title.setName("job.list.title");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        JButton add = new JButton(ui.msg().get("job.list.new"));
        add.setName("job.list.new");
        add.putClientProperty("JButton.buttonType", "default");
        add.addActionListener(e -> createNew.run());
        JLabel show = new JLabel(ui.msg().get("job.list.status.label"));
        show.setLabelFor(status);
        header.add(title);
        header.add(show, "spany 2, aligny center");
        header.add(status, "spany 2, aligny center, gapright 12lp");
        header.add(add, "spany 2, aligny center, wrap");
        header.add(Forms.hint(ui.msg().get("job.list.subtitle")));
        return header;
    }

    private DefaultListCellRenderer statusRenderer() {
        var msg = ui.msg();
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index,
                                                          boolean selected, boolean focus) {
                String text = value == null ? msg.get("job.status.any")
                        : msg.get(((JobStatus) value).labelKey());
                return super.getListCellRendererComponent(l, text, index, selected, focus);
            }
        };
    }

    private List<Column<JobSummary>> columns() {
        var msg = ui.msg();
        return List.of(
                Column.<JobSummary>of(msg.get("job.list.column.title"), String.class,
                        JobSummary::title).width(220),
                Column.<JobSummary>of(msg.get("job.list.column.employer"), String.class,
                        JobSummary::employerName).width(180),
                Column.<JobSummary>of(msg.get("job.list.column.location"), String.class,
                        JobSummary::location).width(110),
                Column.<JobSummary>of(msg.get("job.list.column.status"), String.class,
                        j -> msg.get(j.status().labelKey())).width(80),
                Column.<JobSummary>of(msg.get("job.list.column.salary"), Salary.class,
                        j -> Salary.of(j.salaryMin(), j.salaryMax(), j.currency(), msg))
                        .width(170),
                Column.<JobSummary>of(msg.get("job.list.column.owner"), String.class,
                        JobSummary::ownerName).width(120),
                Column.<JobSummary>of(msg.get("job.list.column.openedOn"), LocalDate.class,
                        JobSummary::openedOn).width(120),
                Column.<JobSummary>of(msg.get("job.list.column.submissions"), Integer.class,
                        JobSummary::submissionCount).width(90));
    }

    /** Reloads the list if it has been shown before; called when jobs change. */
    void refreshIfLoaded() {
        if (loaded) {
            reload();
        }
    }

    private void reload() {
        loaded = true;
        JobQuery query = JobQuery.withStatus((JobStatus) status.getSelectedItem());
        ui.tasks().run(ui.msg().get("job.list.loading"), () -> ui.jobs().list(query),
                list::setRows);
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_JOBS;
    }

    @Override
    public String id() {
        return "jobs";
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void shown() {
        reload();
    }

    @Override
    public void focus() {
        list.filterField().requestFocusInWindow();
    }
}
