package org.warmline.feedback.ui;

import java.awt.Color;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.warmline.feedback.FeedbackState;
import org.warmline.platform.i18n.Messages;

/** The feedback states as a row of steps; steps reached so far are filled, the current one bold. */
final class StateStepper extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final List<FeedbackState> STEPS = List.of(FeedbackState.NOT_REQUESTED,
            FeedbackState.REQUESTED, FeedbackState.REMINDED, FeedbackState.RECEIVED,
            FeedbackState.RELAYED);
    private final transient Messages msg;

    StateStepper(Messages msg) {
        super(new FlowLayout(FlowLayout.LEFT, 0, 0));
        this.msg = msg;
        setName("feedback.editor.state");
        setOpaque(false);
    }

    /** Shows the state; "Reminded" is ticked only when a reminder was actually sent. */
    void show(FeedbackState state, int reminders) {
        removeAll();
        FeedbackState shown = state == FeedbackState.NO_REPLY ? FeedbackState.REMINDED : state;
        int current = STEPS.indexOf(shown);
        for (int i = 0; i < STEPS.size(); i++) {
            FeedbackState step = i == current ? state : STEPS.get(i);
            boolean skipped = step == FeedbackState.REMINDED && reminders == 0;
            add(chip(msg.get(step.labelKey()), i < current && !skipped, i == current,
                    step == FeedbackState.NO_REPLY));
            if (i < STEPS.size() - 1) {
                JLabel arrow = new JLabel("  ›  ");
                arrow.setForeground(UIManager.getColor("Label.disabledForeground"));
                add(arrow);
            }
        }
        putClientProperty("feedback.state", state.name());
        revalidate();
        repaint();
    }

    private static JLabel chip(String text, boolean done, boolean current, boolean warning) {
        JLabel chip = new JLabel((done ? "✓ " : "") + text);
        chip.setOpaque(done || current);
        Color accent = warning ? new Color(0xB26A00) : UIManager.getColor("Component.accentColor");
        if (accent == null) {
            accent = new Color(0x2675BF);
        }
        if (current) {
            chip.setBackground(accent);
            chip.setForeground(Color.WHITE);
            chip.setFont(chip.getFont().deriveFont(java.awt.Font.BOLD));
        } else if (done) {
            chip.setBackground(new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 40));
        } else {
            chip.setForeground(UIManager.getColor("Label.disabledForeground"));
        }
        chip.setBorder(BorderFactory.createEmptyBorder(3, 10, 3, 10));
        return chip;
    }
}
