package org.warmline.submission.ui;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.util.List;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.search.SearchService;
import org.warmline.submission.StageService;
import org.warmline.submission.SubmissionService;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/**
 * The submission feature's screens: the pipeline board in the sidebar, a "Submissions" tab for
 * candidates and a "Pipeline" tab for jobs.
 */
public final class SubmissionScreens {
    private final SubmissionCommands commands;
    private final StageService stages;
    private final SearchService search;
    private final RecordOpener opener;
    private final AppEvents events;
    private final Messages msg;
    private final TaskRunner tasks;
    private PipelineView pipeline;

    public SubmissionScreens(SubmissionService submissions, StageService stages,
                             SearchService search, Messages msg, TaskRunner tasks,
                             RecordOpener opener, AppEvents events) {
        this.commands = new SubmissionCommands(submissions, msg, tasks);
        this.stages = stages;
        this.search = search;
        this.opener = opener;
        this.events = events;
        this.msg = msg;
        this.tasks = tasks;
    }

    /** The pipeline board (one instance; call on the EDT). */
    public NavView pipelineView() {
        if (pipeline == null) {
            pipeline = new PipelineView(commands, stages, opener, events, this::editStages,
                    this::editReasons);
        }
        return pipeline;
    }

    /**
     * Opens the modal "Pipeline stages" dialog over the active window, where the agency renames
     * stages and adds in-progress stages; returns when it is closed (call on the EDT).
     */
    public void editStages() {
        editStages(KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow());
    }

    void editStages(Component parent) {
        new StagesDialog(parent, stages, msg, tasks).setVisible(true);
    }

    /**
     * Opens the modal "Rejection reasons" dialog over the active window, where the agency adds,
     * renames, flags and removes the reasons offered when a submission ends; returns when it is
     * closed (call on the EDT).
     */
    public void editReasons() {
        editReasons(KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow());
    }

    void editReasons(Component parent) {
        new ReasonsDialog(parent, commands.reasons(), msg, tasks).setVisible(true);
    }

    /** Fresh "Submissions" tabs for candidate editors and "Pipeline" tabs for job editors. */
    public RecordTabProvider tabs() {
        return kind -> switch (kind) {
            case CANDIDATE -> List.of(new CandidateSubmissionsTab(commands, events));
            case JOB -> List.of(new JobPipelineTab(commands, search, opener, events));
            default -> List.of();
        };
    }
}
