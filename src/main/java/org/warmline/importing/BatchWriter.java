package org.warmline.importing;

import java.util.List;
import org.warmline.candidate.Candidate;

/** Stores the valid rows of an import, one transaction per batch; a dry run stores nothing. */
interface BatchWriter {
    /** Stores one batch in one transaction and returns how many rows it stored. */
    int write(List<PersonRow> rows, List<Candidate> candidates);

    /** Records the import in the audit log (nothing for a dry run). */
    void finish(int imported, int skipped, int duplicates, boolean cancelled);

    /** The writer of a dry run: counts the rows it would store. */
    BatchWriter DRY_RUN = new BatchWriter() {
        @Override
        public int write(List<PersonRow> rows, List<Candidate> candidates) {
            return rows.size();
        }

        @Override
        public void finish(int imported, int skipped, int duplicates, boolean cancelled) {
        }
    };
}
