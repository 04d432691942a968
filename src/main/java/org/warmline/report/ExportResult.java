package org.warmline.report;

import java.nio.file.Path;
import java.util.List;

/** A finished export: where the workbook is and the rows per sheet. */
public record ExportResult(Path file, List<SheetCount> sheets) {
    public ExportResult {
        sheets = List.copyOf(sheets);
    }
}
