package org.warmline.importing;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to import: the file, what its rows are, how its columns map (null: guess from the
 * header), what to do with duplicates, and whether to only check and count (dry run).
 */
public record ImportRequest(Path file, ImportType type, ColumnMapping mapping,
                            DuplicatePolicy duplicates, boolean dryRun) {
    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(duplicates, "duplicates");
    }

    /** Candidates, guessed mapping, duplicates skipped. */
    public static ImportRequest of(Path file) {
        return new ImportRequest(file, ImportType.CANDIDATES, null, DuplicatePolicy.SKIP, false);
    }
}
