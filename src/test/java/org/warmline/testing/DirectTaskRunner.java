package org.warmline.testing;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.warmline.ui.task.TaskHandle;
import org.warmline.ui.task.TaskRunner;

/** Runs tasks inline on the calling thread; failures go to onFailure, or fail the test. */
public final class DirectTaskRunner implements TaskRunner {
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
            throw new AssertionError("task failed", e);
        });
    }
}
