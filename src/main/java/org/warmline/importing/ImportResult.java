package org.warmline.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * How an import went: rows imported, skipped (invalid, or erased at their request),
 * duplicates of people already known, the problems by row, where the error report was
 * written (null when there were no problems), and whether the user cancelled it part-way.
 */
public record ImportResult(int imported, int skipped, int duplicates, List<RowProblem> problems,
                           Path errorReport, boolean cancelled, boolean dryRun) {
    public ImportResult {
        problems = List.copyOf(problems);
    }

    /** The command line's summary: {@code imported=N skipped=M duplicates=D}. */
    public String summary() {
        return "imported=" + imported + " skipped=" + skipped + " duplicates=" + duplicates;
    }
}
