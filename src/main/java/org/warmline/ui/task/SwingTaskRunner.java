package org.warmline.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.SwingWorker;
import org.warmline.ui.dialog.ErrorReporter;

/** {@link TaskRunner} on {@link SwingWorker}: busy indicator while running, errors reported. */
public final class SwingTaskRunner implements TaskRunner {
    private final BusyIndicator busy;
    private final ErrorReporter errors;
    private volatile boolean shutDown;

    public SwingTaskRunner(BusyIndicator busy, ErrorReporter errors) {
        this.busy = busy;
        this.errors = errors;
    }

    @Override
    public <T> TaskHandle run(String busyText, Callable<T> work, Consumer<? super T> onSuccess) {
        return run(busyText, work, onSuccess, errors::report);
    }

    @Override
    public <T> TaskHandle run(String busyText, Callable<T> work, Consumer<? super T> onSuccess,
                              Consumer<Throwable> onFailure) {
        busy.started(busyText);
        SwingWorker<T, Void> worker = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws Exception {
                return work.call();
            }

            @Override
            protected void done() {
                busy.finished();
                if (isCancelled() || shutDown) {
                    return;
                }
                try {
                    onSuccess.accept(get());
                } catch (ExecutionException e) {
                    onFailure.accept(e.getCause() == null ? e : e.getCause());
                } catch (CancellationException e) {
                    // Superseded work: its result is not wanted.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        // Not cancel(true): interrupting a thread inside embedded Derby closes its connection.
        return () -> worker.cancel(false);
    }

    /**
     * Called when the window closes, before the database does: work still running then fails
     * or finishes unseen, instead of reporting "the database is closed" to nobody.
     */
    public void shutDown() {
        shutDown = true;
    }
}
