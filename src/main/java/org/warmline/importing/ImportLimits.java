package org.warmline.importing;

/**
 * How much of a file an import reads at most, so that a hostile or mistaken file cannot
 * exhaust memory: rows, columns per row, characters per cell and bytes of the file.
 */
public record ImportLimits(int maxRows, int maxColumns, int maxCellChars, long maxFileBytes) {
    /** One million rows, 200 columns, 32,000 characters a cell (the longest note), 500 MB. */
    public static final ImportLimits DEFAULTS =
            new ImportLimits(1_000_000, 200, 32_000, 500L * 1024 * 1024);
}
