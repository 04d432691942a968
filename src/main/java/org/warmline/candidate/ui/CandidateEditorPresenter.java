package org.warmline.candidate.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.CandidateService;
import org.warmline.candidate.CandidateSummary;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.text.Normalize;
import org.warmline.platform.validation.ValidationException;
import org.warmline.ui.task.TaskRunner;

/**
 * The candidate editor's logic, without Swing: whether the form has unsaved changes, and the
 * save flow (validate, warn about probable duplicates, store, report conflicts).
 */
final class CandidateEditorPresenter {
    /** What the presenter needs from the dialog. All calls happen on the EDT. */
    interface View {
        CandidateFormValues values();

        void showErrors(Map<String, String> fieldToMessageKey);

        void showStale();

        void showFailure(Throwable failure);

        DuplicateDecision askAboutDuplicates(List<CandidateSummary> matches);

        void saved(Candidate saved);

        void openExisting(CandidateId id);

        void setSaving(boolean saving);
    }

    /** The user's answer to the duplicate warning; {@code target} is set for OPEN. */
    record DuplicateDecision(Choice choice, CandidateId target) {
        enum Choice { OPEN, SAVE_ANYWAY, BACK }

        static DuplicateDecision back() {
            return new DuplicateDecision(Choice.BACK, null);
        }
    }

    private final CandidateService candidates;
    private final TaskRunner tasks;
    private final Messages msg;
    private final View view;
    private Candidate original;
    private CandidateFormValues baseline;
    private boolean saving;

    CandidateEditorPresenter(CandidateService candidates, TaskRunner tasks, Messages msg,
                             View view) {
        this.candidates = candidates;
        this.tasks = tasks;
        this.msg = msg;
        this.view = view;
    }

    /** Sets the candidate being edited; call {@link #markClean} once the fields show it. */
    void load(Candidate candidate) {
        this.original = Objects.requireNonNull(candidate, "candidate");
        this.baseline = null;
    }

    /** Takes the fields' current values as the unchanged state. */
    void markClean() {
        baseline = view.values();
    }

    Candidate original() {
        return original;
    }

    boolean isSaving() {
        return saving;
    }

    /** True when some field differs from what was loaded (typing and undoing is not a change). */
    boolean isDirty() {
        return baseline != null && !baseline.equals(view.values());
    }

    /** Validates, checks for duplicates when needed, then registers or updates. */
    void save() {
        if (saving) {
            return;
        }
        Candidate edited = view.values().applyTo(original);
        try {
            candidates.validate(edited);
        } catch (ValidationException e) {
            view.showErrors(e.byField());
            return;
        }
        view.showErrors(Map.of());
        setSaving(true);
        if (needsDuplicateCheck(edited)) {
            tasks.run(msg.get("candidate.editor.checking"),
                    () -> candidates.findDuplicates(edited),
                    matches -> afterDuplicateCheck(edited, matches), this::failed);
        } else {
            store(edited);
        }
    }

    private void afterDuplicateCheck(Candidate edited, List<CandidateSummary> matches) {
        if (matches.isEmpty()) {
            store(edited);
            return;
        }
        DuplicateDecision decision = view.askAboutDuplicates(matches);
        switch (decision.choice()) {
            case SAVE_ANYWAY -> store(edited);
            case OPEN -> {
                setSaving(false);
                view.openExisting(decision.target());
            }
            case BACK -> setSaving(false);
        }
    }

    private void store(Candidate edited) {
        CandidateFormValues values = view.values();
        tasks.run(msg.get("common.saving"),
                () -> edited.isNew() ? candidates.register(edited) : candidates.update(edited),
                saved -> {
                    setSaving(false);
                    original = saved;
                    baseline = values;
                    view.saved(saved);
                }, this::failed);
    }

    private void failed(Throwable failure) {
        setSaving(false);
        if (failure instanceof ValidationException invalid) {
            view.showErrors(invalid.byField());
        } else if (failure instanceof StaleRecordException) {
            view.showStale();
        } else {
            view.showFailure(failure);
        }
    }

    private void setSaving(boolean next) {
        saving = next;
        view.setSaving(next);
    }

    /** New candidates, and changed e-mail, phone or LinkedIn, are checked for duplicates. */
    boolean needsDuplicateCheck(Candidate edited) {
        return original.isNew()
                || !Objects.equals(Normalize.email(original.email()), Normalize.email(edited.email()))
                || !Objects.equals(Normalize.email(original.email2()),
                        Normalize.email(edited.email2()))
                || !Objects.equals(Normalize.phone(original.phone()), Normalize.phone(edited.phone()))
                || !Objects.equals(Normalize.linkedIn(original.linkedInUrl()),
                        Normalize.linkedIn(edited.linkedInUrl()));
    }
}
