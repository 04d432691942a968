package org.warmline.importing;

/** Why one row was not imported: its row number, the column's header and the problem text. */
public record RowProblem(int row, String column, String problem) {
}
