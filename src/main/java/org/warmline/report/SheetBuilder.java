package org.warmline.report;

import java.util.ArrayList;
import java.util.List;
import org.warmline.platform.excel.ChartSpec;

/** A sheet while its definition is being read; {@link #build} checks it is complete. */
final class SheetBuilder {
    final String name;
    final int line;
    final List<ColumnDefinition> columns = new ArrayList<>();
    int group;
    Boolean totals;
    ChartSpec chart;
    NamedParameters.Parsed query;

    SheetBuilder(String name, int line) {
        this.name = name;
        this.line = line;
    }

    SheetDefinition build(String file) {
        if (columns.isEmpty() || query == null) {
            throw new DefinitionException(file, line, "sheet \"" + name
                    + "\" needs columns and a query");
        }
        if (group < 0 || group >= columns.size()) {
            throw new DefinitionException(file, line, "group must be below the column count");
        }
        checkColumnRefs(file);
        boolean anyTotal = columns.stream().anyMatch(c -> c.aggregate() != Aggregate.NONE);
        return new SheetDefinition(name, columns, query.sql(), query.names(), group,
                totals == null ? anyTotal : totals && anyTotal, chart);
    }

    private void checkColumnRefs(String file) {
        int n = columns.size();
        for (ColumnDefinition c : columns) {
            Aggregate a = c.aggregate();
            if (a.kind() == Aggregate.Kind.RATIO && (a.numerator() < 0 || a.numerator() >= n
                    || a.denominator() < 0 || a.denominator() >= n)) {
                throw new DefinitionException(file, line, "column \"" + c.header()
                        + "\": ratio refers to a column that does not exist");
            }
        }
        if (chart != null && (chart.categoryColumn() >= n
                || chart.valueColumns().stream().anyMatch(v -> v < 0 || v >= n))) {
            throw new DefinitionException(file, line, "the chart refers to a missing column");
        }
    }
}
