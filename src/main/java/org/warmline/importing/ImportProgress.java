package org.warmline.importing;

/** Hears how far an import got, and tells it to stop; called from the importing thread. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void rows(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} data rows have been read. */
    void rows(int done, int total);

    /** True once the user asked to stop; the import ends after the current batch. */
    boolean cancelled();
}
