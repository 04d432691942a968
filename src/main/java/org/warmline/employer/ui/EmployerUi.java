package org.warmline.employer.ui;

import java.util.function.Consumer;
import org.warmline.employer.EmployerId;
import org.warmline.employer.EmployerService;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/** What the employer screens work with, handed from {@link EmployerScreens} to each screen. */
record EmployerUi(EmployerService employers, Messages msg, TaskRunner tasks, RecordOpener opener,
                  RecordTabProvider tabs, Consumer<EmployerId> newJob) {
}
