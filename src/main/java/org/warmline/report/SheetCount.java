package org.warmline.report;

/** How many data rows one sheet of an exported workbook got. */
public record SheetCount(String sheet, int rows) {
}
