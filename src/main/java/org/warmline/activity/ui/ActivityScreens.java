package org.warmline.activity.ui;

import java.util.List;
import org.warmline.activity.ActivityService;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/** The activity feature's screens: a "Timeline" tab for candidate, employer and job editors. */
public final class ActivityScreens {
    private final ActivityService activities;
    private final Messages msg;
    private final TaskRunner tasks;
    private final AppEvents events;

    public ActivityScreens(ActivityService activities, Messages msg, TaskRunner tasks,
                           AppEvents events) {
        this.activities = activities;
        this.msg = msg;
        this.tasks = tasks;
        this.events = events;
    }

    /** Supplies a fresh "Timeline" tab to candidate, employer and job editors. */
    public RecordTabProvider tabs() {
        return kind -> TimelineTab.supports(kind)
                ? List.of(new TimelineTab(activities, msg, tasks, events)) : List.of();
    }
}
