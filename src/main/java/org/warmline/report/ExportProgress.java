package org.warmline.report;

/**
 * What an export reports while it runs, and how it is told to stop. Called from the worker
 * thread; implementations hand anything visual over to the EDT themselves.
 */
public interface ExportProgress {
    ExportProgress NONE = new ExportProgress() {
    };

    /** Rows written so far to the named sheet. */
    default void rows(String sheet, long rows) {
    }

    /** True once the user asked to stop; the export then ends without leaving a file. */
    default boolean cancelled() {
        return false;
    }
}
