package org.warmline.ui.task;

/** Shows that background work is running (the status bar's spinner and text). */
public interface BusyIndicator {
    BusyIndicator NONE = new BusyIndicator() {
        @Override
        public void started(String text) {
        }

        @Override
        public void finished() {
        }
    };

    void started(String text);

    void finished();
}
