package org.warmline.platform.excel;

/** One column of a sheet: its header text and how its values are written. */
public record ColumnSpec(String header, CellFormat format) {
    public ColumnSpec {
        if (header == null || format == null) {
            throw new IllegalArgumentException("a column needs a header and a format");
        }
    }

    /** A text column. */
    public static ColumnSpec text(String header) {
        return new ColumnSpec(header, CellFormat.TEXT);
    }
}
