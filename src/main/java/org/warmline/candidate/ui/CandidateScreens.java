package org.warmline.candidate.ui;

import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.swing.SwingUtilities;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.CandidateService;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/**
 * The candidate feature's screens: the "Candidates" list view and the candidate editor. The
 * list refreshes itself whenever a candidate changes ({@code RecordChanged("candidate", id)}).
 *
 * <pre>{@code
 * CandidateScreens screens = new CandidateScreens(candidates, recruiters, msg, tasks,
 *         opener, tabs, events);
 * sidebar.add(screens.listView());
 * actions.define(ActionId.CANDIDATE_NEW, screens::createNew);
 * }</pre>
 */
public final class CandidateScreens {
    private final CandidateService candidates;
    private final RecruiterService recruiters;
    private final Messages msg;
    private final TaskRunner tasks;
    private final CandidateEditorDialog.Context editorContext;
    private final Map<CandidateId, CandidateEditorDialog> openEditors = new HashMap<>();
    private CandidateListPanel list;

    /** What the editor shows: the candidate and the recruiters who may own it. */
    private record Loaded(Candidate candidate, List<Recruiter> recruiters) {
    }

    public CandidateScreens(CandidateService candidates, RecruiterService recruiters,
                            Messages msg, TaskRunner tasks, RecordOpener opener,
                            RecordTabProvider tabs, AppEvents events) {
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.recruiters = Objects.requireNonNull(recruiters, "recruiters");
        this.msg = Objects.requireNonNull(msg, "msg");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.editorContext = new CandidateEditorDialog.Context(msg, candidates, tasks,
                Objects.requireNonNull(opener, "opener"), Objects.requireNonNull(tabs, "tabs"));
        events.subscribe(RecordChanged.class, this::recordChanged);
    }

    /** The "Candidates" sidebar screen (created once; loads its rows when first shown). */
    public NavView listView() {
        if (list == null) {
            list = new CandidateListPanel(msg, new CandidateTableModel(candidates, tasks, msg),
                    this::open, this::createNew);
        }
        return list;
    }

    /** Opens the editor of an existing candidate, loading it in the background. */
    public void open(CandidateId id) {
        CandidateEditorDialog existing = openEditors.get(id);
        if (existing != null) {
            existing.toFront();
            return;
        }
        tasks.run(msg.get("candidate.editor.loading"),
                () -> new Loaded(candidates.get(id), recruiters.list()), this::showEditor);
    }

    /** Opens the editor for a new candidate, owned by the signed-in recruiter. */
    public void createNew() {
        tasks.run(msg.get("candidate.editor.loading"),
                () -> new Loaded(candidates.newDraft(), recruiters.list()), this::showEditor);
    }

    private void showEditor(Loaded loaded) {
        Candidate candidate = loaded.candidate();
        if (!candidate.isNew() && openEditors.containsKey(candidate.id())) {
            openEditors.get(candidate.id()).toFront();
            return;
        }
        CandidateEditorDialog dialog = new CandidateEditorDialog(parentWindow(), editorContext,
                candidate, loaded.recruiters());
        if (!candidate.isNew()) {
            openEditors.put(candidate.id(), dialog);
            dialog.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    openEditors.remove(candidate.id(), dialog);
                }
            });
        }
        // Shown on a later event so that the caller (often a task callback) returns first.
        SwingUtilities.invokeLater(() -> dialog.setVisible(true));
    }

    private Window parentWindow() {
        if (list != null && list.isShowing()) {
            return SwingUtilities.getWindowAncestor(list);
        }
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
    }

    private void recordChanged(RecordChanged event) {
        if (!CandidateService.KIND.equals(event.kind()) || list == null) {
            return;
        }
        if (SwingUtilities.isEventDispatchThread()) {
            list.refresh();
        } else {
            SwingUtilities.invokeLater(list::refresh);
        }
    }
}
