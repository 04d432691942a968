package org.warmline.submission.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.warmline.job.JobId;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.JobOption;
import org.warmline.submission.Stage;
import org.warmline.submission.StageService;
import org.warmline.submission.SubmissionId;
import org.warmline.submission.SubmissionRow;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.form.Forms;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.task.TaskHandle;

/**
 * The pipeline board: pick an open job, see one column per active stage with a card per
 * candidate, move cards with the toolbar, the keyboard (Ctrl+→/←, Ctrl+R, Ctrl+Shift+W) or
 * drag and drop (to Rejected or Withdrawn through the close dialog); Enter opens the candidate. Holds no state beyond what is on screen.
 */
final class PipelineView implements NavView {
    private final SubmissionCommands commands;
    private final StageService stages;
    private final RecordOpener opener;
    private final Consumer<Component> editStages;
    private final Consumer<Component> editReasons;
    private final Messages msg;
    private final JPanel root = new JPanel(new BorderLayout());
    private final DefaultComboBoxModel<JobOption> jobs = new DefaultComboBoxModel<>();
    private final JComboBox<JobOption> jobCombo = new JComboBox<>(jobs);
    private final JPanel columnsPanel = new JPanel(new MigLayout("insets 0 12 12 12, gap 10, filly"));
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final MoveBar moves;
    private final CardTransfer transfer;
    private final List<StageColumn> columns = new ArrayList<>();
    private boolean updatingJobs;
    private TaskHandle loading = TaskHandle.DONE;

    /** What the board shows: the stages and the job's submissions. */
    private record Board(List<Stage> stages, List<SubmissionRow> rows) {
    }

    PipelineView(SubmissionCommands commands, StageService stages, RecordOpener opener,
                 AppEvents events, Consumer<Component> editStages,
                 Consumer<Component> editReasons) {
        this.commands = commands;
        this.stages = stages;
        this.opener = opener;
        this.editStages = editStages;
        this.editReasons = editReasons;
        this.msg = commands.msg();
        this.moves = new MoveBar("pipeline", commands, () -> root, this::loadBoard);
        this.transfer = new CardTransfer((row, stage) ->
                commands.moveTo(root, row, stage, this::loadBoard));
        build();
        events.subscribe(RecordChanged.class, change -> {
            switch (change.kind()) {
                case "submission", "stage" -> loadBoard();
                case "job", "employer" -> loadJobs();
                default -> { }
            }
        });
    }

    private void build() {
        root.setName("pipeline");
        jobCombo.setName("pipeline.job");
        jobCombo.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value,
                    int index, boolean selected, boolean focused) {
                super.getListCellRendererComponent(list, value, index, selected, focused);
                setText(value instanceof JobOption job ? job.label() : " ");
                return this;
            }
        });
        jobCombo.addActionListener(e -> {
            if (!updatingJobs) {
                loadBoard();
            }
        });
        JPanel header = new JPanel(new MigLayout("insets 12 12 8 12, fillx", "[][grow]"));
        JLabel title = new JLabel(msg.get("submission.pipeline.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        JButton stagesButton = new JButton(msg.get("submission.pipeline.stages"));
        stagesButton.setName("pipeline.stages");
        stagesButton.setToolTipText(msg.get("submission.pipeline.stages.tooltip"));
        stagesButton.addActionListener(e -> editStages.accept(root));
        JButton reasonsButton = new JButton(msg.get("submission.pipeline.reasons"));
        reasonsButton.setName("pipeline.reasons");
        reasonsButton.setToolTipText(msg.get("submission.pipeline.reasons.tooltip"));
        reasonsButton.addActionListener(e -> editReasons.accept(root));
        header.add(title, "span 2, split 3");
        header.add(stagesButton, "gapleft push");
        header.add(reasonsButton, "wrap");
        header.add(new JLabel(msg.get("submission.pipeline.job")), "split 2");
        header.add(jobCombo, "w 320lp!");
        header.add(moves, "right, wrap");
        header.add(Forms.hint(msg.get("submission.pipeline.hint")), "span 2");
        JScrollPane boardScroll = new JScrollPane(columnsPanel);
        boardScroll.setBorder(null);
        JLabel empty = Forms.hint(msg.get("submission.pipeline.empty"));
        empty.setName("pipeline.empty");
        empty.setHorizontalAlignment(SwingConstants.CENTER);
        body.add(boardScroll, "board");
        body.add(empty, "empty");
        root.add(header, BorderLayout.NORTH);
        root.add(body, BorderLayout.CENTER);
    }

    @Override
    public ActionId navAction() {
        return ActionId.NAV_PIPELINE;
    }

    @Override
    public String id() {
        return "pipeline";
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void shown() {
        loadJobs();
    }

    @Override
    public void focus() {
        columns.stream().filter(c -> c.model.getSize() > 0).findFirst()
                .map(c -> (JComponent) c.list).orElse(jobCombo).requestFocusInWindow();
    }

    private void loadJobs() {
        commands.tasks().run(msg.get("submission.loading"), commands.service()::openJobs,
                this::showJobs);
    }

    private void showJobs(List<JobOption> open) {
        JobId current = selectedJob();
        updatingJobs = true;
        jobs.removeAllElements();
        jobs.addAll(open);
        open.stream().filter(j -> j.id().equals(current)).findFirst()
                .ifPresentOrElse(jobs::setSelectedItem,
                        () -> jobs.setSelectedItem(open.isEmpty() ? null : open.get(0)));
        updatingJobs = false;
        cards.show(body, open.isEmpty() ? "empty" : "board");
        loadBoard();
    }

    private JobId selectedJob() {
        return jobCombo.getSelectedItem() instanceof JobOption job ? job.id() : null;
    }

    private void loadBoard() {
        JobId job = selectedJob();
        loading.cancel();
        if (job == null) {
            columns.forEach(c -> c.setRows(List.of()));
            moves.setSelection(null);
            return;
        }
        loading = commands.tasks().run(msg.get("submission.loading"),
                () -> new Board(stages.list(), commands.service().forJob(job)), this::showBoard);
    }

    private void showBoard(Board board) {
        SubmissionId selected = selectedRow() == null ? null : selectedRow().id();
        boolean hadFocus = columns.stream().anyMatch(c -> c.list.isFocusOwner());
        if (!sameStages(board.stages())) {
            rebuildColumns(board.stages());
        }
        for (StageColumn column : columns) {
            column.setRows(board.rows().stream()
                    .filter(r -> r.stageId().equals(column.stage.id())).toList());
        }
        select(selected, hadFocus);
    }

    private boolean sameStages(List<Stage> fresh) {
        return columns.stream().map(c -> c.stage).toList().equals(fresh);
    }

    private void rebuildColumns(List<Stage> fresh) {
        columnsPanel.removeAll();
        columns.clear();
        for (Stage stage : fresh) {
            StageColumn column = new StageColumn(stage, msg, transfer);
            wire(column);
            columns.add(column);
            columnsPanel.add(column, "growy");
        }
        columnsPanel.revalidate();
        columnsPanel.repaint();
    }

    private void wire(StageColumn column) {
        JList<SubmissionRow> list = column.list;
        list.addListSelectionListener(e -> {
            if (list.getSelectedIndex() >= 0) {
                columns.stream().filter(c -> c != column).forEach(c -> c.list.clearSelection());
            }
            moves.setSelection(selectedRow());
        });
        moves.bindKeys(list);
        list.getInputMap(JComponent.WHEN_FOCUSED)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openCandidate");
        list.getActionMap().put("openCandidate", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                openSelected();
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    openSelected();
                }
            }
        });
    }

    private SubmissionRow selectedRow() {
        return columns.stream().map(c -> c.list.getSelectedValue()).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private void select(SubmissionId id, boolean focus) {
        for (StageColumn column : columns) {
            for (int i = 0; id != null && i < column.model.getSize(); i++) {
                if (column.model.get(i).id().equals(id)) {
                    column.list.setSelectedIndex(i);
                    if (focus) {
                        column.list.requestFocusInWindow();
                    }
                    return;
                }
            }
        }
        moves.setSelection(null);
    }

    private void openSelected() {
        SubmissionRow row = selectedRow();
        if (row != null) {
            opener.open(new RecordRef(RecordKind.CANDIDATE, row.candidateId().value()));
        }
    }
}
