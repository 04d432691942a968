package org.warmline.submission.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.warmline.ui.task.TaskHandle;
import org.warmline.ui.task.TaskRunner;

/** Runs tasks inline on the calling thread (the EDT in GUI tests); failures are rethrown. */
final class DirectTasks implements TaskRunner {
    @Override
    public <T> TaskHandle run(String busyText, Callable<T> work, Consumer<? super T> onSuccess,
                              Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return TaskHandle.DONE;
        }
        onSuccess.accept(result);
        return TaskHandle.DONE;
    }

    @Override
    public <T> TaskHandle run(String busyText, Callable<T> work, Consumer<? super T> onSuccess) {
        return run(busyText, work, onSuccess, e -> {
            throw new IllegalStateException(e);
        });
    }
}
