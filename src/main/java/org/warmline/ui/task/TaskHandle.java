package org.warmline.ui.task;

/** A started background task; cancelling it interrupts the work and drops its result. */
public interface TaskHandle {
    TaskHandle DONE = () -> { };

    void cancel();
}
