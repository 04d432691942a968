package org.warmline.feedback.ui;

import java.awt.Color;
import java.awt.Window;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.warmline.employer.ContactId;
import org.warmline.feedback.Channel;
import org.warmline.feedback.ContactOption;
import org.warmline.feedback.EmployerFeedback;
import org.warmline.feedback.FeedbackId;
import org.warmline.feedback.FeedbackKind;
import org.warmline.feedback.FeedbackService;
import org.warmline.feedback.FeedbackState;
import org.warmline.feedback.GuardFinding;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.validation.ValidationException;
import org.warmline.submission.SubmissionId;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.form.Formats;
import org.warmline.ui.form.Forms;
import org.warmline.ui.form.TextChanges;
import org.warmline.ui.task.TaskRunner;

/**
 * The feedback dialog ({@code feedback.editor}): walks one rejection's employer feedback through
 * request, reminders, the internal reply, the candidate-safe text with its wording check, and
 * the relay. Each step saves at once; the dialog shows the state as a stepper.
 */
final class FeedbackDialog extends JDialog {
    /** Where the dialog puts the keyboard focus when it opens: the step to take next. */
    enum Step {
        OPEN, REQUEST, REMIND, RECEIVE, RELAY;

        /** The step that does a work-list task. */
        static Step of(org.warmline.feedback.WorkItem.Task task) {
            return switch (task) {
                case REQUEST -> REQUEST;
                case REMIND -> REMIND;
                case RELAY -> RELAY;
            };
        }

        /** Whether this step can be taken for an item with that task. */
        boolean fits(org.warmline.feedback.WorkItem.Task task) {
            return switch (this) {
                case OPEN -> true;
                case REQUEST -> task == org.warmline.feedback.WorkItem.Task.REQUEST;
                case REMIND, RECEIVE -> task == org.warmline.feedback.WorkItem.Task.REMIND;
                case RELAY -> task == org.warmline.feedback.WorkItem.Task.RELAY;
            };
        }
    }

    private Step focusOn = Step.OPEN;
    private static final long serialVersionUID = 1L;
    private final transient FeedbackService service;
    private final transient Messages msg;
    private final transient TaskRunner tasks;
    private final transient Runnable onChange;
    private final transient SubmissionId submission;
    private final StateStepper stepper;
    private final JLabel heading = new JLabel(" ");
    private final JLabel rejectionLine = Forms.hint(" ");
    private final JLabel message = new JLabel(" ");
    private final JComboBox<ChannelItem> requestVia;
    private final JComboBox<ContactOption> requestContact = Forms.combo("feedback.request.contact");
    private final JButton requestSave;
    private final JLabel requestDone = new JLabel(" ");
    private final JButton remind;
    private final JButton noReply;
    private final JTextArea verbatim = Forms.textArea("feedback.received.text", 4);
    private final JComboBox<ContactOption> receivedContact = Forms.combo("feedback.received.contact");
    private final JButton receivedSave;
    private final JLabel receivedDone = new JLabel(" ");
    private final GuardedTextPanel candidateText;
    private final JCheckBox override = new JCheckBox();
    private final JTextField overrideNote = Forms.textField("feedback.guard.overrideNote");
    private final JComboBox<ChannelItem> relayVia;
    private final JButton relay;
    private final JLabel relayDone = new JLabel(" ");
    private transient EmployerFeedback current;

    FeedbackDialog(Window owner, FeedbackService service, Messages msg, TaskRunner tasks,
                   SubmissionId submission, Runnable onChange, Step step) {
        this(owner, service, msg, tasks, submission, onChange);
        this.focusOn = step;
    }

    FeedbackDialog(Window owner, FeedbackService service, Messages msg, TaskRunner tasks,
                   SubmissionId submission, Runnable onChange) {
        super(owner, ModalityType.APPLICATION_MODAL);
        this.service = service;
        this.msg = msg;
        this.tasks = tasks;
        this.submission = submission;
        this.onChange = onChange;
        setName("feedback.editor");
        requestSave = button("feedback.request.save");
        remind = button("feedback.remind");
        noReply = button("feedback.noReply");
        receivedSave = button("feedback.received.save");
        relay = button("feedback.relay");
        stepper = new StateStepper(msg);
        requestVia = ChannelItem.combo("feedback.request.via", msg);
        relayVia = ChannelItem.combo("feedback.relay.via", msg);
        candidateText = new GuardedTextPanel(service.guard(), msg, f -> updateRelay());
        override.setName("feedback.guard.override");
        override.setText(msg.get("feedback.guard.override"));
        override.addActionListener(e -> updateRelay());
        TextChanges.listen(overrideNote, this::updateRelay);
        wire();
        setContentPane(layoutBody());
        Dialogs.closeOnEscape(this, this::closeKeepingDraft);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                closeKeepingDraft();
            }
        });
        pack();
        setSize(Math.max(getWidth(), 760), getHeight());
        Dialogs.fitToScreen(this, owner);
        load(() -> service.forRejection(submission).orElseThrow());
    }

    private void wire() {
        requestSave.addActionListener(e -> {
            ChannelItem via = (ChannelItem) requestVia.getSelectedItem();
            ContactOption c = (ContactOption) requestContact.getSelectedItem();
            save(() -> service.request(submission, FeedbackKind.REJECTION,
                    via == null ? null : via.channel(), c == null ? null : c.id()));
        });
        remind.addActionListener(e -> {
            EmployerFeedback f = current;
            Channel via = ((ChannelItem) requestVia.getSelectedItem()).channel();
            save(() -> service.remind(f.id(), f.version(), via));
        });
        noReply.addActionListener(e -> {
            EmployerFeedback f = current;
            save(() -> service.markNoReply(f.id(), f.version()));
        });
        receivedSave.addActionListener(e -> {
            EmployerFeedback f = current;
            ContactOption c = (ContactOption) receivedContact.getSelectedItem();
            ContactId from = c == null ? null : c.id();
            String text = verbatim.getText();
            save(() -> service.receive(f.id(), f.version(), from, text, null));
        });
        relay.addActionListener(e -> {
            EmployerFeedback f = current;
            Channel via = ((ChannelItem) relayVia.getSelectedItem()).channel();
            String text = candidateText.text().getText();
            String note = override.isSelected() ? overrideNote.getText() : null;
            save(() -> service.relay(f.id(), f.version(), via, text, note));
        });
    }

    private JPanel layoutBody() {
        JPanel p = new JPanel(new MigLayout("insets 16 20 12 20, wrap 2, fillx",
                "[right][grow, fill, 300lp:480lp:]"));
        heading.putClientProperty("FlatLaf.styleClass", "h2");
        p.add(heading, "span 2, left");
        p.add(rejectionLine, "span 2, left, wmin 0");
        p.add(stepper, "span 2, left, gaptop 8, gapbottom 8");
        message.setName("feedback.editor.message");
        message.setForeground(new Color(0xC62828));
        p.add(message, "span 2, left, wmin 0");
        p.add(Forms.section(msg.get("feedback.request.heading")), "span 2, left, gaptop 6");
        Forms.addRow(p, msg.get("feedback.request.via"), requestVia);
        Forms.addRow(p, msg.get("feedback.request.contact"), requestContact);
        p.add(requestDone, "skip, wmin 0, growx");
        p.add(requestSave, "skip, split 3, right, w pref!");
        p.add(remind);
        p.add(noReply);
        p.add(Forms.section(msg.get("feedback.received.heading")), "span 2, left, gaptop 10");
        JLabel internal = new JLabel(msg.get("feedback.received.internal"));
        internal.setName("feedback.received.internal");
        internal.setForeground(new Color(0xB71C1C));
        internal.setFont(internal.getFont().deriveFont(java.awt.Font.BOLD));
        p.add(internal, "skip, left");
        Forms.addRow(p, msg.get("feedback.received.text"), new JScrollPane(verbatim));
        Forms.addRow(p, msg.get("feedback.received.contact"), receivedContact);
        p.add(receivedDone, "skip, wmin 0, growx");
        p.add(receivedSave, "skip, right, w pref!");
        p.add(Forms.section(msg.get("feedback.candidate.heading")), "span 2, left, gaptop 10");
        Forms.addRow(p, msg.get("feedback.candidateText"), candidateText);
        p.add(override, "skip, left");
        Forms.addRow(p, msg.get("feedback.guard.overrideNote"), overrideNote);
        Forms.addRow(p, msg.get("feedback.relay.via"), relayVia);
        p.add(relayDone, "skip, wmin 0, growx");
        p.add(relay, "skip, right, w pref!");
        JButton close = button("feedback.editor.close");
        close.addActionListener(e -> closeKeepingDraft());
        p.add(close, "span 2, right, gaptop 12");
        return p;
    }

    /**
     * Closes the dialog; a candidate-facing text written but not yet relayed is kept as a
     * draft, so nothing typed is lost.
     */
    private void closeKeepingDraft() {
        EmployerFeedback f = current;
        String text = candidateText.text().getText().strip();
        boolean changed = f != null && f.id() != null && f.state() == FeedbackState.RECEIVED
                && !text.equals(f.candidateText() == null ? "" : f.candidateText().strip());
        if (!changed) {
            dispose();
            return;
        }
        tasks.run(msg.get("feedback.editor.saving"),
                () -> service.saveCandidateText(f.id(), f.version(), text), saved -> {
                    onChange.run();
                    dispose();
                }, failure -> message.setText(explain(failure)));
    }

    private JButton button(String key) {
        JButton b = new JButton(msg.get(key));
        b.setName(key);
        return b;
    }

    private void load(Callable<EmployerFeedback> work) {
        tasks.run(msg.get("feedback.editor.loading"), () -> new Loaded(work.call(),
                service.contactsFor(submission)), this::show);
    }

    private void save(Callable<EmployerFeedback> work) {
        message.setText(" ");
        tasks.run(msg.get("feedback.editor.saving"), work::call, saved -> {
            onChange.run();
            FeedbackId id = saved.id();
            load(() -> service.get(id));
        }, failure -> message.setText(explain(failure)));
    }

    private String explain(Throwable failure) {
        if (failure instanceof ValidationException v) {
            return v.byField().entrySet().stream().map(e -> msg.get(e.getValue()))
                    .distinct().reduce((a, b) -> a + " " + b).orElse(" ");
        }
        if (failure instanceof org.warmline.platform.concurrency.StaleRecordException) {
            return msg.get("error.stale");
        }
        return msg.get("error.unexpected", String.valueOf(failure.getMessage()));
    }

    private record Loaded(EmployerFeedback feedback, List<ContactOption> contacts) {
    }

    private void show(Loaded loaded) {
        EmployerFeedback f = loaded.feedback();
        boolean first = current == null;
        current = f;
        if (first) {
            loaded.contacts().forEach(c -> {
                requestContact.addItem(c);
                receivedContact.addItem(c);
            });
            setTitle(msg.get("feedback.editor.title", f.subject().candidateName(),
                    f.subject().jobTitle(), f.subject().employerName()));
            heading.setText(f.subject().candidateName() + " · " + f.subject().jobTitle());
        }
        FeedbackView.describe(this, f, msg, service.timeline());
        stepper.show(f.state(), f.reminders());
        applyState(f.state());
        if (f.candidateText() != null && candidateText.text().getText().isBlank()) {
            candidateText.text().setText(f.state() == FeedbackState.RELAYED ? f.relayedText()
                    : f.candidateText());
        }
        if (f.verbatimText() != null) {
            verbatim.setText(f.verbatimText());
        }
        if (f.state() == FeedbackState.RELAYED) {
            candidateText.text().setText(f.relayedText());
        }
        updateRelay();
        growToFit();
        if (first) {
            focusStep();
        }
    }

    private void focusStep() {
        javax.swing.JComponent target = switch (focusOn) {
            case OPEN -> null;
            case REQUEST -> requestVia;
            case REMIND -> remind;
            case RECEIVE -> verbatim;
            case RELAY -> candidateText.text();
        };
        if (target != null && target.isShowing() && target.isEnabled()) {
            target.requestFocusInWindow();
        }
    }

    /** Loaded texts can make the content wider or taller than the first pack: grow, within the screen. */
    private void growToFit() {
        java.awt.Dimension pref = getPreferredSize();
        if (pref.width > getWidth() || pref.height > getHeight()) {
            setSize(Math.max(pref.width, getWidth()), Math.max(pref.height, getHeight()));
            Dialogs.fitToScreen(this, getOwner());
        }
    }

    private void applyState(FeedbackState s) {
        boolean notAsked = s == FeedbackState.NOT_REQUESTED;
        requestVia.setEnabled(notAsked || s.waiting());
        requestContact.setEnabled(notAsked);
        requestSave.setVisible(notAsked);
        remind.setVisible(s.waiting());
        noReply.setVisible(s.waiting());
        boolean canReceive = s.canReceive();
        verbatim.setEditable(canReceive);
        receivedContact.setEnabled(canReceive);
        receivedSave.setVisible(canReceive);
        boolean drafting = s == FeedbackState.RECEIVED;
        candidateText.text().setEditable(drafting);
        override.setEnabled(drafting);
        overrideNote.setEnabled(drafting);
        relayVia.setEnabled(drafting);
        relay.setVisible(s != FeedbackState.RELAYED);
    }

    private void updateRelay() {
        boolean findings = !candidateText.findings().isEmpty();
        boolean overridden = override.isSelected() && !overrideNote.getText().isBlank();
        relay.setEnabled(current != null && current.state() == FeedbackState.RECEIVED
                && !candidateText.text().getText().isBlank() && (!findings || overridden));
    }

    void setLines(String rejection, String requested, String received, String relayed) {
        rejectionLine.setText(rejection);
        requestDone.setText(requested);
        receivedDone.setText(received);
        relayDone.setText(relayed);
    }

    static String date(java.time.Instant at) {
        return at == null ? "" : Formats.dateTime(at);
    }

    String contactName(ContactId id) {
        for (int i = 0; i < requestContact.getItemCount(); i++) {
            if (requestContact.getItemAt(i).id().equals(id)) {
                return requestContact.getItemAt(i).name();
            }
        }
        return "";
    }
}
