package org.warmline.candidate.ui;

import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Map;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.CandidateService;
import org.warmline.candidate.CandidateSummary;
import org.warmline.candidate.ui.CandidateEditorPresenter.DuplicateDecision;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.action.ActionRegistry;
import org.warmline.recruiter.RecruiterId;
import org.warmline.ui.dialog.ConflictChoices;
import org.warmline.ui.dialog.ConflictChoices.Outcome;
import org.warmline.ui.dialog.ConflictDialog;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/**
 * The modal candidate editor: a "Details" form plus the tabs other features contribute for a
 * saved candidate. Save / Cancel, Ctrl+S, Escape, and an unsaved-changes guard on close.
 */
final class CandidateEditorDialog extends JDialog implements CandidateEditorPresenter.View {
    private static final long serialVersionUID = 1L;
    private static final int MAX_FORM_HEIGHT = 620;
    private final transient Messages msg;
    private final transient RecordOpener opener;
    private final transient CandidateEditorPresenter presenter;
    private final CandidateForm form;
    private final JTabbedPane tabs = new JTabbedPane();
    private final JButton save = new JButton();
    private final JButton cancel = new JButton();
    private final transient List<Recruiter> recruiters;

    /** Everything the editor needs besides the candidate itself. */
    record Context(Messages msg, CandidateService candidates, TaskRunner tasks,
                   RecordOpener opener, RecordTabProvider tabs) {
    }

    CandidateEditorDialog(Window owner, Context ctx, Candidate candidate,
                          List<Recruiter> recruiters) {
        super(owner, ModalityType.APPLICATION_MODAL);
        this.msg = ctx.msg();
        this.opener = ctx.opener();
        this.recruiters = List.copyOf(recruiters);
        this.form = new CandidateForm(msg);
        this.presenter = new CandidateEditorPresenter(ctx.candidates(), ctx.tasks(), msg, this);
        setName("candidate.editor");
        setTitle(candidate.isNew() ? msg.get("candidate.editor.title.new")
                : msg.get("candidate.editor.title", candidate.displayName()));
        buildTabs(ctx.tabs(), candidate);
        setContentPane(content());
        installKeysAndClose();
        form.show(CandidateFormValues.of(candidate), recruiters);
        presenter.load(candidate);
        presenter.markClean();
        form.onChange(() -> getRootPane().putClientProperty("Window.documentModified",
                presenter.isDirty()));
        pack();
        Dialogs.fitToScreen(this, owner);
    }

    private void buildTabs(RecordTabProvider provider, Candidate candidate) {
        tabs.setName("candidate.editor.tabs");
        JScrollPane details = new JScrollPane(form);
        details.setBorder(null);
        details.getVerticalScrollBar().setUnitIncrement(16);
        Dimension pref = form.getPreferredSize();
        details.setPreferredSize(new Dimension(pref.width + 24,
                Math.min(pref.height, MAX_FORM_HEIGHT)));
        tabs.addTab(msg.get("candidate.editor.tab.details"), details);
        if (!candidate.isNew()) {
            RecordRef ref = new RecordRef(RecordKind.CANDIDATE, candidate.id().value());
            for (RecordTab tab : provider.tabsFor(RecordKind.CANDIDATE)) {
                tabs.addTab(tab.title(), tab.component());
                tab.load(ref);
            }
        }
    }

    private JPanel content() {
        save.setName("candidate.editor.save");
        save.setText(msg.get("common.save"));
        save.addActionListener(e -> presenter.save());
        cancel.setName("candidate.editor.cancel");
        cancel.setText(msg.get("common.cancel"));
        cancel.addActionListener(e -> cancel());
        JPanel content = new JPanel(new MigLayout("insets 0 0 12lp 12lp, fill", "[grow, fill]",
                "[grow, fill][]"));
        content.add(tabs, "wrap");
        content.add(save, "split 2, tag ok, sizegroup b, gapright 8lp");
        content.add(cancel, "tag cancel, sizegroup b");
        getRootPane().setDefaultButton(save);
        return content;
    }

    private void installKeysAndClose() {
        Action saveAction = ActionRegistry.create(ActionId.RECORD_SAVE, presenter::save, msg);
        KeyStroke stroke = (KeyStroke) saveAction.getValue(Action.ACCELERATOR_KEY);
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, "candidate.save");
        getRootPane().getActionMap().put("candidate.save", saveAction);
        Dialogs.closeOnEscape(this, this::cancel);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                cancel();
            }

            @Override
            public void windowOpened(WindowEvent e) {
                form.firstName.requestFocusInWindow();
            }
        });
    }

    /** Closes, first asking about unsaved changes; "Save" closes only once saved. */
    void cancel() {
        if (presenter.isSaving()) {
            return;
        }
        if (!presenter.isDirty()) {
            dispose();
            return;
        }
        switch (Dialogs.askSave(this, msg)) {
            case SAVE -> presenter.save();
            case DISCARD -> dispose();
            case CANCEL -> form.firstName.requestFocusInWindow();
        }
    }

    boolean isDirty() {
        return presenter.isDirty();
    }

    @Override
    public CandidateFormValues values() {
        return form.values();
    }

    @Override
    public void showErrors(Map<String, String> fieldToMessageKey) {
        form.errors().show(fieldToMessageKey);
        JComponent first = form.errors().firstInvalid(fieldToMessageKey);
        if (first != null) {
            tabs.setSelectedIndex(0);
            first.requestFocusInWindow();
            SwingUtilities.invokeLater(() -> first.scrollRectToVisible(
                    new java.awt.Rectangle(first.getSize())));
        }
    }

    @Override
    public void showStale() {
        JOptionPane.showMessageDialog(this, msg.get("candidate.editor.stale.text"),
                msg.get("candidate.editor.stale.title"), JOptionPane.WARNING_MESSAGE);
    }

    @Override
    public void showFailure(Throwable failure) {
        JOptionPane.showMessageDialog(this,
                msg.get("candidate.editor.failure.text", String.valueOf(failure.getMessage())),
                msg.get("candidate.editor.failure.title"), JOptionPane.ERROR_MESSAGE);
    }

    @Override
    public DuplicateDecision askAboutDuplicates(List<CandidateSummary> matches) {
        return DuplicateDialog.ask(this, msg, matches);
    }

    @Override
    public void saved(Candidate saved) {
        dispose();
    }

    @Override
    public void openExisting(CandidateId id) {
        dispose();
        opener.open(new RecordRef(RecordKind.CANDIDATE, id.value()));
    }

    @Override
    public Outcome askConflict(String recordTitle, ConflictChoices choices) {
        return new ConflictDialog(this, msg, recordTitle, choices).ask();
    }

    @Override
    public void showStored(Candidate stored) {
        form.show(CandidateFormValues.of(stored), recruiters);
        getRootPane().putClientProperty("Window.documentModified", false);
    }

    @Override
    public String recruiterName(RecruiterId id) {
        return recruiters.stream().filter(r -> r.id().equals(id)).map(Recruiter::displayName)
                .findFirst().orElse("");
    }

    @Override
    public void setSaving(boolean saving) {
        save.setEnabled(!saving);
        cancel.setEnabled(!saving);
        setCursor(saving ? Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR) : null);
    }
}
