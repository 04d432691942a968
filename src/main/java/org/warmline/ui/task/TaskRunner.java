package org.warmline.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the Event Dispatch Thread. {@code onSuccess} runs on the EDT; failures go to
 * the error reporter (or {@code onFailure}). Read Swing state before calling; touch Swing
 * only in the callbacks.
 *
 * <pre>{@code
 * CandidateQuery query = filterFromFields();              // on the EDT
 * tasks.run(msg.get("candidate.list.loading"),
 *           () -> candidates.search(query),               // worker thread
 *           this::showResults);                           // back on the EDT
 * }</pre>
 */
public interface TaskRunner {
    <T> TaskHandle run(String busyText, Callable<T> work, Consumer<? super T> onSuccess,
                       Consumer<Throwable> onFailure);

    /** Runs work and reports failures to the user. */
    <T> TaskHandle run(String busyText, Callable<T> work, Consumer<? super T> onSuccess);
}
