package org.warmline.activity.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.warmline.activity.Activity;
import org.warmline.platform.i18n.Messages;

/** Renders one timeline entry: badge and kind, date and time, who, and the summary below. */
final class ActivityCellRenderer implements ListCellRenderer<Activity> {
    private final Messages msg;
    private final DateTimeFormatter format;
    private final JPanel panel = new JPanel(new MigLayout("insets 6 10 6 10, gap 8 2, fillx",
            "[][grow][]"));
    private final JLabel kind = new JLabel();
    private final JLabel when = new JLabel();
    private final JLabel who = new JLabel();
    private final JLabel summary = new JLabel();

    ActivityCellRenderer(Messages msg) {
        this.msg = msg;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(msg.locale()).withZone(ZoneId.systemDefault());
        kind.setFont(kind.getFont().deriveFont(Font.BOLD));
        kind.setIconTextGap(6);
        panel.add(kind);
        panel.add(when);
        panel.add(who, "wrap");
        panel.add(summary, "skip, span 2, growx");
        panel.setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, separator()));
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends Activity> list, Activity a,
                                                  int index, boolean selected, boolean focused) {
        kind.setIcon(KindBadge.of(a.kind()));
        kind.setText(msg.get(a.kind().labelKey()));
        when.setText(format.format(a.occurredAt()));
        who.setText(a.recruiterName() == null ? "" : msg.get("activity.timeline.by",
                a.recruiterName()));
        summary.setText(a.summary());
        Color fg = selected ? list.getSelectionForeground() : list.getForeground();
        Color muted = selected ? fg : muted(list);
        kind.setForeground(fg);
        summary.setForeground(fg);
        when.setForeground(muted);
        who.setForeground(muted);
        panel.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
        panel.setToolTipText(a.details());
        return panel;
    }

    private static Color muted(JList<?> list) {
        Color c = UIManager.getColor("Label.disabledForeground");
        return c != null ? c : list.getForeground().brighter();
    }

    private static Color separator() {
        Color c = UIManager.getColor("Separator.foreground");
        return c != null ? c : Color.LIGHT_GRAY;
    }
}
