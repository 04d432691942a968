package org.warmline.job.ui;

import org.warmline.employer.EmployerService;
import org.warmline.job.JobService;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.RecruiterService;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/** What the job screens work with, handed from {@link JobScreens} to each screen. */
record JobUi(JobService jobs, EmployerService employers, RecruiterService recruiters,
             Messages msg, TaskRunner tasks, RecordOpener opener, RecordTabProvider tabs) {
}
