package org.warmline.submission.ui;

import java.awt.Component;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.Closure;
import org.warmline.submission.EndedBy;
import org.warmline.submission.RejectionReason;
import org.warmline.submission.StageOutcome;
import org.warmline.submission.SubmissionRow;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.FieldErrors;
import org.warmline.ui.form.Forms;

/**
 * Asks how a submission ended before rejecting or withdrawing it: who ended it, the agency's
 * reason, whether it was not about the candidate (pre-set from the reason) and a note. Refused
 * choices are shown under their fields; Escape cancels.
 */
final class CloseSubmissionDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private static final int MAX_NOTE = 1000;
    private final transient SubmissionCommands commands;
    private final transient Messages msg;
    private final transient SubmissionRow row;
    private final StageOutcome outcome;
    private final transient Runnable after;
    private final Map<EndedBy, JRadioButton> endedBy = new EnumMap<>(EndedBy.class);
    private final JPanel endedByPanel = new JPanel(new MigLayout("insets 0, gap 12lp"));
    private final DefaultComboBoxModel<RejectionReason> reasons = new DefaultComboBoxModel<>();
    private final JComboBox<RejectionReason> reason = new JComboBox<>(reasons);
    private final JCheckBox notAboutCandidate = new JCheckBox();
    private final JTextArea note = Forms.textArea("submission.close.note", 4);
    private final JScrollPane noteScroll = new JScrollPane(note);
    private final JButton ok = new JButton();
    private final FieldErrors errors;

    CloseSubmissionDialog(Component parent, SubmissionCommands commands, SubmissionRow row,
                          StageOutcome outcome, Runnable after) {
        super(owner(parent), commands.msg().get(outcome == StageOutcome.REJECTED
                        ? "submission.close.rejectTitle" : "submission.close.withdrawTitle",
                row.candidateName(), row.jobTitle(), row.employerName()),
                ModalityType.APPLICATION_MODAL);
        this.commands = commands;
        this.msg = commands.msg();
        this.row = row;
        this.outcome = outcome;
        this.after = after;
        this.errors = new FieldErrors("submission.close", msg);
        setName("submission.close");
        configureFields();
        setContentPane(buildContent());
        Dialogs.closeOnEscape(this, this::dispose);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                reason.requestFocusInWindow();
            }
        });
        pack();
        Dialogs.fitToScreen(this, parent);
        loadReasons();
    }

    private static Window owner(Component parent) {
        return parent == null || parent instanceof Window ? (Window) parent
                : SwingUtilities.getWindowAncestor(parent);
    }

    private void configureFields() {
        ButtonGroup group = new ButtonGroup();
        EndedBy preset = outcome == StageOutcome.REJECTED ? EndedBy.EMPLOYER : EndedBy.CANDIDATE;
        for (EndedBy who : EndedBy.values()) {
            JRadioButton radio = new JRadioButton(msg.get(who.labelKey()), who == preset);
            radio.setName("submission.close.endedBy." + who.name());
            group.add(radio);
            endedBy.put(who, radio);
            endedByPanel.add(radio);
        }
        reason.setName("submission.close.reason");
        reason.setSelectedIndex(-1);
        reason.setMaximumRowCount(12);
        reason.setRenderer(new ReasonRenderer());
        reason.addActionListener(e -> reasonChosen());
        notAboutCandidate.setName("submission.close.notAboutCandidate");
        notAboutCandidate.setText(msg.get("submission.close.notAboutCandidate"));
        noteScroll.setName("submission.close.noteScroll");
        ok.setName("submission.close.ok");
        ok.setText(msg.get(outcome == StageOutcome.REJECTED ? "submission.close.ok.reject"
                : "submission.close.ok.withdraw"));
        ok.addActionListener(e -> submit());
    }

    private JPanel buildContent() {
        JPanel form = new JPanel(new MigLayout("wrap 2, insets dialog, hidemode 3",
                "[right][grow, fill, 360lp]"));
        JLabel heading = new JLabel(msg.get(outcome == StageOutcome.REJECTED
                ? "submission.close.heading.reject" : "submission.close.heading.withdraw"));
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        form.add(heading, "span 2, left, wrap 2lp");
        form.add(Forms.hint(msg.get("submission.close.context", row.candidateName(),
                row.jobTitle(), row.employerName(), row.stageName())), "span 2, left, gapbottom 14lp");
        Forms.addRow(form, msg.get("submission.close.endedBy"), endedByPanel,
                errors.label("endedBy", endedByPanel));
        Forms.addRow(form, msg.get("submission.close.reason"), reason,
                errors.label("reason", reason));
        form.add(notAboutCandidate, "skip, wrap 0");
        JLabel hint = Forms.hint(msg.get("submission.close.notAboutCandidate.hint"));
        hint.setName("submission.close.notAboutCandidate.hint");
        form.add(hint, "skip, gapleft 26lp, gapbottom 10lp, wrap");
        Forms.addRow(form, msg.get("submission.close.note"), noteScroll,
                errors.label("note", noteScroll));
        JButton cancel = new JButton(msg.get("submission.close.cancel"));
        cancel.setName("submission.close.cancel");
        cancel.addActionListener(e -> dispose());
        form.add(ok, "span 2, split 2, right, tag ok, gaptop 8lp");
        form.add(cancel, "tag cancel");
        getRootPane().setDefaultButton(ok);
        return form;
    }

    private void loadReasons() {
        reason.setEnabled(false);
        commands.tasks().run(msg.get("submission.close.loading"), commands.reasons()::list,
                this::showReasons);
    }

    private void showReasons(List<RejectionReason> list) {
        reasons.removeAllElements();
        reasons.addAll(list);
        reasons.setSelectedItem(null);
        reason.setEnabled(true);
    }

    private void reasonChosen() {
        if (reason.getSelectedItem() instanceof RejectionReason chosen) {
            notAboutCandidate.setSelected(chosen.notAboutCandidate());
        }
    }

    private EndedBy chosenEndedBy() {
        return endedBy.entrySet().stream().filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private void submit() {
        Map<String, String> problems = new LinkedHashMap<>();
        EndedBy who = chosenEndedBy();
        RejectionReason chosen = reason.getSelectedItem() instanceof RejectionReason r ? r : null;
        if (who == null) {
            problems.put("endedBy", "validation.required");
        }
        if (chosen == null) {
            problems.put("reason", "submission.close.error.reasonRequired");
        }
        String text = Forms.text(note);
        if (text != null && text.length() > MAX_NOTE) {
            problems.put("note", "submission.close.error.noteTooLong");
        }
        if (!problems.isEmpty()) {
            showErrors(problems);
            return;
        }
        Closure closure = new Closure(who, chosen.id(), notAboutCandidate.isSelected(), text);
        ok.setEnabled(false);
        commands.tasks().run(msg.get("submission.busy"), () -> attempt(closure), this::done);
    }

    private Object attempt(Closure closure) throws Exception {
        try {
            return SubmissionCommands.attempt(() -> outcome == StageOutcome.REJECTED
                    ? commands.service().reject(row.id(), row.version(), closure)
                    : commands.service().withdraw(row.id(), row.version(), closure));
        } catch (StaleRecordException stale) {
            return stale;
        }
    }

    private void done(Object result) {
        ok.setEnabled(true);
        if (result instanceof ValidationException refused) {
            Map<String, String> byField = refused.byField();
            if (byField.containsKey("endedBy") || byField.containsKey("reason")
                    || byField.containsKey("note")) {
                showErrors(translate(byField));
                if (byField.containsKey("reason")) {
                    loadReasons();
                }
                return;
            }
            dispose();
            commands.showRefusal(getOwner(), refused);
        } else if (result instanceof StaleRecordException) {
            dispose();
            commands.showStale(getOwner());
        } else {
            dispose();
        }
        after.run();
    }

    private static Map<String, String> translate(Map<String, String> byField) {
        Map<String, String> shown = new LinkedHashMap<>(byField);
        shown.replaceAll((field, key) -> switch (key) {
            case "validation.tooLong" -> "submission.close.error.noteTooLong";
            case "validation.required" -> field.equals("reason")
                    ? "submission.close.error.reasonRequired" : key;
            default -> key;
        });
        return shown;
    }

    private void showErrors(Map<String, String> problems) {
        errors.show(problems);
        JComponent first = errors.firstInvalid(problems);
        if (first == noteScroll) {
            note.requestFocusInWindow();
        } else if (first == endedByPanel) {
            endedBy.get(EndedBy.EMPLOYER).requestFocusInWindow();
        } else if (first != null) {
            first.requestFocusInWindow();
        }
    }

    /** Shows a reason's name, and a prompt while none is chosen. */
    private final class ReasonRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                      boolean selected, boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof RejectionReason r) {
                setText(r.name());
            } else {
                setText(msg.get("submission.close.reason.choose"));
            }
            return this;
        }
    }
}
