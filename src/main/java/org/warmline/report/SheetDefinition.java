package org.warmline.report;

import java.util.List;
import org.warmline.platform.excel.ChartSpec;

/**
 * One sheet of a report: its columns, the read-only query that feeds it (with named
 * parameters already turned into positional ones), how many leading columns group the rows
 * (0 = rows as they come), whether a totals row is written, and an optional chart.
 */
public record SheetDefinition(String name, List<ColumnDefinition> columns, String sql,
                              List<String> parameters, int groupColumns, boolean totals,
                              ChartSpec chart) {
    public SheetDefinition {
        columns = List.copyOf(columns);
        parameters = List.copyOf(parameters);
    }
}
