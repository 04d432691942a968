package org.warmline.submission.ui;

import java.awt.CardLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.lang.ref.WeakReference;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.search.SearchService;
import org.warmline.submission.SubmissionRow;
import org.warmline.ui.form.Forms;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.table.Column;
import org.warmline.ui.table.RecordTableModel;
import org.warmline.ui.task.TaskHandle;

/** The "Pipeline" tab of a job: its candidates by stage, with moves and "Add candidate…". */
final class JobPipelineTab implements RecordTab {
    private final SubmissionCommands commands;
    private final SearchService search;
    private final RecordOpener opener;
    private final Messages msg;
    private final RecordTableModel<SubmissionRow> model;
    private final JTable table;
    private final MoveBar moves;
    private final JButton add;
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final JPanel root = new JPanel(new MigLayout("insets 8, fill, wrap 1", "[grow, fill]",
            "[][grow, fill][]"));
    private JobId job;
    private TaskHandle loading = TaskHandle.DONE;

    JobPipelineTab(SubmissionCommands commands, SearchService search, RecordOpener opener,
                   AppEvents events) {
        this.commands = commands;
        this.search = search;
        this.opener = opener;
        this.msg = commands.msg();
        model = new RecordTableModel<>(List.of(
                Column.<SubmissionRow>of(msg.get("submission.column.candidate"), String.class,
                        SubmissionRow::candidateName).width(200),
                Column.<SubmissionRow>of(msg.get("submission.column.stage"), String.class,
                        SubmissionRow::stageName).width(140),
                Column.<SubmissionRow>of(msg.get("submission.column.days"), Long.class,
                        SubmissionRow::daysInStage).width(100)));
        table = new JTable(model);
        moves = new MoveBar("submission.jobTab", commands, () -> root, this::reload);
        add = new JButton(msg.get("submission.jobTab.add"));
        build();
        WeakReference<JobPipelineTab> self = new WeakReference<>(this);
        events.subscribe(RecordChanged.class, change -> {
            JobPipelineTab tab = self.get();
            if (tab != null && List.of("submission", "stage").contains(change.kind())) {
                tab.reload();
            }
        });
    }

    private void build() {
        table.setName("submission.jobTab.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowSorter(new TableRowSorter<>(model));
        table.setFillsViewportHeight(true);
        model.applyWidths(table);
        table.getSelectionModel().addListSelectionListener(e -> moves.setSelection(selected()));
        moves.bindKeys(table);
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openCandidate");
        table.getActionMap().put("openCandidate", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                openSelected();
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    openSelected();
                }
            }
        });
        add.setName("submission.jobTab.add");
        add.setEnabled(false);
        add.addActionListener(e -> chooseCandidate());
        JLabel empty = Forms.hint(msg.get("submission.jobTab.empty"));
        empty.setName("submission.jobTab.empty");
        empty.setHorizontalAlignment(SwingConstants.CENTER);
        body.add(new JScrollPane(table), "table");
        body.add(empty, "empty");
        root.add(Forms.section(msg.get("submission.jobTab.heading")), "split 2, growx");
        root.add(add, "right");
        root.add(body);
        root.add(moves);
    }

    @Override
    public String title() {
        return msg.get("submission.jobTab.title");
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void load(RecordRef ref) {
        job = new JobId(ref.id());
        add.setEnabled(true);
        reload();
    }

    private void reload() {
        if (job == null) {
            return;
        }
        JobId id = job;
        loading.cancel();
        loading = commands.tasks().run(msg.get("submission.loading"),
                () -> commands.service().forJob(id), this::show);
    }

    private void show(List<SubmissionRow> rows) {
        SubmissionRow selected = selected();
        model.setRows(rows);
        cards.show(body, rows.isEmpty() ? "empty" : "table");
        for (int i = 0; selected != null && i < table.getRowCount(); i++) {
            if (model.rowAtView(table, i).id().equals(selected.id())) {
                table.setRowSelectionInterval(i, i);
            }
        }
        moves.setSelection(selected());
    }

    private SubmissionRow selected() {
        int view = table.getSelectedRow();
        return view < 0 ? null : model.rowAtView(table, view);
    }

    private void openSelected() {
        SubmissionRow row = selected();
        if (row != null) {
            opener.open(new RecordRef(RecordKind.CANDIDATE, row.candidateId().value()));
        }
    }

    private void chooseCandidate() {
        JobId id = job;
        new CandidatePickerDialog(root, search, msg, commands.tasks(), hit -> commands.submit(
                root, new CandidateId(hit.id()), id, this::reload)).setVisible(true);
    }
}
