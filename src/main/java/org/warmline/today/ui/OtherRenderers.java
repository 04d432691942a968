package org.warmline.today.ui;

import java.awt.Component;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import org.warmline.activity.Activity;
import org.warmline.platform.i18n.Messages;
import org.warmline.today.StalledSubmission;
import org.warmline.ui.list.Lists;

/** Renderers of the stalled submissions and the recent activity on Today. */
final class OtherRenderers {
    private OtherRenderers() {
    }

    static DefaultListCellRenderer stalled(Messages msg) {
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                          boolean selected, boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                StalledSubmission s = (StalledSubmission) value;
                setText("<html><b>" + Lists.esc(s.candidateName()) + "</b> &nbsp;·&nbsp; "
                        + Lists.esc(msg.get("today.step.job", s.jobTitle(), s.employerName()))
                        + "<br><span style='color:gray'>" + Lists.esc(msg.get("today.stalled.line",
                        s.stageName(), s.days())) + "</span></html>");
                setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
                return this;
            }
        };
    }

    static DefaultListCellRenderer recent(Messages msg) {
        DateTimeFormatter format = DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(msg.locale());
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                          boolean selected, boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                Activity a = (Activity) value;
                String when = a.occurredAt().atZone(ZoneId.systemDefault()).format(format);
                setText("<html>" + Lists.esc(a.summary()) + "<br><span style='color:gray'>"
                        + Lists.esc(msg.get("activity.kind." + a.kind().name())) + " · "
                        + Lists.esc(when) + "</span></html>");
                setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
                return this;
            }
        };
    }
}
