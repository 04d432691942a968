package org.warmline.report.ui;

import java.awt.Desktop;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.warmline.employer.EmployerService;
import org.warmline.employer.EmployerSummary;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.report.DefinitionProblem;
import org.warmline.report.ReportCatalog;
import org.warmline.report.ReportDefinition;
import org.warmline.report.ReportParameters;
import org.warmline.report.ReportService;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.form.Forms;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.task.TaskRunner;

/**
 * The Reports screen: the report definitions with their descriptions, the parameters of the
 * selected one, and an export with progress, Cancel and Open.
 */
public final class ReportsView implements NavView {
    private final ReportService reports;
    private final RecruiterService recruiters;
    private final EmployerService employers;
    private final Messages msg;
    private final TaskRunner tasks;
    private final ReportFileChooser chooser;
    private final JPanel panel = new JPanel(new MigLayout("insets 20 24 20 24, fill",
            "[280lp!]24lp[grow, fill]", "[][][grow, fill]"));
    private final DefaultListModel<ReportDefinition> model = new DefaultListModel<>();
    private final JList<ReportDefinition> list = new JList<>(model);
    private final JLabel title = new JLabel(" ");
    private final JLabel description = new JLabel(" ");
    private final ParametersForm parameters;
    private final JButton export = new JButton();
    private final JProgressBar progress = new JProgressBar();
    private final JButton cancel = new JButton();
    private final JButton open = new JButton();
    private final JLabel status = Forms.hint(" ");
    private final JLabel problems = new JLabel();
    private final JLabel sheets = Forms.hint(" ");
    private final JLabel office = Forms.hint(" ");
    private final ReportExportPresenter exporter;
    private Path lastFile;

    public ReportsView(ReportService reports, RecruiterService recruiters,
                       EmployerService employers, Messages msg, TaskRunner tasks,
                       ReportFileChooser chooser) {
        this.reports = reports;
        this.recruiters = recruiters;
        this.employers = employers;
        this.parameters = new ParametersForm(msg);
        this.exporter = new ReportExportPresenter(reports, msg, tasks, SwingUtilities::invokeLater,
                new ReportExportPresenter.View() {
                    @Override
                    public void running(boolean running) {
                        ReportsView.this.running(running);
                    }

                    @Override
                    public void status(String text) {
                        status.setText(text);
                    }

                    @Override
                    public void saved(Path file) {
                        lastFile = file;
                        open.setVisible(Desktop.isDesktopSupported()
                                && Desktop.getDesktop().isSupported(Desktop.Action.OPEN));
                    }
                });
        this.msg = msg;
        this.tasks = tasks;
        this.chooser = chooser;
        panel.setName("reports");
        JLabel heading = new JLabel(msg.get("report.screen.title"));
        heading.putClientProperty("FlatLaf.styleClass", "h1");
        panel.add(heading, "span 2, wrap");
        panel.add(Forms.hint(msg.get("report.screen.subtitle")), "span 2, wrap 14lp");
        panel.add(listPane(), "grow");
        panel.add(detail(), "grow, aligny top");
        office.setText(msg.get("report.form.officeFolder", reports.officeReports()));
    }

    private JComponent listPane() {
        list.setName("report.list");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new ReportListCell());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        JScrollPane scroll = new JScrollPane(list);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        return scroll;
    }

    private JPanel detail() {
        JPanel p = new JPanel(new MigLayout("insets 0, wrap 2, hidemode 3", "[right][300lp!]"));
        title.setName("report.title");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        description.setName("report.description");
        sheets.setName("report.sheets");
        p.add(title, "span 2, align left");
        p.add(description, "span 2, align left, wmax 560lp");
        p.add(sheets, "span 2, align left, wmax 560lp, gapbottom 14lp");
        parameters.addTo(p);
        export.setText(msg.get("report.export"));
        export.setName("report.export");
        export.putClientProperty("JButton.buttonType", "default");
        export.addActionListener(e -> startExport());
        p.add(export, "skip, growx 0, align left, gaptop 8lp, wrap");
        p.add(progressRow(), "skip, w 300lp!, gaptop 12lp, wrap");
        problems.setName("report.problems");
        problems.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        p.add(problems, "span 2, align left, wmax 560lp, gaptop 16lp");
        p.add(office, "span 2, align left, wmax 560lp, gaptop 24lp");
        return p;
    }

    private JPanel progressRow() {
        JPanel row = new JPanel(new MigLayout("insets 0, hidemode 3", "[grow, fill][][]"));
        progress.setName("report.progress");
        progress.setIndeterminate(true);
        cancel.setText(msg.get("report.cancel"));
        cancel.setName("report.cancel");
        cancel.addActionListener(e -> exporter.cancel());
        open.setText(msg.get("report.open"));
        open.setName("report.open");
        open.addActionListener(e -> openLast());
        status.setName("report.status");
        row.add(progress);
        row.add(cancel);
        row.add(open, "wrap");
        row.add(status, "span 3, growx");
        running(false);
        open.setVisible(false);
        return row;
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_REPORTS;
    }

    @Override
    public String id() {
        return "reports";
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void shown() {
        tasks.run(msg.get("common.loading"), () -> new Loaded(reports.catalog(),
                recruiters.list(), employers.list()), this::show);
    }

    @Override
    public void focus() {
        list.requestFocusInWindow();
    }

    private record Loaded(ReportCatalog catalog, List<Recruiter> recruiters,
                          List<EmployerSummary> employers) {
    }

    private void show(Loaded loaded) {
        ReportDefinition selected = list.getSelectedValue();
        model.clear();
        loaded.catalog().reports().forEach(model::addElement);
        parameters.setChoices(loaded.recruiters(), loaded.employers());
        List<String> bad = loaded.catalog().problems().stream().map(DefinitionProblem::toString)
                .toList();
        problems.setText(bad.isEmpty() ? "" : "<html>" + org.warmline.ui.list.Lists.esc(
                msg.get("report.screen.problems", String.join("\n", bad))).replace("\n", "<br>")
                + "</html>");
        int index = selected == null ? 0 : Math.max(0, indexOf(selected.id()));
        if (!model.isEmpty()) {
            list.setSelectedIndex(index);
        }
        showSelected();
    }

    private int indexOf(String id) {
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void showSelected() {
        ReportDefinition def = list.getSelectedValue();
        title.setText(def == null ? msg.get("report.screen.empty") : def.title());
        description.setText(def == null ? " " : "<html>" + org.warmline.ui.list.Lists.esc(
                def.description()) + "</html>");
        parameters.show(def);
        export.setEnabled(def != null);
        sheets.setText(def == null ? " " : msg.get("report.screen.sheets", String.join(" · ",
                def.sheets().stream().map(org.warmline.report.SheetDefinition::name).toList())));
    }

    private void startExport() {
        ReportDefinition def = list.getSelectedValue();
        ReportParameters params = parameters.read();
        if (def == null || params == null) {
            return;
        }
        Path target = chooser.choose(panel, def.id() + "-" + LocalDate.now() + ".xlsx");
        if (target == null) {
            return;
        }
        open.setVisible(false);
        exporter.export(def, params, target);
    }

    private void running(boolean yes) {
        progress.setVisible(yes);
        cancel.setVisible(yes);
        export.setEnabled(!yes && list.getSelectedValue() != null);
        list.setEnabled(!yes);
    }

    private void openLast() {
        Path file = lastFile;
        tasks.run(msg.get("common.loading"), () -> {
            Desktop.getDesktop().open(file.toFile());
            return file;
        }, f -> { });
    }
}
