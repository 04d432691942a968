package org.warmline.today;

import java.time.LocalDate;
import org.warmline.feedback.WorkItem;
import org.warmline.nurture.DueStep;

/**
 * One thing due on the Today list: either employer feedback to request, chase or relay
 * ({@code feedback}) or a nurture step ({@code step}); exactly one of them is set.
 */
public record TodayItem(LocalDate due, boolean overdue, WorkItem feedback, DueStep step) {
    /** A feedback work-list item. */
    public static TodayItem of(WorkItem w) {
        return new TodayItem(w.due(), w.overdue(), w, null);
    }

    /** A nurture step. */
    public static TodayItem of(DueStep s) {
        return new TodayItem(s.due(), s.overdue(), null, s);
    }

    /** True for a nurture step. */
    public boolean isStep() {
        return step != null;
    }
}
