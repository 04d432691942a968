package org.warmline.today.ui;

import java.awt.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.ListModel;
import org.warmline.feedback.WorkItem;
import org.warmline.nurture.DueStep;
import org.warmline.platform.i18n.Messages;
import org.warmline.today.TodayItem;
import org.warmline.ui.list.Lists;

/**
 * Renders the Today list: a date heading above the first item of each due date ("Overdue",
 * "Today", or the date), then the item with its kind, channel, candidate and job.
 */
final class DueRenderer extends DefaultListCellRenderer {
    private static final long serialVersionUID = 1L;
    private final transient Messages msg;
    private final DateTimeFormatter format;
    private LocalDate today = LocalDate.now();

    DueRenderer(Messages msg) {
        this.msg = msg;
        this.format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
    }

    void today(LocalDate day) {
        this.today = day;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                  boolean selected, boolean focus) {
        super.getListCellRendererComponent(list, value, index, selected, focus);
        TodayItem item = (TodayItem) value;
        String heading = heading(list.getModel(), index, item);
        String line = item.isStep() ? stepLine(item.step()) : feedbackLine(item.feedback());
        String when = msg.get(item.overdue() ? "today.due.overdue" : "today.due.on",
                item.due().format(format));
        setText("<html>" + heading + line + "<br><span style='color:"
                + (item.overdue() ? "#c62828" : "gray") + "'>" + Lists.esc(when) + "</span></html>");
        setBorder(BorderFactory.createEmptyBorder(heading.isEmpty() ? 6 : 2, 10, 6, 10));
        return this;
    }

    private String heading(ListModel<?> model, int index, TodayItem item) {
        if (index > 0 && ((TodayItem) model.getElementAt(index - 1)).due().equals(item.due())) {
            return "";
        }
        String text = item.due().isBefore(today) ? msg.get("today.group.overdue", item.due().format(format))
                : item.due().equals(today) ? msg.get("today.group.today")
                : msg.get("today.group.later", item.due().format(format));
        return "<div style='color:#6b7785; font-size:90%; margin-bottom:4px'><b>"
                + Lists.esc(text.toUpperCase(msg.locale())) + "</b></div>";
    }

    private String stepLine(DueStep s) {
        String about = s.jobTitle() == null ? "" : " &nbsp;·&nbsp; "
                + Lists.esc(msg.get("today.step.job", s.jobTitle(), s.employerName()));
        return "<b>" + Lists.esc(msg.get(s.step().kind().labelKey())) + "</b> &nbsp;·&nbsp; "
                + Lists.esc(s.candidateName()) + about + " &nbsp;<span style='color:#1565c0'>"
                + Lists.esc(msg.get(s.step().channel().labelKey())) + "</span>";
    }

    private String feedbackLine(WorkItem w) {
        return "<b>" + Lists.esc(msg.get(w.task().labelKey())) + "</b> &nbsp;·&nbsp; "
                + Lists.esc(w.subject().candidateName()) + " &nbsp;·&nbsp; "
                + Lists.esc(msg.get("today.step.job", w.subject().jobTitle(),
                w.subject().employerName()));
    }
}
