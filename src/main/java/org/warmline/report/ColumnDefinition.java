package org.warmline.report;

import org.warmline.platform.excel.CellFormat;

/** One column of a report sheet: header, cell format and how it is totalled. */
public record ColumnDefinition(String header, CellFormat format, Aggregate aggregate) {
}
