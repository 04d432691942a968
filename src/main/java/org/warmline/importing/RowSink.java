package org.warmline.importing;

import java.util.List;

/** Receives the rows of a table one at a time; returns false to stop reading. */
@FunctionalInterface
interface RowSink {
    /** {@code row} is the 1-based row number a spreadsheet would show for this record. */
    boolean accept(int row, List<String> cells);
}
