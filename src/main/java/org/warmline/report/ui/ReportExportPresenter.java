package org.warmline.report.ui;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.warmline.platform.i18n.Messages;
import org.warmline.report.ExportCancelledException;
import org.warmline.report.ExportProgress;
import org.warmline.report.ExportResult;
import org.warmline.report.ReportDefinition;
import org.warmline.report.ReportParameters;
import org.warmline.report.ReportService;
import org.warmline.ui.task.TaskRunner;

/**
 * The export of the Reports screen, without Swing: runs it in the background, passes row
 * counts on as status text, cancels on request and says how it ended.
 */
public final class ReportExportPresenter {
    /** What the screen shows of an export. */
    public interface View {
        void running(boolean running);

        void status(String text);

        /** The workbook is complete at {@code file}. */
        void saved(Path file);
    }

    private final ReportService reports;
    private final Messages msg;
    private final TaskRunner tasks;
    private final Executor ui;
    private final View view;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    /** {@code ui} delivers progress texts to the view's thread (the EDT in the app). */
    public ReportExportPresenter(ReportService reports, Messages msg, TaskRunner tasks,
                                 Executor ui, View view) {
        this.reports = reports;
        this.msg = msg;
        this.tasks = tasks;
        this.ui = ui;
        this.view = view;
    }

    /** Starts writing {@code report} to {@code target}. */
    public void export(ReportDefinition report, ReportParameters params, Path target) {
        cancelRequested.set(false);
        view.running(true);
        view.status(msg.get("report.exporting", report.title()));
        ExportProgress progress = new ExportProgress() {
            @Override
            public void rows(String sheet, long rows) {
                ui.execute(() -> view.status(msg.get("report.progress", sheet, rows)));
            }

            @Override
            public boolean cancelled() {
                return cancelRequested.get();
            }
        };
        tasks.run(msg.get("report.exporting", report.title()),
                () -> reports.export(report, params, target, progress), this::finished,
                this::failed);
    }

    /** Asks the running export to stop; it then ends without a file. */
    public void cancel() {
        cancelRequested.set(true);
    }

    private void finished(ExportResult result) {
        view.running(false);
        view.status(msg.get("report.done", result.file()));
        view.saved(result.file());
    }

    private void failed(Throwable failure) {
        view.running(false);
        view.status(failure instanceof ExportCancelledException ? msg.get("report.cancelled")
                : msg.get("report.failed", String.valueOf(failure.getMessage())));
    }
}
