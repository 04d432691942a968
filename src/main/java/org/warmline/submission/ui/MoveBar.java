package org.warmline.submission.ui;

import java.awt.event.ActionEvent;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.warmline.platform.i18n.Messages;
import org.warmline.submission.StageOutcome;
import org.warmline.submission.SubmissionRow;
import org.warmline.ui.action.ActionId;
import org.warmline.ui.action.ActionRegistry;

/**
 * Buttons (and actions with their shortcuts) that move the selected submission: next,
 * previous, reject, withdraw, reopen, place. Enabled according to the selection's outcome.
 */
final class MoveBar extends JPanel {
    private static final long serialVersionUID = 1L;
    final transient Action next;
    final transient Action previous;
    final transient Action reject;
    final transient Action withdraw;
    final transient Action reopen;
    final transient Action place;
    private transient SubmissionRow selected;

    MoveBar(String prefix, SubmissionCommands commands, Supplier<JComponent> parent,
            Runnable after) {
        super(new MigLayout("insets 0, gap 6lp"));
        Messages msg = commands.msg();
        next = ActionRegistry.create(ActionId.SUBMISSION_NEXT_STAGE,
                () -> commands.next(parent.get(), selected, after), msg);
        previous = ActionRegistry.create(ActionId.SUBMISSION_PREVIOUS_STAGE,
                () -> commands.previous(parent.get(), selected, after), msg);
        reject = ActionRegistry.create(ActionId.SUBMISSION_REJECT,
                () -> commands.reject(parent.get(), selected, after), msg);
        withdraw = ActionRegistry.create(ActionId.SUBMISSION_WITHDRAW,
                () -> commands.withdraw(parent.get(), selected, after), msg);
        reopen = plain(msg.get("submission.action.reopen"),
                () -> commands.reopen(parent.get(), selected, after));
        reopen.putValue(Action.SHORT_DESCRIPTION, msg.get("submission.action.reopen.tooltip"));
        place = plain(msg.get("submission.action.place"),
                () -> commands.place(parent.get(), selected, after));
        add(button(prefix + ".previous", previous, msg.get("submission.action.previous")));
        add(button(prefix + ".next", next, msg.get("submission.action.next")));
        add(button(prefix + ".reject", reject, msg.get("submission.action.reject")), "gapleft 8lp");
        add(button(prefix + ".withdraw", withdraw, msg.get("submission.action.withdraw")));
        add(button(prefix + ".reopen", reopen, null));
        add(button(prefix + ".place", place, null), "gapleft 8lp");
        setSelection(null);
    }

    /** The submission the actions apply to; null disables them. */
    void setSelection(SubmissionRow row) {
        selected = row;
        boolean open = row != null && row.outcome() == StageOutcome.IN_PROGRESS;
        boolean closed = row != null && (row.outcome() == StageOutcome.REJECTED
                || row.outcome() == StageOutcome.WITHDRAWN);
        next.setEnabled(open);
        previous.setEnabled(open);
        reject.setEnabled(open);
        withdraw.setEnabled(open);
        place.setEnabled(open);
        reopen.setEnabled(closed);
    }

    /** Binds the actions' shortcuts on a component that has the keyboard focus. */
    void bindKeys(JComponent target) {
        for (Action a : new Action[] {next, previous, reject, withdraw}) {
            KeyStroke stroke = (KeyStroke) a.getValue(Action.ACCELERATOR_KEY);
            if (stroke != null) {
                String key = (String) a.getValue(Action.ACTION_COMMAND_KEY);
                target.getInputMap(JComponent.WHEN_FOCUSED).put(stroke, key);
                target.getActionMap().put(key, a);
            }
        }
    }

    private static JButton button(String name, Action action, String shortText) {
        JButton b = new JButton(action);
        b.setName(name);
        if (shortText != null) {
            b.setText(shortText);
        }
        b.setMnemonic(0);
        return b;
    }

    private static Action plain(String text, Runnable perform) {
        return new AbstractAction(text) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (isEnabled()) {
                    perform.run();
                }
            }
        };
    }
}
