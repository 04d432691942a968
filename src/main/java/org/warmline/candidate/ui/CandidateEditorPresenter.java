package org.warmline.candidate.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.CandidateService;
import org.warmline.candidate.CandidateSummary;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.text.Normalize;
import org.warmline.platform.validation.ValidationException;
import org.warmline.recruiter.RecruiterId;
import org.warmline.ui.dialog.ConflictChoices;
import org.warmline.ui.dialog.ConflictChoices.Outcome;
import org.warmline.ui.dialog.RecordDiff;
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

        /** Shows the save conflict and returns the user's decision. */
        Outcome askConflict(String recordTitle, ConflictChoices choices);

        /** Shows the stored version in the form (the user took it over their changes). */
        void showStored(Candidate stored);

        /** The display name of a recruiter, for the conflict dialog. */
        String recruiterName(RecruiterId id);
    }

    /** The user's answer to the duplicate warning; {@code target} is set for OPEN. */
    record DuplicateDecision(Choice choice, CandidateId target) {
        enum Choice { OPEN, SAVE_ANYWAY, BACK }

        static DuplicateDecision back() {
            return new DuplicateDecision(Choice.BACK, null);
        }
    }

    /** What the user never edits in the form: always taken from the stored version. */
    static final Set<String> NOT_EDITED = Set.of("id", "createdAt", "updatedAt", "version");
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
                }, failure -> failed(edited, failure));
    }

    private void failed(Throwable failure) {
        failed(null, failure);
    }

    private void failed(Candidate attempted, Throwable failure) {
        setSaving(false);
        if (failure instanceof ValidationException invalid) {
            view.showErrors(invalid.byField());
        } else if (failure instanceof StaleRecordException && attempted != null) {
            resolveConflict(attempted);
        } else if (failure instanceof StaleRecordException) {
            view.showStale();
        } else {
            view.showFailure(failure);
        }
    }

    /** Someone saved the candidate meanwhile: load it and let the user decide. */
    private void resolveConflict(Candidate mine) {
        setSaving(true);
        tasks.run(msg.get("conflict.loading"), () -> candidates.find(mine.id()), found -> {
            setSaving(false);
            if (found.isEmpty()) {
                view.showStale();
                return;
            }
            Candidate stored = found.get();
            ConflictChoices choices = new ConflictChoices(diff().fields(mine, stored));
            Outcome outcome = choices.differing().isEmpty() ? choices.keepMine()
                    : view.askConflict(stored.displayName(), choices);
            afterConflict(outcome, mine, stored);
        }, this::failed);
    }

    private void afterConflict(Outcome outcome, Candidate mine, Candidate stored) {
        switch (outcome.resolution()) {
            case KEEP_MINE, MERGE -> {
                original = stored;
                setSaving(true);
                store(diff().merge(mine, stored, outcome.takeStored()));
            }
            case TAKE_STORED -> {
                original = stored;
                view.showStored(stored);
                markClean();
            }
            case BACK -> { }
        }
    }

    private RecordDiff<Candidate> diff() {
        return new RecordDiff<>(NOT_EDITED, RecordDiff.labels(msg, "candidate.form."),
                (field, value) -> {
                    if (value instanceof RecruiterId id) {
                        return view.recruiterName(id);
                    }
                    if (value instanceof org.warmline.candidate.CandidateStatus s) {
                        return msg.get(s.labelKey());
                    }
                    return RecordDiff.plainText(value);
                });
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
