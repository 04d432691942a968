package org.warmline.today.ui;

import java.util.List;
import javax.swing.JButton;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.warmline.nurture.NurtureChannel;
import org.warmline.platform.i18n.Messages;
import org.warmline.today.TodayItem;

/** The buttons above the Today list; each one-key action has one, enabled when it applies. */
final class StepButtons {
    private final JButton done;
    private final JButton tomorrow;
    private final JButton week;
    private final JButton skip;
    private final JButton write;
    private final JButton open;
    private final Messages msg;

    StepButtons(Messages msg) {
        this.msg = msg;
        done = button("today.due.done");
        tomorrow = button("today.due.tomorrow");
        week = button("today.due.week");
        skip = button("today.due.skip");
        write = button("today.due.write");
        open = button("today.due.open");
        done.putClientProperty("JButton.buttonType", null);
        enableFor(null);
    }

    private JButton button(String name) {
        JButton b = new JButton(msg.get(name));
        b.setName(name);
        b.setToolTipText(msg.get(name + ".tip"));
        b.setFocusable(false);
        return b;
    }

    JPanel bar(Runnable onDone, Runnable onTomorrow, Runnable onWeek, Runnable onSkip,
               Runnable onWrite, Runnable onOpen) {
        JPanel bar = new JPanel(new MigLayout("insets 0, gapx 6lp", "[][][][]push[][]"));
        done.addActionListener(e -> onDone.run());
        tomorrow.addActionListener(e -> onTomorrow.run());
        week.addActionListener(e -> onWeek.run());
        skip.addActionListener(e -> onSkip.run());
        write.addActionListener(e -> onWrite.run());
        open.addActionListener(e -> onOpen.run());
        for (JButton b : List.of(done, tomorrow, week, skip, write, open)) {
            bar.add(b);
        }
        return bar;
    }

    void enableFor(TodayItem item) {
        boolean step = item != null && item.isStep();
        for (JButton b : List.of(done, tomorrow, week, skip)) {
            b.setEnabled(step);
        }
        write.setEnabled(step && writable(item.step().step().channel()));
        open.setEnabled(item != null);
    }

    private static boolean writable(NurtureChannel channel) {
        return channel == NurtureChannel.EMAIL || channel == NurtureChannel.LETTER
                || channel == NurtureChannel.LINKEDIN;
    }
}
