package org.warmline.today.ui;

import java.awt.Component;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
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
        return twoLines(StalledSubmission.class, s -> "<b>" + Lists.esc(s.candidateName())
                + "</b> &nbsp;·&nbsp; " + Lists.esc(msg.get("today.step.job", s.jobTitle(), s.employerName())),
                s -> msg.get("today.stalled.line", s.stageName(), s.days()));
    }

    static DefaultListCellRenderer recent(Messages msg) {
        DateTimeFormatter format = DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(msg.locale());
        return twoLines(Activity.class, a -> Lists.esc(a.summary()),
                a -> msg.get("activity.kind." + a.kind().name()) + " · "
                        + a.occurredAt().atZone(ZoneId.systemDefault()).format(format));
    }

    /** A list entry as a first line (HTML) over a grey second line (plain text). */
    private static <T> DefaultListCellRenderer twoLines(Class<T> type, Function<T, String> first,
                                                        Function<T, String> second) {
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                          boolean selected, boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                T item = type.cast(value);
                setText("<html>" + first.apply(item) + "<br><span style='color:gray'>"
                        + Lists.esc(second.apply(item)) + "</span></html>");
                setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
                return this;
            }
        };
    }
}
