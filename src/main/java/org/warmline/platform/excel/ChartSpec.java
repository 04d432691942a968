package org.warmline.platform.excel;

import java.util.List;

/**
 * A native Excel chart drawn beside a sheet's data: categories from one column, one series
 * per value column. Meant for summary sheets (the charted values are kept in memory).
 */
public record ChartSpec(Kind kind, String title, int categoryColumn, List<Integer> valueColumns) {
    /** The chart types Warmline draws. */
    public enum Kind { BAR, LINE }

    public ChartSpec {
        if (kind == null || title == null || categoryColumn < 0 || valueColumns.isEmpty()) {
            throw new IllegalArgumentException("a chart needs a kind, a title and columns");
        }
        valueColumns = List.copyOf(valueColumns);
    }
}
