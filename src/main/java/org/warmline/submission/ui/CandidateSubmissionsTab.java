package org.warmline.submission.ui;

import java.awt.CardLayout;
import java.lang.ref.WeakReference;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.ClosureRecord;
import org.warmline.submission.StageChange;
import org.warmline.submission.SubmissionRow;
import org.warmline.ui.form.Forms;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordTableModel;
import org.warmline.ui.task.TaskHandle;

/**
 * The "Submissions" tab of a candidate: the jobs they are submitted to with their stage, the
 * moves for the selected one, and below it its dated stage history and, when it was rejected or
 * withdrawn, who ended it, why, and whether it was about the candidate.
 */
final class CandidateSubmissionsTab implements RecordTab {
    private final SubmissionCommands commands;
    private final Messages msg;
    private final DateTimeFormatter dateTime;
    private final RecordTableModel<SubmissionRow> model;
    private final RecordTableModel<StageChange> historyModel;
    private final JTable table;
    private final JTable history;
    private final MoveBar moves;
    private final ClosurePanel closure;
    private final JButton submit;
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final JPanel root = new JPanel(new MigLayout("insets 8, fill, wrap 1", "[grow, fill]",
            "[][grow 60, fill][][grow 40, fill]"));
    private CandidateId candidate;
    private List<ClosureRecord> closures = List.of();
    private TaskHandle loading = TaskHandle.DONE;
    private TaskHandle loadingHistory = TaskHandle.DONE;

    /** The candidate's submissions and how the closed ones ended. */
    private record Loaded(List<SubmissionRow> rows, List<ClosureRecord> closures) {
    }

    CandidateSubmissionsTab(SubmissionCommands commands, AppEvents events) {
        this.commands = commands;
        this.msg = commands.msg();
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(msg.locale()).withZone(ZoneId.systemDefault());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(msg.locale()).withZone(ZoneId.systemDefault());
        model = new RecordTableModel<>(List.of(
                Column.<SubmissionRow>of(msg.get("submission.column.job"), String.class,
                        SubmissionRow::jobTitle).width(200),
                Column.<SubmissionRow>of(msg.get("submission.column.employer"), String.class,
                        SubmissionRow::employerName).width(160),
                Column.<SubmissionRow>of(msg.get("submission.column.stage"), String.class,
                        SubmissionRow::stageName).width(120),
                Column.<SubmissionRow>of(msg.get("submission.column.since"), String.class,
                        r -> date.format(r.stageChangedAt())).width(110)));
        historyModel = new RecordTableModel<>(List.of(
                Column.<StageChange>of(msg.get("submission.history.when"), String.class,
                        c -> format(c.changedAt())).width(140),
                Column.<StageChange>of(msg.get("submission.history.change"), String.class,
                        this::describe).width(220),
                Column.<StageChange>of(msg.get("submission.history.who"), String.class,
                        StageChange::changedBy).width(120),
                Column.<StageChange>of(msg.get("submission.history.note"), String.class,
                        StageChange::note).width(240)));
        table = new JTable(model);
        history = new JTable(historyModel);
        moves = new MoveBar("submission.candidateTab", commands, () -> root, this::reload);
        closure = new ClosurePanel(msg);
        submit = new JButton(msg.get("submission.candidateTab.submit"));
        build();
        WeakReference<CandidateSubmissionsTab> self = new WeakReference<>(this);
        events.subscribe(RecordChanged.class, change -> {
            CandidateSubmissionsTab tab = self.get();
            if (tab != null && List.of("submission", "stage").contains(change.kind())) {
                tab.reload();
            }
        });
    }

    private void build() {
        table.setName("submission.candidateTab.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowSorter(new TableRowSorter<>(model));
        table.setFillsViewportHeight(true);
        model.applyWidths(table);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                selectionChanged();
            }
        });
        moves.bindKeys(table);
        history.setName("submission.history");
        history.setFillsViewportHeight(true);
        historyModel.applyWidths(history);
        submit.setName("submission.candidateTab.submit");
        submit.setEnabled(false);
        submit.addActionListener(e -> chooseJob());
        JLabel empty = Forms.hint(msg.get("submission.candidateTab.empty"));
        empty.setName("submission.candidateTab.empty");
        empty.setHorizontalAlignment(SwingConstants.CENTER);
        body.add(new JScrollPane(table), "table");
        body.add(empty, "empty");
        root.add(Forms.section(msg.get("submission.candidateTab.heading")), "split 2, growx");
        root.add(submit, "right");
        root.add(body);
        root.add(moves);
        JPanel detail = new JPanel(new MigLayout("insets 0, fill", "[grow, fill]16lp[300lp!, fill]",
                "[][grow, fill]"));
        detail.add(Forms.section(msg.get("submission.history.heading")));
        detail.add(Forms.section(msg.get("submission.closure.heading")), "wrap");
        detail.add(new JScrollPane(history));
        detail.add(closure, "top");
        root.add(detail, "gaptop 8lp");
    }

    @Override
    public String title() {
        return msg.get("submission.candidateTab.title");
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void load(RecordRef ref) {
        candidate = new CandidateId(ref.id());
        submit.setEnabled(true);
        reload();
    }

    private void reload() {
        if (candidate == null) {
            return;
        }
        CandidateId id = candidate;
        loading.cancel();
        loading = commands.tasks().run(msg.get("submission.loading"),
                () -> new Loaded(commands.service().forCandidate(id),
                        commands.service().closures(id)), this::show);
    }

    private void show(Loaded loaded) {
        List<SubmissionRow> rows = loaded.rows();
        SubmissionRow selected = selected();
        closures = loaded.closures();
        model.setRows(rows);
        cards.show(body, rows.isEmpty() ? "empty" : "table");
        if (selected != null) {
            for (int i = 0; i < table.getRowCount(); i++) {
                if (model.rowAtView(table, i).id().equals(selected.id())) {
                    table.setRowSelectionInterval(i, i);
                }
            }
        } else if (table.getRowCount() > 0) {
            // The newest submission is selected, so its history and ending show at once.
            table.setRowSelectionInterval(0, 0);
        }
        selectionChanged();
    }

    private SubmissionRow selected() {
        int view = table.getSelectedRow();
        return view < 0 ? null : model.rowAtView(table, view);
    }

    private void selectionChanged() {
        SubmissionRow row = selected();
        moves.setSelection(row);
        closure.show(row, row == null ? null : closures.stream()
                .filter(c -> c.submissionId().equals(row.id()) && c.undoneAt() == null)
                .findFirst().orElse(null));
        loadingHistory.cancel();
        if (row == null) {
            historyModel.setRows(List.of());
            return;
        }
        loadingHistory = commands.tasks().run(msg.get("submission.loading"),
                () -> commands.service().history(row.id()), historyModel::setRows);
    }

    private void chooseJob() {
        CandidateId id = candidate;
        new JobPickerDialog(root, commands,
                job -> commands.submit(root, id, job.id(), this::reload)).setVisible(true);
    }

    private String describe(StageChange c) {
        return c.fromStage() == null ? msg.get("submission.history.first", c.toStage())
                : msg.get("submission.history.move", c.fromStage(), c.toStage());
    }

    private String format(Instant at) {
        return at == null ? "" : dateTime.format(at);
    }
}
